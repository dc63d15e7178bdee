// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.Set;
import java.util.function.Predicate;

import org.disputatio.core.StepState;
import org.disputatio.core.evaluation.Evaluation;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.render.Scene;
import org.disputatio.render.VisualStyle;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.geometry.Box;

/**
 * What a {@link MapViewer} draws over a diagram's scene and never writes into the model: some
 * statements standing out (the rest washed out, {@link Highlight}), a presentation step as the
 * audience will see it ({@link StepPreview}), and the evaluation's labels (docs/evaluation.md).
 * Plain data, no widget: the viewer hands what {@link #over} gives to its canvas.
 */
final class Overlays {

    /**
     * A scene with the overlays on.
     *
     * @param scene what to paint, null when there is no diagram
     * @param stressed the nodes a previewed step stresses, drawn with a halo
     * @param frame the area a previewed step's audience will see, or null
     * @param evaluation the labels to draw, or null when the overlay is off
     */
    record Drawn(Scene scene, Set<Scene.Node> stressed, Box frame, Evaluation evaluation) {
    }

    private Predicate<Statement> highlighted;
    private Presentation previewed;
    private int previewedStep;
    private EvaluationOptions evaluationOptions;

    /** Which statements stand out; {@code null} shows every statement alike. */
    void setHighlight(Predicate<Statement> standing) {
        highlighted = standing;
    }

    /** Whether a statement is washed out by the highlight. */
    boolean isFaded(Statement statement) {
        return highlighted != null && !highlighted.test(statement);
    }

    /** The step of a presentation to draw as it will be presented; a {@code null} presentation ends it. */
    void setStepPreview(Presentation presentation, int step) {
        previewed = presentation;
        previewedStep = step;
    }

    /** Whether a step of a presentation of this diagram is being previewed. */
    boolean previews(Diagram diagram) {
        return previewed != null && previewed.getDiagram() == diagram && previewedStep >= 0 && previewedStep < previewed.getSteps().size();
    }

    /** The semantics and what-if assumptions of the evaluation to show, or null for none. */
    void setEvaluation(EvaluationOptions options) {
        evaluationOptions = options;
    }

    EvaluationOptions getEvaluationOptions() {
        return evaluationOptions;
    }

    /**
     * The scene built from the diagram with the overlays on. The evaluation is computed here,
     * at every refresh, so that its labels follow each edit; painting only reads them.
     */
    Drawn over(Scene built, Diagram diagram, VisualStyle style) {
        Scene scene = built;
        if (scene != null && highlighted != null) {
            scene = Highlight.apply(scene, diagram, highlighted, style.background());
        }
        StepPreview step = null;
        if (scene != null && previews(diagram)) {
            step = StepPreview.of(scene, StepState.at(previewed, previewedStep), style);
            scene = step.scene();
        }
        ArgumentMap map = diagram != null && diagram.eResource() != null
                && diagram.eResource().getContents().get(0) instanceof ArgumentMap m ? m : null;
        Evaluation evaluation = evaluationOptions == null || map == null ? null : Evaluation.of(map, evaluationOptions);
        return new Drawn(scene, step == null ? Set.of() : step.highlighted(), step == null ? null : step.camera(), evaluation);
    }
}
