// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Inference;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.Shape;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/** Map edits drawn in a diagram being edited, and copying and pasting statements, headless. */
class DiagramEditingTest {

    private final MapSession session = MapSession.create(Path.of("memory.argmap"), "Edits");
    private final EditingDomain domain = session.getEditingDomain();
    private final ArgumentMap map = session.getMap();
    private final Statement claim = MapElements.statement(StatementKind.CLAIM, "Soft power attracts");
    private final Statement evidence = MapElements.statement(StatementKind.EVIDENCE, "Polls show attraction");
    private final Statement rebuttal = MapElements.statement(StatementKind.REBUTTAL, "Polls measure familiarity");
    private final Diagram diagram;

    DiagramEditingTest() {
        map.getStatements().addAll(List.of(claim, evidence, rebuttal));
        diagram = DiagramContents.wholeMap(map, "Whole");
        int x = 0;
        for (Shape shape : diagram.getShapes()) {
            shape.setX(x += 300);
            shape.setWidth(200);
            shape.setHeight(60);
        }
        session.getResource().getContents().add(diagram);
    }

    private List<Edge> edgesOf(EObject element) {
        return diagram.getEdges().stream().filter(e -> e.getElement() == element).toList();
    }

    @Test
    void aDrawnSupportAddsItsLineAndUndoRemovesItAgain() {
        Command support = DiagramContents.drawn("Support", domain, map, diagram,
                MapCommands.support(domain, map, List.of(evidence), claim));
        assertTrue(session.execute(support));
        Inference inference = map.getInferences().get(0);
        List<Edge> lines = edgesOf(inference);
        assertEquals(1, lines.size());
        assertEquals(evidence, lines.get(0).getSource().getElement());
        assertEquals(claim, lines.get(0).getTarget().getElement());

        session.getCommandStack().undo();
        assertTrue(map.getInferences().isEmpty());
        assertTrue(diagram.getEdges().isEmpty(), "undo took the line away with the inference");

        session.getCommandStack().redo();
        assertEquals(lines, edgesOf(inference), "redo brought the same line back");
    }

    @Test
    void undercuttingASinglePremiseInferenceGivesItAJunctionBetweenItsEnds() {
        session.execute(DiagramContents.drawn("Support", domain, map, diagram, MapCommands.support(domain, map, List.of(evidence), claim)));
        Inference inference = map.getInferences().get(0);
        Edge straight = edgesOf(inference).get(0);

        session.execute(DiagramContents.drawn("Undercut", domain, map, diagram, MapCommands.attack(domain, map, List.of(rebuttal), inference)));
        Conflict undercut = map.getConflicts().get(0);
        assertEquals(ConflictKind.UNDERCUT, undercut.getKind());
        Shape junction = diagram.getShapes().stream().filter(s -> s.getElement() == inference).findFirst().orElseThrow();
        assertEquals(2, edgesOf(inference).size(), "premise to junction, junction to conclusion");
        assertTrue(edgesOf(inference).stream().noneMatch(e -> e == straight));
        assertEquals(junction, edgesOf(undercut).get(0).getTarget());
        double middle = (300 + 100 + 600 + 100) / 2.0;
        assertEquals(middle, junction.getX(), 0.01, "the junction stands between premise and conclusion");

        session.getCommandStack().undo();
        assertEquals(List.of(straight), edgesOf(inference), "the single line is back");
        assertTrue(diagram.getShapes().stream().noneMatch(s -> s.getElement() == inference));
    }

    @Test
    void pastedCopiesHaveNewIdentifiersTheirLinesAndLandOffset() {
        Source polls = MapElements.source("Polls on China", 2019, "Pew");
        map.getSources().add(polls);
        evidence.setSource(polls);
        session.execute(DiagramContents.drawn("Support", domain, map, diagram, MapCommands.support(domain, map, List.of(evidence), claim)));
        Shape original = diagram.getShapes().stream().filter(s -> s.getElement() == evidence).findFirst().orElseThrow();

        List<EObject> clipboard = MapClipboard.copy(List.of(evidence, claim), diagram);
        assertTrue(session.execute(MapClipboard.paste(domain, map, diagram, clipboard, 30, 30)));
        assertTrue(session.execute(MapClipboard.paste(domain, map, diagram, clipboard, 60, 60)));

        assertEquals(7, map.getStatements().size());
        assertEquals(3, map.getInferences().size(), "each paste brought the support between the copies");
        assertEquals(1, map.getSources().size(), "the map's own source is used, not copied");
        assertEquals(map.getStatements().size(), map.getStatements().stream().map(Statement::getId).distinct().count());
        Statement pasted = map.getStatements().get(3);
        assertNotEquals(evidence.getId(), pasted.getId());
        assertEquals(evidence.getLabel(), pasted.getLabel());
        assertSame(polls, pasted.getSource());
        Shape pastedShape = diagram.getShapes().stream().filter(s -> s.getElement() == pasted).findFirst().orElseThrow();
        assertEquals(original.getX() + 30, pastedShape.getX(), 0.01);
        Inference pastedInference = map.getInferences().get(1);
        assertEquals(List.of(pasted), pastedInference.getPremises());
        assertEquals(1, edgesOf(pastedInference).size(), "the pasted support is drawn");

        while (session.getCommandStack().canUndo()) {
            session.getCommandStack().undo();
        }
        assertEquals(3, map.getStatements().size());
        assertTrue(map.getInferences().isEmpty());
    }

    @Test
    void pastingIntoAnotherMapTakesTheSourcesAlong() {
        Source polls = MapElements.source("Polls on China", 2019, "Pew");
        map.getSources().add(polls);
        evidence.setSource(polls);
        List<EObject> clipboard = MapClipboard.copy(List.of(evidence), diagram);

        MapSession other = MapSession.create(Path.of("other.argmap"), "Other");
        Diagram otherDiagram = MapElements.diagram("Other");
        other.getResource().getContents().add(otherDiagram);
        assertTrue(other.execute(MapClipboard.paste(other.getEditingDomain(), other.getMap(), otherDiagram, clipboard, 30, 30)));
        assertTrue(other.execute(MapClipboard.paste(other.getEditingDomain(), other.getMap(), otherDiagram, clipboard, 60, 60)));

        assertEquals(2, other.getMap().getStatements().size());
        assertEquals(1, other.getMap().getSources().size(), "the source came once, and the second paste found it");
        Source taken = other.getMap().getSources().get(0);
        assertEquals(polls.getId(), taken.getId());
        assertTrue(other.getMap().getStatements().stream().allMatch(s -> s.getSource() == taken));
        assertTrue(EcoreUtil.ExternalCrossReferencer.find(other.getResource()).isEmpty(), "nothing points into the first map");
        assertNotNull(other.getResource().getEObject(other.getMap().getStatements().get(0).getId()));
    }
}
