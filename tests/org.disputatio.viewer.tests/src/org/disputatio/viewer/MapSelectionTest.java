// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.model.Conflict;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.render.Scene;
import org.disputatio.views.Diagram;
import org.junit.jupiter.api.Test;

/** The viewer's selection model on a scene, without a display. */
class MapSelectionTest {

    private final SmallDebate debate = new SmallDebate();
    private final Scene scene = debate.scene();
    private final Conflict attack = debate.session.getMap().getConflicts().get(0);
    private final MapSelection selection = new MapSelection();

    private Scene.Node node(Object element) {
        return MapSelection.nodesOf(scene, List.of(element)).get(0);
    }

    private Scene.Line line() {
        return MapSelection.linesOf(scene, List.of(attack)).get(0);
    }

    @Test
    void nodesAreKeptInTheOrderTheyWereChosenThenTheLines() {
        selection.select(List.of(node(debate.reason)), false);
        selection.select(List.of(node(debate.thesis)), true);
        selection.selectLine(line(), true);
        selection.select(List.of(node(debate.evidence)), true);
        assertEquals(List.of(debate.reason, debate.thesis, debate.evidence, attack), List.copyOf(selection.elements()),
                "connecting takes the first chosen as premise or attacker");
        assertEquals(List.of(debate.reason, debate.thesis, debate.evidence, attack), selection.structured().toList(),
                "what JFace tells Properties and the Outline");
        assertEquals(List.of(node(debate.reason).shape(), node(debate.thesis).shape(), node(debate.evidence).shape()), selection.shapes());
    }

    @Test
    void ctrlClickTakesANodeOutOrAddsItAndKeepsTheLines() {
        selection.selectLine(line(), false);
        selection.toggle(node(debate.thesis));
        selection.toggle(node(debate.reason));
        assertEquals(List.of(debate.thesis, debate.reason, attack), List.copyOf(selection.elements()));
        selection.toggle(node(debate.thesis));
        assertEquals(List.of(debate.reason, attack), List.copyOf(selection.elements()));
    }

    @Test
    void choosingNodesAloneLetsTheLinesGoAndSaysSo() {
        selection.selectLine(line(), false);
        assertFalse(selection.select(List.of(node(debate.thesis)), true), "added to: the line stays");
        assertEquals(List.of(debate.thesis, attack), List.copyOf(selection.elements()));
        assertTrue(selection.select(List.of(node(debate.reason)), false), "the canvas must repaint the line it let go");
        assertEquals(List.of(debate.reason), List.copyOf(selection.elements()));
        assertFalse(selection.select(List.of(), false), "no line was selected");
        assertTrue(selection.elements().isEmpty());
    }

    @Test
    void aLineAloneClearsTheNodesAndToggledItComesAndGoes() {
        selection.select(List.of(node(debate.thesis), node(debate.reason)), false);
        selection.selectLine(line(), false);
        assertEquals(List.of(attack), List.copyOf(selection.elements()));
        selection.select(List.of(node(debate.thesis)), true);
        selection.selectLine(line(), true);
        assertEquals(List.of(debate.thesis), List.copyOf(selection.elements()));
        selection.selectLine(line(), true);
        assertEquals(List.of(debate.thesis, attack), List.copyOf(selection.elements()));
    }

    @Test
    void aRebuiltSceneGetsTheSameElementsSelectedOnItsOwnNodesAndLines() {
        selection.select(List.of(node(debate.evidence), node(debate.thesis)), false);
        selection.selectLine(line(), true);
        Scene rebuilt = debate.scene();
        selection.restore(rebuilt, List.copyOf(selection.elements()));
        assertEquals(List.of(debate.evidence, debate.thesis, attack), List.copyOf(selection.elements()));
        assertTrue(rebuilt.nodes().containsAll(selection.nodes()) && rebuilt.lines().containsAll(selection.lines()),
                "the rebuilt scene's nodes and lines, which the canvas marks");
        assertNotSame(scene.nodes().get(0), rebuilt.nodes().get(0));

        selection.restore(null, List.of(debate.thesis));
        assertTrue(selection.elements().isEmpty(), "nothing shown, nothing selected");
        assertTrue(MapSelection.nodesOf(null, List.of(debate.thesis)).isEmpty());
    }

    @Test
    void nodesAreFoundByElementOrShapeAndLinesOnlyWhereNoJunctionDrawsTheRelation() {
        Scene.Node thesis = node(debate.thesis);
        assertEquals(List.of(thesis, thesis), MapSelection.nodesOf(scene, List.of(debate.thesis, thesis.shape())));
        assertTrue(MapSelection.nodesOf(scene, List.of(attack)).isEmpty(), "a one-attacker conflict has no node");

        // Two premises together: the inference gets a junction, which is what selects it.
        Statement culture = MapElements.statement(StatementKind.EVIDENCE, "Cultural exports grow");
        debate.session.getMap().getStatements().add(culture);
        Inference linked = MapElements.inference(List.of(debate.reason, culture), debate.thesis);
        debate.session.getMap().getInferences().add(linked);
        Diagram whole = DiagramContents.wholeMap(debate.session.getMap(), "with a junction");
        debate.session.getResource().getContents().add(whole);
        Scene joined = SmallDebate.scene(whole);
        assertEquals(1, MapSelection.nodesOf(joined, List.of(linked)).size(), "the junction");
        assertTrue(MapSelection.linesOf(joined, List.of(linked)).isEmpty(), "its lines are not selected apart from it");
        assertEquals(1, MapSelection.linesOf(joined, List.of(linked, attack)).size());
    }
}
