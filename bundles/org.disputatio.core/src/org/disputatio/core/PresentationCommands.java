// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.util.Collection;
import java.util.List;

import org.disputatio.core.evaluation.Label;
import org.disputatio.model.Element;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.Rectangle;
import org.disputatio.views.Step;
import org.disputatio.views.ViewsFactory;
import org.disputatio.views.ViewsPackage;
import org.disputatio.views.geometry.Box;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The undoable edits of presentations: making one for a diagram, adding steps from what is
 * selected, duplicating, deleting and moving steps, and editing their title, notes, time and
 * camera. Each is one command on the editing domain's stack.
 */
public final class PresentationCommands {

    private static final ViewsPackage V = ViewsPackage.eINSTANCE;

    /** What a step made from a selection does with it. */
    public enum Gesture {
        /** Show the elements from this step on. */
        REVEAL,
        /** Stress the elements at this step. */
        HIGHLIGHT,
        /** Frame the elements with the camera at this step. */
        FOCUS,
        /** Take the elements away again. */
        HIDE;

        EReference feature() {
            return switch (this) {
                case REVEAL -> V.getStep_Reveal();
                case HIGHLIGHT -> V.getStep_Highlight();
                case FOCUS -> V.getStep_Focus();
                case HIDE -> V.getStep_Hide();
            };
        }
    }

    private PresentationCommands() {
    }

    /** A new, empty presentation of the diagram, saved in the diagram's file. */
    public static Command newPresentation(EditingDomain domain, Diagram diagram, String name) {
        Resource resource = diagram.eResource();
        if (resource == null || name == null || name.isBlank()) {
            return UnexecutableCommand.INSTANCE;
        }
        return new AddCommand(domain, resource.getContents(), MapElements.presentation(name.strip(), diagram));
    }

    /**
     * A new step after {@code index} (at the end when -1) that reveals, highlights, focuses on or
     * hides the elements.
     */
    public static Command addStep(EditingDomain domain, Presentation presentation, int index, String title, Gesture gesture,
            Collection<? extends Element> elements) {
        Step step = MapElements.step(title);
        @SuppressWarnings("unchecked")
        List<Element> list = (List<Element>) step.eGet(gesture.feature());
        list.addAll(elements);
        int at = index < 0 || index >= presentation.getSteps().size() ? presentation.getSteps().size() : index + 1;
        return AddCommand.create(domain, presentation, V.getPresentation_Steps(), step, at);
    }

    /** Adds the elements to what the step already reveals, highlights, focuses on or hides. */
    public static Command extendStep(EditingDomain domain, Step step, Gesture gesture, Collection<? extends Element> elements) {
        @SuppressWarnings("unchecked")
        List<Element> present = (List<Element>) step.eGet(gesture.feature());
        List<? extends Element> missing = elements.stream().filter(e -> !present.contains(e)).toList();
        if (missing.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return AddCommand.create(domain, step, gesture.feature(), missing);
    }

    /** A copy of the step (new identifier, same references) right after it. */
    public static Command duplicate(EditingDomain domain, Step step) {
        if (!(step.eContainer() instanceof Presentation presentation)) {
            return UnexecutableCommand.INSTANCE;
        }
        Step copy = EcoreUtil.copy(step);
        copy.setId(Ids.next("step"));
        return AddCommand.create(domain, presentation, V.getPresentation_Steps(), copy, presentation.getSteps().indexOf(step) + 1);
    }

    /** Deletes steps or whole presentations. */
    public static Command delete(EditingDomain domain, Collection<?> stepsOrPresentations) {
        if (stepsOrPresentations.isEmpty()
                || !stepsOrPresentations.stream().allMatch(o -> o instanceof Step || o instanceof Presentation)) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand("Delete");
        List<Object> steps = stepsOrPresentations.stream().filter(Step.class::isInstance)
                .filter(s -> !stepsOrPresentations.contains(((Step) s).eContainer())).map(Object.class::cast).toList();
        if (!steps.isEmpty()) {
            command.append(DeleteCommand.create(domain, steps));
        }
        // A presentation stands at the top of its file, where the edit framework finds no parent to remove it from.
        for (Object o : stepsOrPresentations) {
            if (o instanceof Presentation presentation && presentation.eResource() != null) {
                command.append(new RemoveCommand(domain, presentation.eResource().getContents(), presentation));
            }
        }
        return command;
    }

    /** Moves a step to a position in its presentation. */
    public static Command move(EditingDomain domain, Step step, int index) {
        if (!(step.eContainer() instanceof Presentation presentation) || index < 0 || index >= presentation.getSteps().size()) {
            return UnexecutableCommand.INSTANCE;
        }
        return MapCommands.moveStep(domain, presentation, step, index);
    }

    public static Command setTitle(EditingDomain domain, Step step, String title) {
        return SetCommand.create(domain, step, V.getStep_Title(), title);
    }

    public static Command setNotes(EditingDomain domain, Step step, String notes) {
        return SetCommand.create(domain, step, V.getStep_SpeakerNotes(), notes);
    }

    public static Command setMinutes(EditingDomain domain, Step step, double minutes) {
        if (!(minutes >= 0) || Double.isInfinite(minutes)) {
            return UnexecutableCommand.INSTANCE;
        }
        return SetCommand.create(domain, step, V.getStep_Minutes(), minutes);
    }

    /** Shows this area at the step instead of framing its focus; null goes back to the focus. */
    public static Command setCamera(EditingDomain domain, Step step, Box area) {
        Rectangle camera = null;
        if (area != null) {
            if (!(area.width() > 0 && area.height() > 0)) {
                return UnexecutableCommand.INSTANCE;
            }
            camera = ViewsFactory.eINSTANCE.createRectangle();
            camera.setX(area.x());
            camera.setY(area.y());
            camera.setWidth(area.width());
            camera.setHeight(area.height());
        }
        return SetCommand.create(domain, step, V.getStep_Camera(), camera);
    }

    /** Shows the evaluation at this step, or not. */
    public static Command setEvaluate(EditingDomain domain, Step step, boolean evaluate) {
        if (step.isEvaluate() == evaluate) {
            return UnexecutableCommand.INSTANCE;
        }
        return SetCommand.create(domain, step, V.getStep_Evaluate(), evaluate);
    }

    /**
     * Takes the elements as accepted or rejected in the step's own what-if (and shows the
     * evaluation there), or, with a null label, leaves them out of it again. An element is
     * assumed one way at most: assuming it the other way moves it.
     */
    public static Command assume(EditingDomain domain, Step step, Collection<? extends Element> elements, Label label) {
        if (label == Label.UNDECIDED || elements.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(label == null ? "Clear Assumption" : "Assume " + label.word());
        List<? extends Element> accepted = elements.stream().filter(step.getAssumeAccepted()::contains).toList();
        List<? extends Element> rejected = elements.stream().filter(step.getAssumeRejected()::contains).toList();
        if (label != Label.ACCEPTED && !accepted.isEmpty()) {
            command.append(RemoveCommand.create(domain, step, V.getStep_AssumeAccepted(), accepted));
        }
        if (label != Label.REJECTED && !rejected.isEmpty()) {
            command.append(RemoveCommand.create(domain, step, V.getStep_AssumeRejected(), rejected));
        }
        if (label != null) {
            List<Element> present = label == Label.ACCEPTED ? step.getAssumeAccepted() : step.getAssumeRejected();
            List<? extends Element> missing = elements.stream().filter(e -> !present.contains(e)).distinct().toList();
            if (!missing.isEmpty()) {
                command.append(AddCommand.create(domain, step,
                        label == Label.ACCEPTED ? V.getStep_AssumeAccepted() : V.getStep_AssumeRejected(), missing));
            }
            if (!step.isEvaluate()) {
                command.append(SetCommand.create(domain, step, V.getStep_Evaluate(), true));
            }
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /**
     * Makes the step's what-if these assumptions (the editor's, say), replacing its own, and
     * shows the evaluation there.
     */
    public static Command setWhatIf(EditingDomain domain, Step step, java.util.Map<? extends Element, Label> assumptions) {
        List<Element> accepted = assumptions.entrySet().stream().filter(a -> a.getValue() == Label.ACCEPTED).map(a -> (Element) a.getKey())
                .toList();
        List<Element> rejected = assumptions.entrySet().stream().filter(a -> a.getValue() == Label.REJECTED).map(a -> (Element) a.getKey())
                .toList();
        if (accepted.size() + rejected.size() != assumptions.size()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand("Use What-If");
        if (!new java.util.HashSet<>(step.getAssumeAccepted()).equals(new java.util.HashSet<>(accepted))) {
            command.append(SetCommand.create(domain, step, V.getStep_AssumeAccepted(), accepted));
        }
        if (!new java.util.HashSet<>(step.getAssumeRejected()).equals(new java.util.HashSet<>(rejected))) {
            command.append(SetCommand.create(domain, step, V.getStep_AssumeRejected(), rejected));
        }
        if (!step.isEvaluate()) {
            command.append(SetCommand.create(domain, step, V.getStep_Evaluate(), true));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    /** The planned time of the whole presentation, in minutes. */
    public static double plannedMinutes(Presentation presentation) {
        return presentation.getSteps().stream().mapToDouble(Step::getMinutes).sum();
    }
}
