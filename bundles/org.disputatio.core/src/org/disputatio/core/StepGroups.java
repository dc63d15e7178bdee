// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.disputatio.views.Presentation;
import org.disputatio.views.Rectangle;
import org.disputatio.views.Step;

/**
 * The steps of a presentation in groups, as a handout shows them: one picture per group, the
 * group's final state, with the notes of all its steps (Beamer's handout mode does the same with
 * the overlays of a frame).
 * <p>
 * The rule: a step joins the group of the step before it when it hides nothing and either shows
 * nothing new (it only highlights or comments on what is already there) or builds up the same
 * view (it has the same focus, not empty, and the same camera as the step before). Any other
 * step starts a group. The model has no group marker, so this is read from the steps alone.
 */
public final class StepGroups {

    private StepGroups() {
    }

    /** A run of steps, by index from 0, first to last inclusive. */
    public record Group(int first, int last) {

        public int size() {
            return last - first + 1;
        }
    }

    public static List<Group> of(Presentation presentation) {
        List<Step> steps = presentation.getSteps();
        List<Group> groups = new ArrayList<>();
        int first = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (!continues(presentation, i)) {
                groups.add(new Group(first, i - 1));
                first = i;
            }
        }
        if (!steps.isEmpty()) {
            groups.add(new Group(first, steps.size() - 1));
        }
        return groups;
    }

    /** Whether step {@code index} (not the first) belongs to the group of the step before it. */
    static boolean continues(Presentation presentation, int index) {
        Step step = presentation.getSteps().get(index);
        Step before = presentation.getSteps().get(index - 1);
        StepState now = StepState.at(presentation, index);
        StepState then = StepState.at(presentation, index - 1);
        if (!now.visible().containsAll(then.visible())) {
            return false;
        }
        if (now.added().isEmpty()) {
            return true;
        }
        return !step.getFocus().isEmpty() && new HashSet<>(step.getFocus()).equals(new HashSet<>(before.getFocus()))
                && sameCamera(step.getCamera(), before.getCamera());
    }

    private static boolean sameCamera(Rectangle a, Rectangle b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.getX() == b.getX() && a.getY() == b.getY() && a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight();
    }
}
