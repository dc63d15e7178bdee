// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.disputatio.core.PresentationCommands.Gesture;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.Step;
import org.disputatio.views.ViewsPackage;
import org.disputatio.views.geometry.Box;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presentations: cumulative steps, the commands that edit them, and files of the older views format. */
class PresentationsTest {

    @TempDir
    Path folder;

    private MapSession session;
    private Statement thesis;
    private Statement reason;
    private Statement rebuttal;
    private Inference support;
    private Conflict attack;
    private Diagram diagram;

    @BeforeEach
    void map() {
        session = MapSession.create(folder.resolve("lecture.argmap"), "Lecture");
        ArgumentMap map = session.getMap();
        thesis = MapElements.statement(StatementKind.CLAIM, "Soft power reinforces");
        reason = MapElements.statement(StatementKind.EVIDENCE, "Culture attracts");
        rebuttal = MapElements.statement(StatementKind.REBUTTAL, "Zero-sum");
        map.getStatements().addAll(List.of(thesis, reason, rebuttal));
        support = MapElements.inference(List.of(reason), thesis);
        attack = MapElements.conflict(List.of(rebuttal), thesis);
        map.getInferences().add(support);
        map.getConflicts().add(attack);
        diagram = MapElements.diagram("Exchange");
        diagram.getShapes().add(MapElements.shape(thesis, 100, 0, 120, 40));
        diagram.getShapes().add(MapElements.shape(reason, 0, 200, 120, 40));
        diagram.getShapes().add(MapElements.shape(rebuttal, 300, 200, 120, 40));
        diagram.getShapes().add(MapElements.shape(support, 55, 120, 10, 10));
        // A conflict of one attacker is drawn by an edge alone, without a junction.
        org.disputatio.views.Edge line = org.disputatio.views.ViewsFactory.eINSTANCE.createEdge();
        line.setElement(attack);
        line.setSource(diagram.getShapes().get(2));
        line.setTarget(diagram.getShapes().get(0));
        diagram.getEdges().add(line);
        session.getResource().getContents().add(diagram);
    }

    private Presentation present() {
        assertTrue(session.execute(PresentationCommands.newPresentation(session.getEditingDomain(), diagram, "Whom for?")));
        return session.getPresentations().get(0);
    }

    @Test
    void stepsAreCumulativeAndMayHide() {
        Presentation p = present();
        var domain = session.getEditingDomain();
        session.execute(PresentationCommands.addStep(domain, p, -1, "The thesis", Gesture.REVEAL, List.of(thesis)));
        session.execute(PresentationCommands.addStep(domain, p, -1, "Its reason", Gesture.REVEAL, List.of(reason)));
        session.execute(PresentationCommands.addStep(domain, p, -1, "The rebuttal", Gesture.HIGHLIGHT, List.of(rebuttal)));
        session.execute(PresentationCommands.addStep(domain, p, -1, "Without the reason", Gesture.HIDE, List.of(reason)));

        StepState first = StepState.at(p, 0);
        assertEquals(Set.of(thesis), first.visible());
        // The thesis alone, framed with the margin.
        assertEquals(new Box(70, -30, 180, 100), first.camera());

        StepState second = StepState.at(p, 1);
        assertEquals(Set.of(thesis, reason, support), second.visible(), "the inference comes with its ends");
        assertEquals(Set.of(reason, support), second.added());
        assertEquals(Set.of(), second.highlighted());

        StepState third = StepState.at(p, 2);
        assertEquals(Set.of(thesis, reason, support, rebuttal, attack), third.visible());
        assertEquals(Set.of(rebuttal), third.highlighted());

        StepState fourth = StepState.at(p, 3);
        assertEquals(Set.of(thesis, rebuttal, attack), fourth.visible(), "hidden, with the inference that hung on it");
        assertEquals(Set.of(), fourth.highlighted(), "highlights last one step");
        assertEquals(Set.of(), fourth.added());
    }

    @Test
    void focusAndCameraChooseWhatIsShown() {
        Presentation p = present();
        var domain = session.getEditingDomain();
        session.execute(PresentationCommands.addStep(domain, p, -1, "All", Gesture.REVEAL, List.of(thesis, reason, rebuttal)));
        session.execute(PresentationCommands.addStep(domain, p, -1, "Zoom", Gesture.FOCUS, List.of(rebuttal)));
        assertEquals(new Box(-30, -30, 480, 300), StepState.at(p, 0).camera());
        assertEquals(new Box(270, 170, 180, 100), StepState.at(p, 1).camera());
        Step zoom = p.getSteps().get(1);
        assertTrue(session.execute(PresentationCommands.setCamera(domain, zoom, new Box(1, 2, 3, 4))));
        assertEquals(new Box(1, 2, 3, 4), StepState.at(p, 1).camera());
        session.getCommandStack().undo();
        assertEquals(new Box(270, 170, 180, 100), StepState.at(p, 1).camera());
        assertFalse(PresentationCommands.setCamera(domain, zoom, new Box(0, 0, 0, 5)).canExecute(), "an empty area");
    }

    @Test
    void everyEditIsUndoable() {
        Presentation p = present();
        var domain = session.getEditingDomain();
        var stack = session.getCommandStack();
        session.execute(PresentationCommands.addStep(domain, p, -1, "One", Gesture.REVEAL, List.of(thesis)));
        session.execute(PresentationCommands.addStep(domain, p, -1, "Two", Gesture.REVEAL, List.of(reason)));
        Step one = p.getSteps().get(0);
        session.execute(PresentationCommands.addStep(domain, p, 0, "Between", Gesture.FOCUS, List.of(thesis)));
        assertEquals(List.of("One", "Between", "Two"), titles(p));
        session.execute(PresentationCommands.duplicate(domain, one));
        assertEquals(List.of("One", "One", "Between", "Two"), titles(p));
        assertFalse(p.getSteps().get(0).getId().equals(p.getSteps().get(1).getId()));
        assertEquals(p.getSteps().get(0).getReveal(), p.getSteps().get(1).getReveal());
        session.execute(PresentationCommands.move(domain, one, 3));
        assertEquals(List.of("One", "Between", "Two", "One"), titles(p));
        session.execute(PresentationCommands.setTitle(domain, one, "Last"));
        session.execute(PresentationCommands.setNotes(domain, one, "Nye, p. 1"));
        session.execute(PresentationCommands.setMinutes(domain, one, 4.5));
        session.execute(PresentationCommands.extendStep(domain, one, Gesture.HIGHLIGHT, List.of(thesis)));
        assertEquals("Nye, p. 1", one.getSpeakerNotes());
        assertEquals(4.5, PresentationCommands.plannedMinutes(p));
        assertFalse(PresentationCommands.extendStep(domain, one, Gesture.HIGHLIGHT, List.of(thesis)).canExecute());
        assertFalse(PresentationCommands.setMinutes(domain, one, -1).canExecute());
        session.execute(PresentationCommands.delete(domain, List.of(one)));
        assertEquals(List.of("One", "Between", "Two"), titles(p));
        for (int i = 0; i < 5; i++) {
            stack.undo();
        }
        assertEquals(List.of("One", "Between", "Two", "One"), titles(p));
        assertEquals(0, one.getMinutes());
        stack.undo();
        stack.undo();
        stack.undo();
        assertEquals(List.of("One", "Two"), titles(p));
        stack.undo();
        stack.undo();
        stack.undo();
        assertTrue(session.getPresentations().isEmpty());
        for (int i = 0; i < 11; i++) {
            stack.redo();
        }
        assertEquals(List.of("One", "Between", "Two"), titles(session.getPresentations().get(0)));
        assertTrue(session.execute(PresentationCommands.delete(domain, List.of(p, p.getSteps().get(0)))));
        assertTrue(session.getPresentations().isEmpty());
        stack.undo();
        assertEquals(List.of("One", "Between", "Two"), titles(session.getPresentations().get(0)));
    }

    @Test
    void presentationsSurviveSaving() throws IOException, MapFileException {
        Presentation p = present();
        var domain = session.getEditingDomain();
        session.execute(PresentationCommands.addStep(domain, p, -1, "One", Gesture.HIDE, List.of(thesis)));
        Step one = p.getSteps().get(0);
        session.execute(PresentationCommands.setMinutes(domain, one, 3));
        session.execute(PresentationCommands.setCamera(domain, one, new Box(1, 2, 3, 4)));
        session.save();
        String text = Files.readString(session.getFile());
        assertTrue(text.contains(ViewsPackage.eNS_URI), "saved in the current views format");
        Step back = MapSession.open(session.getFile()).getPresentations().get(0).getSteps().get(0);
        assertEquals(3, back.getMinutes());
        assertEquals(4, back.getCamera().getHeight());
        assertEquals("Soft power reinforces", ((Statement) back.getHide().get(0)).getLabel());
    }

    /** Every example, written with the views namespace of format 1.0, loads as it is and saves in the current one. */
    @Test
    void filesOfTheOlderViewsFormatStillLoad() throws IOException, MapFileException {
        Path examples = Path.of(System.getProperty("disputatio.root", ".")).resolve("examples");
        List<Path> files;
        try (Stream<Path> all = Files.list(examples)) {
            files = all.filter(f -> f.toString().endsWith(".argmap")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String old = Files.readString(file).replace(ViewsPackage.eNS_URI, "http://disputatio.org/argmap/views/1.0");
            Path copy = folder.resolve(file.getFileName());
            Files.writeString(copy, old, StandardCharsets.UTF_8);
            MapSession now = MapSession.open(file);
            MapSession before = MapSession.open(copy);
            assertEquals(now.getDiagrams().size(), before.getDiagrams().size(), file.toString());
            assertEquals(now.getPresentations().size(), before.getPresentations().size(), file.toString());
            assertEquals(now.getDiagrams().get(0).getShapes().size(), before.getDiagrams().get(0).getShapes().size(), file.toString());
            before.save();
            String saved = Files.readString(copy);
            assertTrue(saved.contains(ViewsPackage.eNS_URI) && !saved.contains("views/1.0"), file + " saved in the current format");
        }
    }

    private static List<String> titles(Presentation p) {
        return p.getSteps().stream().map(Step::getTitle).toList();
    }
}
