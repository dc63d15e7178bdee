// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Attackable;
import org.disputatio.model.Conflict;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.Shape;
import org.disputatio.views.geometry.Point;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

class MapCommandsTest {

    private final MapSession session = TestMaps.everyElementType(Path.of("memory.argmap"));
    private final EditingDomain domain = session.getEditingDomain();

    private <T extends EObject> T get(String id) {
        @SuppressWarnings("unchecked")
        T element = (T) session.getResource().getEObject(id);
        return element;
    }

    @Test
    void thousandRandomEditsUndoToTheStartAndRedoToTheEnd() {
        Collection<EObject> start = EcoreUtil.copyAll(session.getResource().getContents());
        Random random = new Random(20261123);
        int executed = 0;
        int attempts = 0;
        while (executed < 1000) {
            attempts++;
            if (session.execute(randomEdit(random))) {
                executed++;
            }
        }
        assertTrue(attempts < 3000, "too many edits could not run: " + attempts);
        Collection<EObject> end = EcoreUtil.copyAll(session.getResource().getContents());
        assertFalse(EcoreUtil.equals(List.copyOf(start), List.copyOf(end)), "the edits changed nothing");

        int undone = 0;
        while (session.getCommandStack().canUndo()) {
            session.getCommandStack().undo();
            undone++;
        }
        assertEquals(1000, undone);
        assertTrue(EcoreUtil.equals(List.copyOf(start), session.getResource().getContents()), "undo did not restore the start");
        assertFalse(session.isDirty());

        while (session.getCommandStack().canRedo()) {
            session.getCommandStack().redo();
        }
        assertTrue(EcoreUtil.equals(List.copyOf(end), session.getResource().getContents()), "redo did not reach the end state");
    }

    private Command randomEdit(Random random) {
        var map = session.getMap();
        List<Statement> statements = map.getStatements();
        Diagram diagram = session.getDiagrams().get(0);
        Presentation presentation = session.getPresentations().get(0);
        switch (random.nextInt(14)) {
            case 0, 1: {
                Statement created = MapElements.statement(StatementKind.VALUES.get(random.nextInt(3)), "statement " + random.nextInt(1000));
                return MapCommands.add(domain, map, created);
            }
            case 2:
                return statements.isEmpty() ? nothing(): MapCommands.set(domain, pick(random, statements),
                        ArgmapPackage.Literals.STATEMENT__LABEL, "label " + random.nextInt(1000));
            case 3: {
                if (statements.size() < 2) {
                    return nothing();
                }
                Statement premise = pick(random, statements);
                Statement conclusion = pick(random, statements);
                return premise == conclusion ? nothing() : MapCommands.support(domain, map, List.of(premise), conclusion);
            }
            case 4: {
                if (statements.isEmpty()) {
                    return nothing();
                }
                List<Attackable> targets = new ArrayList<>(statements);
                targets.addAll(map.getInferences());
                Statement attacker = pick(random, statements);
                Attackable target = pick(random, targets);
                return attacker == target ? nothing() : MapCommands.attack(domain, map, List.of(attacker), target);
            }
            case 5:
                return map.getInferences().isEmpty() || statements.isEmpty() ? nothing()
                        : MapCommands.addPremise(domain, pick(random, map.getInferences()), pick(random, statements));
            case 6: {
                if (map.getInferences().isEmpty()) {
                    return nothing();
                }
                Inference inference = pick(random, map.getInferences());
                return MapCommands.removePremise(domain, inference, pick(random, inference.getPremises()));
            }
            case 7: {
                List<EObject> deletable = new ArrayList<>(statements);
                deletable.addAll(map.getInferences());
                deletable.addAll(map.getConflicts());
                deletable.addAll(map.getSources());
                return deletable.isEmpty() ? nothing() : MapCommands.delete(domain, List.of(pick(random, deletable)));
            }
            case 8:
                return diagram.getShapes().isEmpty() ? nothing()
                        : MapCommands.move(domain, pick(random, diagram.getShapes()), random.nextInt(2000), random.nextInt(2000));
            case 9:
                return diagram.getShapes().isEmpty() ? nothing()
                        : MapCommands.resize(domain, pick(random, diagram.getShapes()), 50 + random.nextInt(300), 30 + random.nextInt(200));
            case 10:
                return statements.isEmpty() ? nothing()
                        : MapCommands.addShape(domain, diagram, MapElements.shape(pick(random, statements), random.nextInt(900), random.nextInt(900), 180, 60));
            case 11:
                return presentation.getSteps().size() < 2 ? MapCommands.addStep(domain, presentation, MapElements.step("step"))
                        : MapCommands.moveStep(domain, presentation, pick(random, presentation.getSteps()),
                                random.nextInt(presentation.getSteps().size()));
            case 12: {
                if (map.getConflicts().isEmpty() || statements.isEmpty()) {
                    return nothing();
                }
                List<Attackable> targets = new ArrayList<>(statements);
                targets.addAll(map.getInferences());
                Conflict conflict = pick(random, map.getConflicts());
                Attackable target = pick(random, targets);
                return conflict.getAttackers().contains(target) ? nothing() : MapCommands.retarget(domain, conflict, target);
            }
            default:
                return diagram.getShapes().isEmpty() ? nothing()
                        : MapCommands.removeFromDiagram(domain, List.of(pick(random, diagram.getShapes())));
        }
    }

    private static Command nothing() {
        return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    @Test
    void deletingAConclusionDeletesItsInferencesConflictsAndShapes() {
        Statement thesis = get("nye-thesis");
        assertTrue(session.execute(MapCommands.delete(domain, List.of(thesis))));
        assertNull(session.getResource().getEObject("inf-1"), "the inference into it");
        assertNull(session.getResource().getEObject("conflict-1"), "the rebuttal of it");
        assertNull(session.getResource().getEObject("conflict-2"), "the undercut of the deleted inference");
        assertNull(session.getResource().getEObject("shape-thesis"));
        assertNull(session.getResource().getEObject("edge-1"));
        assertNull(session.getResource().getEObject("pref-1"));
        assertNull(session.getResource().getEObject("rephrase-1"));
        assertTrue(session.getResource().getEObject("nye-reason") != null, "premises stay");
        assertFalse(MapValidator.validate(session.getResource()).stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR),
                () -> "deleting left the map invalid: " + MapValidator.validate(session.getResource()));
        session.getCommandStack().undo();
        assertTrue(session.getResource().getEObject("inf-1") != null);
        assertTrue(session.getResource().getEObject("edge-1") != null);
    }

    @Test
    void movingBothEndsOfALineTogetherClearsItsRouteOnceAndUndoes() {
        Shape thesis = get("shape-thesis");
        Shape rebuttal = get("shape-rebuttal");
        org.disputatio.views.Edge edge = get("edge-1");
        assertTrue(session.execute(MapCommands.move(domain, java.util.Map.of(thesis, new Point(50, 60), rebuttal, new Point(400, 60)))));
        assertEquals(50, thesis.getX());
        assertEquals(400, rebuttal.getX());
        assertTrue(edge.getRoute().isEmpty());
        session.getCommandStack().undo();
        assertEquals(10, thesis.getX());
        assertEquals(300, rebuttal.getX());
        assertEquals(1, edge.getRoute().size());
    }

    @Test
    void deletingOneOfTwoPremisesKeepsTheInference() {
        assertTrue(session.execute(MapCommands.delete(domain, List.of(get("nye-evidence")))));
        Inference inference = get("inf-1");
        assertEquals(List.of(get("nye-reason")), inference.getPremises());
    }

    @Test
    void deletingASourceClearsReferencesAndDeletesItsCitations() {
        assertTrue(session.execute(MapCommands.delete(domain, List.of(get("sunwang2014")))));
        assertTrue(((Statement) get("sunwang-rebuttal")).getCitations().isEmpty());
        assertTrue(session.execute(MapCommands.delete(domain, List.of(get("edney2015")))));
        assertNull(((Statement) get("nye-thesis")).getSource());
    }

    @Test
    void removingTheLastPremiseDeletesTheInference() {
        Inference inference = get("inf-1");
        assertTrue(session.execute(MapCommands.removePremise(domain, inference, get("nye-evidence"))));
        assertTrue(session.execute(MapCommands.removePremise(domain, inference, get("nye-reason"))));
        assertNull(session.getResource().getEObject("inf-1"));
    }

    @Test
    void retargetingAnAttackOntoAnInferenceMakesItAnUndercut() {
        Conflict conflict = get("conflict-1");
        assertTrue(session.execute(MapCommands.retarget(domain, conflict, get("inf-1"))));
        assertEquals(org.disputatio.model.ConflictKind.UNDERCUT, conflict.getKind());
        session.getCommandStack().undo();
        assertEquals(org.disputatio.model.ConflictKind.REBUT, conflict.getKind());
        assertEquals(get("nye-thesis"), conflict.getTarget());
    }

    @Test
    void removingAShapeFromTheDiagramKeepsTheStatement() {
        Shape shape = get("shape-rebuttal");
        assertTrue(session.execute(MapCommands.removeFromDiagram(domain, List.of(shape))));
        assertNull(session.getResource().getEObject("shape-rebuttal"));
        assertNull(session.getResource().getEObject("edge-1"), "the edge drawn from it");
        assertTrue(session.getResource().getEObject("sunwang-rebuttal") != null);
    }

    @Test
    void movingAShapeStraightensItsLinesUntilTheNextLayout() {
        org.disputatio.views.Edge edge = get("edge-1");
        assertFalse(edge.getRoute().isEmpty());
        assertTrue(session.execute(MapCommands.move(domain, get("shape-rebuttal"), 900, 400)));
        assertTrue(edge.getRoute().isEmpty(), "the old route no longer ends on the moved shape");
        session.getCommandStack().undo();
        assertEquals(1, edge.getRoute().size(), "undo brings the route back");
    }

    @Test
    void attackersAreAddedAndRemovedAndTheLastOneTakesTheConflictWithIt() {
        Conflict conflict = get("conflict-1");
        assertTrue(session.execute(MapCommands.addAttacker(domain, conflict, get("restated"))));
        assertEquals(2, conflict.getAttackers().size());
        assertFalse(session.execute(MapCommands.addAttacker(domain, conflict, get("nye-thesis"))), "a statement cannot attack itself");
        assertTrue(session.execute(MapCommands.removeAttacker(domain, conflict, get("restated"))));
        assertTrue(session.execute(MapCommands.removeAttacker(domain, conflict, get("sunwang-rebuttal"))));
        assertNull(session.getResource().getEObject("conflict-1"));
        session.getCommandStack().undo();
        assertEquals(List.of(get("sunwang-rebuttal")), ((Conflict) get("conflict-1")).getAttackers());
    }

    @Test
    void aConclusionCanBeReconnectedButNotToItsOwnPremise() {
        Inference inference = get("inf-1");
        assertTrue(session.execute(MapCommands.reconnectConclusion(domain, inference, get("restated"))));
        assertEquals(get("restated"), inference.getConclusion());
        assertFalse(session.execute(MapCommands.reconnectConclusion(domain, inference, get("nye-reason"))));
        session.getCommandStack().undo();
        assertEquals(get("nye-thesis"), inference.getConclusion());
    }

    @Test
    void aPremiseCannotAlsoBeTheConclusion() {
        Inference inference = get("inf-1");
        assertFalse(session.execute(MapCommands.addPremise(domain, inference, get("nye-thesis"))));
        assertFalse(session.isDirty());
    }
}
