// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.core.evaluation.Evaluation;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.core.evaluation.Label;
import org.disputatio.model.ArgumentMap;

import org.disputatio.model.Argument;
import org.disputatio.model.Conflict;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.Rectangle;
import org.disputatio.views.Shape;
import org.disputatio.views.Step;
import org.disputatio.views.geometry.Box;

/**
 * What a presentation shows at one step, computed from its steps alone: the one home of the
 * rule that steps are cumulative, shared by the canvas preview, the audience window and the
 * slide exports.
 * <p>
 * A step shows what the steps before it showed, plus what it reveals, highlights or focuses,
 * minus what it hides. Revealing an argument reveals its statements and inferences; an
 * inference or conflict is shown once its conclusion (or target) and one of its premises (or
 * attackers) are. Highlights are for their step only.
 *
 * @param visible the elements shown
 * @param added the elements shown now that the step before did not show (they fade in)
 * @param highlighted the shown elements this step stresses; the rest is dimmed around them
 * @param camera the area of the diagram to show
 */
public record StepState(Set<Element> visible, Set<Element> added, Set<Element> highlighted, Box camera) {

    /** Room around the framed shapes, in diagram units. */
    public static final double CAMERA_MARGIN = 30;

    /** The camera of a step with nothing to show. */
    private static final Box NOWHERE = new Box(0, 0, 0, 0);

    /** The state at step {@code index} (from 0) of the presentation, on its diagram. */
    public static StepState at(Presentation presentation, int index) {
        List<Step> steps = presentation.getSteps();
        if (index < 0 || index >= steps.size()) {
            throw new IndexOutOfBoundsException("step " + (index + 1) + " of " + steps.size());
        }
        Set<Element> before = new LinkedHashSet<>();
        Set<Element> shown = new LinkedHashSet<>();
        for (int i = 0; i <= index; i++) {
            before = new LinkedHashSet<>(shown);
            Step step = steps.get(i);
            shown.removeAll(expand(step.getHide()));
            // A relation goes with either of its ends.
            while (shown.removeIf(e -> (e instanceof Inference || e instanceof Conflict) && !endsShown(e, shown))) {
            }
            shown.addAll(expand(step.getReveal()));
            shown.addAll(expand(step.getHighlight()));
            shown.addAll(expand(step.getFocus()));
            addRelations(shown, presentation.getDiagram());
        }
        Step step = steps.get(index);
        Set<Element> added = new LinkedHashSet<>(shown);
        added.removeAll(before);
        Set<Element> highlighted = new LinkedHashSet<>(expand(step.getHighlight()));
        highlighted.retainAll(shown);
        return new StepState(Set.copyOf(shown), Set.copyOf(added), Set.copyOf(highlighted),
                camera(step, presentation.getDiagram(), shown));
    }

    /**
     * The evaluation step {@code index} shows, or null when it shows none. A step shows it when it
     * says so ({@code evaluate}), or at every step when {@code every} is given (the slides'
     * {@code --evaluate}); either way the step's own what-if is added to the assumptions of
     * {@code every}, and an element the step assumes both ways counts as rejected. The whole map
     * is evaluated, not only what the step shows: an attack off the slide still counts.
     *
     * @param every the options for every step, or null for the steps' own setting
     * @throws org.disputatio.core.evaluation.EvaluationTooLargeException when preferred or stable
     *         semantics exceed their bound
     */
    public static Evaluation evaluation(Presentation presentation, int index, EvaluationOptions every) {
        Step step = presentation.getSteps().get(index);
        ArgumentMap map = presentation.eResource() == null ? null
                : presentation.eResource().getContents().stream().filter(ArgumentMap.class::isInstance).map(ArgumentMap.class::cast)
                        .findFirst().orElse(null);
        if (map == null || every == null && !step.isEvaluate()) {
            return null;
        }
        EvaluationOptions options = every == null ? EvaluationOptions.grounded() : every;
        return Evaluation.of(map, options.assuming(assumptions(options.assumptions(), step)));
    }

    /** The step's what-if on top of the given assumptions. */
    public static Map<Element, Label> assumptions(Map<Element, Label> given, Step step) {
        Map<Element, Label> all = new LinkedHashMap<>(given);
        step.getAssumeAccepted().forEach(e -> all.put(e, Label.ACCEPTED));
        step.getAssumeRejected().forEach(e -> all.put(e, Label.REJECTED));
        return all;
    }

    /** Whether a shape of the diagram is drawn at this step. */
    public boolean shows(Shape shape) {
        return visible.contains(shape.getElement());
    }

    private static Set<Element> expand(Collection<? extends Element> elements) {
        Set<Element> all = new LinkedHashSet<>();
        for (Element element : elements) {
            all.add(element);
            if (element instanceof Argument argument) {
                for (Inference inference : argument.getInferences()) {
                    all.add(inference);
                    all.addAll(inference.getPremises());
                    if (inference.getConclusion() != null) {
                        all.add(inference.getConclusion());
                    }
                }
            }
        }
        return all;
    }

    /** Inferences and conflicts drawn in the diagram whose both ends are shown. */
    private static void addRelations(Set<Element> shown, Diagram diagram) {
        if (diagram == null) {
            return;
        }
        boolean grew = true;
        // A conflict may attack an inference: repeat until nothing more joins.
        while (grew) {
            grew = false;
            // A relation is drawn by a junction shape, or by an edge alone when it has one premise or attacker.
            List<Element> drawn = new java.util.ArrayList<>();
            diagram.getShapes().forEach(s -> drawn.add(s.getElement()));
            diagram.getEdges().forEach(e -> drawn.add(e.getElement()));
            for (Element element : drawn) {
                if (!shown.contains(element) && (element instanceof Inference || element instanceof Conflict) && endsShown(element, shown)) {
                    shown.add(element);
                    grew = true;
                }
            }
        }
    }

    private static boolean endsShown(Element relation, Set<Element> shown) {
        if (relation instanceof Inference inference) {
            return shown.contains(inference.getConclusion()) && inference.getPremises().stream().anyMatch(shown::contains);
        }
        Conflict conflict = (Conflict) relation;
        return shown.contains(conflict.getTarget()) && conflict.getAttackers().stream().anyMatch(shown::contains);
    }

    private static Box camera(Step step, Diagram diagram, Set<Element> shown) {
        Rectangle explicit = step.getCamera();
        if (explicit != null && explicit.getWidth() > 0 && explicit.getHeight() > 0) {
            return new Box(explicit.getX(), explicit.getY(), explicit.getWidth(), explicit.getHeight());
        }
        if (diagram == null) {
            return NOWHERE;
        }
        Set<Element> framed = expand(step.getFocus());
        if (framed.isEmpty()) {
            framed = shown;
        }
        Box box = bounds(diagram, framed);
        if (box == null) {
            box = bounds(diagram, null);
        }
        if (box == null) {
            return NOWHERE;
        }
        return box.grownBy(CAMERA_MARGIN);
    }

    /** The box around the shapes of these elements (all shapes when null), or null when none is drawn. */
    private static Box bounds(Diagram diagram, Set<Element> elements) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        boolean any = false;
        for (Shape shape : diagram.getShapes()) {
            if (elements == null || elements.contains(shape.getElement())) {
                minX = Math.min(minX, shape.getX());
                minY = Math.min(minY, shape.getY());
                maxX = Math.max(maxX, shape.getX() + shape.getWidth());
                maxY = Math.max(maxY, shape.getY() + shape.getHeight());
                any = true;
            }
        }
        return any ? new Box(minX, minY, maxX - minX, maxY - minY) : null;
    }
}
