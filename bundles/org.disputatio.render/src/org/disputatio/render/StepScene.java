// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.disputatio.core.StepState;
import org.disputatio.core.evaluation.Evaluation;
import org.disputatio.core.evaluation.Label;
import org.disputatio.model.Conflict;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.views.geometry.Box;

/**
 * A diagram's scene as one step of a presentation shows it: only what the step shows, and,
 * when it highlights something, the rest faded around it. The highlighted nodes are painted as
 * selected (a halo behind them). Shared by the audience window and the slide exports.
 *
 * @param scene what to paint; its bounds are the step's camera
 * @param highlighted the nodes to paint with a halo
 * @param added the nodes that the step shows for the first time
 * @param evaluation the labels the step draws ({@link StepState#evaluation}), or null
 */
public record StepScene(Scene scene, Set<Scene.Node> highlighted, Set<Scene.Node> added, Evaluation evaluation) {

    public static StepScene of(Scene full, StepState state, VisualStyle style) {
        return of(full, state, style, null);
    }

    public static StepScene of(Scene full, StepState state, VisualStyle style, Evaluation evaluation) {
        boolean dim = !state.highlighted().isEmpty();
        List<Scene.Node> nodes = new ArrayList<>();
        Set<Scene.Node> highlighted = new LinkedHashSet<>();
        Set<Scene.Node> added = new LinkedHashSet<>();
        for (Scene.Node node : full.nodes()) {
            Element element = node.shape().getElement();
            if (!state.visible().contains(element)) {
                continue;
            }
            boolean stressed = state.highlighted().contains(element) || dim && joinsHighlights(element, state.highlighted());
            Scene.Node shown = dim && !stressed ? node.withStyle(node.style().dimmed(style.background())) : node;
            nodes.add(shown);
            if (state.highlighted().contains(element)) {
                highlighted.add(shown);
            }
            if (state.added().contains(element)) {
                added.add(shown);
            }
        }
        List<Scene.Line> lines = new ArrayList<>();
        for (Scene.Line line : full.lines()) {
            Element element = line.edge().getElement();
            if (!state.visible().contains(element) || !state.shows(line.edge().getSource()) || !state.shows(line.edge().getTarget())) {
                continue;
            }
            boolean stressed = state.highlighted().contains(element) || joinsHighlights(element, state.highlighted());
            lines.add(dim && !stressed ? line.withStyle(line.style().dimmed(style.background())) : line);
        }
        Box camera = state.camera();
        return new StepScene(new Scene(nodes, lines, camera.x(), camera.y(), camera.width(), camera.height()), highlighted, added, evaluation);
    }

    /** Paints the step through the painter, with its evaluation labels if it shows them. */
    public void paint(ScenePainter painter, Surface surface, double x, double y, double width, double height, double scale) {
        java.util.function.Function<org.disputatio.model.Element, Label> before = painter.evaluation();
        painter.showEvaluation(evaluation == null ? null : evaluation::label);
        try {
            painter.paint(scene, surface, highlighted, x, y, width, height, scale);
        } finally {
            painter.showEvaluation(before);
        }
    }

    /** A relation between highlighted statements stays as strong as they are. */
    private static boolean joinsHighlights(Element element, Set<Element> highlighted) {
        if (element instanceof Inference inference) {
            return highlighted.contains(inference.getConclusion()) && inference.getPremises().stream().anyMatch(highlighted::contains);
        }
        if (element instanceof Conflict conflict) {
            return highlighted.contains(conflict.getTarget()) && conflict.getAttackers().stream().anyMatch(highlighted::contains);
        }
        return false;
    }
}
