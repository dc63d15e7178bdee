// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.disputatio.core.PresentationCommands.Gesture;
import org.disputatio.core.evaluation.Evaluation;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.core.evaluation.Label;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.Step;
import org.disputatio.views.ViewsPackage;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps that show the evaluation with a what-if of their own: the commands, the labels, the file, and the older formats. */
class StepEvaluationTest {

    @TempDir
    Path folder;

    private MapSession session;
    private Statement thesis;
    private Statement reason;
    private Statement rebuttal;
    private Presentation presentation;

    @BeforeEach
    void lecture() {
        session = MapSession.create(folder.resolve("lecture.argmap"), "Lecture");
        ArgumentMap map = session.getMap();
        thesis = MapElements.statement(StatementKind.CLAIM, "Soft power reinforces");
        reason = MapElements.statement(StatementKind.EVIDENCE, "Culture attracts");
        rebuttal = MapElements.statement(StatementKind.REBUTTAL, "Zero-sum");
        map.getStatements().addAll(List.of(thesis, reason, rebuttal));
        map.getInferences().add(MapElements.inference(List.of(reason), thesis));
        map.getConflicts().add(MapElements.conflict(List.of(rebuttal), thesis));
        Diagram diagram = DiagramContents.wholeMap(map, "Exchange");
        session.getResource().getContents().add(diagram);
        var domain = session.getEditingDomain();
        assertTrue(session.execute(PresentationCommands.newPresentation(domain, diagram, "Whom for?")));
        presentation = session.getPresentations().get(0);
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "The exchange", Gesture.REVEAL, List.of(thesis, rebuttal)));
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "What if", Gesture.HIGHLIGHT, List.of(thesis)));
    }

    private Step step(int index) {
        return presentation.getSteps().get(index);
    }

    @Test
    void aStepShowsTheEvaluationOnlyWhenItSaysSo() {
        assertNull(StepState.evaluation(presentation, 0, null));
        assertTrue(session.execute(PresentationCommands.setEvaluate(session.getEditingDomain(), step(0), true)));
        Evaluation shown = StepState.evaluation(presentation, 0, null);
        assertEquals(Label.REJECTED, shown.label(thesis), "the rebuttal defeats the thesis");
        assertEquals(Label.ACCEPTED, shown.label(rebuttal));
        assertEquals("The map as it stands (grounded semantics)", shown.whatIf());
        assertNull(StepState.evaluation(presentation, 1, null), "for its own step only");
        session.getCommandStack().undo();
        assertFalse(step(0).isEvaluate());
        assertNull(StepState.evaluation(presentation, 0, null));
    }

    @Test
    void aStepsOwnWhatIfFlipsTheLabelsAndIsUndoable() {
        var domain = session.getEditingDomain();
        CommandStack stack = session.getCommandStack();
        assertTrue(session.execute(PresentationCommands.assume(domain, step(1), List.of(rebuttal), Label.REJECTED)));
        assertTrue(step(1).isEvaluate(), "assuming shows the evaluation");
        Evaluation whatIf = StepState.evaluation(presentation, 1, null);
        assertEquals(Label.ACCEPTED, whatIf.label(thesis), "with the rebuttal rejected the thesis stands on its reason");
        assertEquals("What if \u201cZero-sum\u201d is rejected? (grounded semantics)", whatIf.whatIf());
        assertNull(StepState.evaluation(presentation, 0, null), "the other step is untouched");

        assertTrue(session.execute(PresentationCommands.assume(domain, step(1), List.of(rebuttal, reason), Label.ACCEPTED)));
        assertEquals(List.of(rebuttal, reason), step(1).getAssumeAccepted());
        assertEquals(List.of(), step(1).getAssumeRejected(), "assumed one way at most");
        assertEquals(Label.REJECTED, StepState.evaluation(presentation, 1, null).label(thesis));
        assertEquals("What if \u201cCulture attracts\u201d and \u201cZero-sum\u201d are accepted? (grounded semantics)",
                StepState.evaluation(presentation, 1, null).whatIf(), "named in map order");

        assertTrue(session.execute(PresentationCommands.assume(domain, step(1), List.of(reason), null)));
        assertEquals(List.of(rebuttal), step(1).getAssumeAccepted());
        assertTrue(step(1).isEvaluate(), "clearing an assumption leaves the evaluation shown");

        stack.undo();
        assertEquals(List.of(rebuttal, reason), step(1).getAssumeAccepted());
        stack.undo();
        assertEquals(List.of(rebuttal), step(1).getAssumeRejected());
        stack.undo();
        assertEquals(List.of(), step(1).getAssumeRejected());
        assertFalse(step(1).isEvaluate());
        stack.redo();
        assertEquals(Label.ACCEPTED, StepState.evaluation(presentation, 1, null).label(thesis));
        assertFalse(session.execute(PresentationCommands.assume(domain, step(1), List.of(rebuttal), Label.REJECTED)),
                "nothing to do");
        assertFalse(session.execute(PresentationCommands.assume(domain, step(1), List.of(rebuttal), Label.UNDECIDED)));
    }

    @Test
    void optionsForEveryStepAddTheStepsOwnWhatIf() {
        session.execute(PresentationCommands.assume(session.getEditingDomain(), step(1), List.of(rebuttal), Label.REJECTED));
        EvaluationOptions every = EvaluationOptions.grounded().assuming(Map.of(reason, Label.REJECTED));
        Evaluation first = StepState.evaluation(presentation, 0, every);
        assertEquals(Label.REJECTED, first.label(thesis));
        assertEquals(Label.REJECTED, first.label(reason));
        Evaluation second = StepState.evaluation(presentation, 1, every);
        assertEquals(Label.REJECTED, second.label(rebuttal), "the step's own assumption");
        assertEquals(Label.REJECTED, second.label(thesis), "its reason is rejected by the options for every step");
        assertEquals("What if \u201cCulture attracts\u201d and \u201cZero-sum\u201d are rejected? (grounded semantics)", second.whatIf());
    }

    @Test
    void theWhatIfIsSavedAndReadBack() throws IOException, MapFileException {
        var domain = session.getEditingDomain();
        session.execute(PresentationCommands.assume(domain, step(1), List.of(rebuttal), Label.REJECTED));
        session.execute(PresentationCommands.assume(domain, step(1), List.of(reason), Label.ACCEPTED));
        session.save();
        String text = Files.readString(session.getFile());
        assertTrue(text.contains("\"http://disputatio.org/argmap/views/1.2\""), "views format 1.2");
        assertTrue(text.contains("evaluate=\"true\"") && text.contains("assumeAccepted=\"" + reason.getId() + "\"")
                && text.contains("assumeRejected=\"" + rebuttal.getId() + "\""), text);
        MapSession back = MapSession.open(session.getFile());
        Presentation read = back.getPresentations().get(0);
        assertFalse(read.getSteps().get(0).isEvaluate());
        Step whatIf = read.getSteps().get(1);
        assertTrue(whatIf.isEvaluate());
        assertEquals("Culture attracts", ((Statement) whatIf.getAssumeAccepted().get(0)).getLabel());
        assertEquals("Zero-sum", ((Statement) whatIf.getAssumeRejected().get(0)).getLabel());
        assertEquals(Label.ACCEPTED, StepState.evaluation(read, 1, null).label(back.getMap().getStatements().get(0)));
    }

    /** The examples as saved in views 1.1 and in 1.0 load with every step, none showing the evaluation, and save as 1.2. */
    @Test
    void examplesOfViews11And10StillLoad() throws IOException, MapFileException {
        Path resources = Path.of(System.getProperty("disputatio.root", ".")).resolve("tests/org.disputatio.core.tests/resources");
        int checked = 0;
        for (String format : List.of("format-1.1", "format-1.0")) {
            List<Path> files;
            try (Stream<Path> all = Files.list(resources.resolve(format))) {
                files = all.filter(f -> f.toString().endsWith(".argmap")).sorted().toList();
            }
            for (Path file : files) {
                String old = Files.readString(file);
                String namespace = "http://disputatio.org/argmap/views/" + format.substring("format-".length());
                assertTrue(old.contains("\"" + namespace + "\""), file + " is in views " + namespace);
                Path copy = folder.resolve(format + "-" + file.getFileName());
                Files.copy(file, copy);
                MapSession before = MapSession.open(copy);
                MapSession now = MapSession.open(
                        Path.of(System.getProperty("disputatio.root", ".")).resolve("examples").resolve(file.getFileName()));
                assertEquals(now.getDiagrams().size(), before.getDiagrams().size(), file.toString());
                if (format.equals("format-1.1")) {
                    assertEquals(now.getPresentations().size(), before.getPresentations().size(), file.toString());
                    assertEquals(now.getPresentations().get(0).getSteps().size() - (file.endsWith("soft-power-debate.argmap") ? 1 : 0),
                            before.getPresentations().get(0).getSteps().size(), "every step, and the what-if step is new");
                }
                for (Presentation p : before.getPresentations()) {
                    assertFalse(p.getSteps().isEmpty(), file.toString());
                    for (Step s : p.getSteps()) {
                        assertFalse(s.isEvaluate(), file + ": " + s.getTitle());
                        assertTrue(s.getAssumeAccepted().isEmpty() && s.getAssumeRejected().isEmpty());
                    }
                }
                before.save();
                String saved = Files.readString(copy);
                assertTrue(saved.contains("\"" + ViewsPackage.eNS_URI + "\"") && !saved.contains("\"" + namespace + "\""),
                        file + " saved in the current views format");
                checked++;
            }
        }
        assertEquals(8, checked, "two examples saved in 1.1, six in 1.0");
    }
}
