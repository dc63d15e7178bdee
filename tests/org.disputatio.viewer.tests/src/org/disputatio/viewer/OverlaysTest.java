// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapCommands;
import org.disputatio.core.StepState;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.core.evaluation.Label;
import org.disputatio.model.StatementKind;
import org.disputatio.render.Scene;
import org.disputatio.render.VisualStyle;
import org.disputatio.views.Presentation;
import org.junit.jupiter.api.Test;

/** What the viewer draws over a scene (highlight, a step previewed, the evaluation), without a display. */
class OverlaysTest {

    private final SmallDebate debate = new SmallDebate();
    private final Scene built = debate.scene();
    private final VisualStyle style = VisualStyle.DEFAULT;
    private final Overlays overlays = new Overlays();

    private static Scene.Node node(Scene scene, Object element) {
        return MapSelection.nodesOf(scene, List.of(element)).get(0);
    }

    @Test
    void withNothingOnTheBuiltSceneIsDrawnAsItIs() {
        Overlays.Drawn drawn = overlays.over(built, debate.diagram, style);
        assertSame(built, drawn.scene());
        assertTrue(drawn.stressed().isEmpty());
        assertNull(drawn.frame());
        assertNull(drawn.evaluation());
        assertFalse(overlays.isFaded(debate.thesis));
        assertNull(overlays.over(null, null, style).scene(), "no diagram, nothing to draw");
    }

    @Test
    void theHighlightWashesOutTheOtherStatementsAndTheLinesBetweenThem() {
        overlays.setHighlight(s -> s == debate.rebuttal || s == debate.thesis);
        Scene drawn = overlays.over(built, debate.diagram, style).scene();
        assertTrue(overlays.isFaded(debate.evidence));
        assertFalse(overlays.isFaded(debate.rebuttal));
        assertEquals(style.statement(StatementKind.EVIDENCE).faded(style.background()), node(drawn, debate.evidence).style());
        assertEquals(style.statement(StatementKind.REBUTTAL), node(drawn, debate.rebuttal).style());
        Scene.Line support = drawn.lines().stream().filter(l -> l.edge().getSource().getElement() == debate.evidence).findFirst().orElseThrow();
        Scene.Line before = built.lines().stream().filter(l -> l.edge() == support.edge()).findFirst().orElseThrow();
        assertEquals(before.style().faded(style.background()), support.style(), "evidence to reason touches no highlighted statement");

        overlays.setHighlight(null);
        assertSame(built, overlays.over(built, debate.diagram, style).scene());
    }

    @Test
    void aStepIsPreviewedOnlyOnItsOwnDiagramAndWhileItExists() {
        Presentation lecture = debate.lecture();
        overlays.setStepPreview(lecture, 0);
        assertTrue(overlays.previews(debate.diagram));
        assertFalse(overlays.previews(DiagramContents.wholeMap(debate.session.getMap(), "another")), "another diagram of the map");
        Overlays.Drawn first = overlays.over(built, debate.diagram, style);
        assertEquals(StepState.at(lecture, 0).camera(), first.frame(), "the camera outlined");
        assertEquals(style.statement(StatementKind.EVIDENCE).faded(style.background()), node(first.scene(), debate.evidence).style(),
                "not yet revealed: a ghost, still there to be selected");
        assertEquals(built.nodes().size(), first.scene().nodes().size());

        overlays.setStepPreview(lecture, 1);
        Overlays.Drawn second = overlays.over(built, debate.diagram, style);
        assertEquals(Set.of(debate.rebuttal), Set.copyOf(second.stressed().stream().map(n -> n.shape().getElement()).toList()));

        overlays.setStepPreview(lecture, lecture.getSteps().size());
        assertFalse(overlays.previews(debate.diagram), "past the last step");
        overlays.setStepPreview(null, -1);
        Overlays.Drawn ended = overlays.over(built, debate.diagram, style);
        assertSame(built, ended.scene());
        assertNull(ended.frame());
    }

    @Test
    void theEvaluationIsComputedAtEachDrawingSoItFollowsEdits() {
        overlays.setEvaluation(EvaluationOptions.grounded());
        Overlays.Drawn drawn = overlays.over(built, debate.diagram, style);
        assertEquals(Label.ACCEPTED, drawn.evaluation().label(debate.rebuttal));
        assertEquals(Label.REJECTED, drawn.evaluation().label(debate.thesis), "attacked by an accepted rebuttal");

        debate.session.execute(MapCommands.delete(debate.session.getEditingDomain(), List.of(debate.session.getMap().getConflicts().get(0))));
        assertEquals(Label.ACCEPTED, overlays.over(debate.scene(), debate.diagram, style).evaluation().label(debate.thesis));

        overlays.setEvaluation(null);
        assertNull(overlays.over(built, debate.diagram, style).evaluation());
        assertNull(overlays.getEvaluationOptions());
    }
}
