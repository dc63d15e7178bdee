// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disputatio.core.evaluation.Evaluation;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.core.evaluation.Label;
import org.disputatio.model.Element;
import org.disputatio.model.Statement;
import org.disputatio.views.Presentation;
import org.disputatio.views.Step;
import org.junit.jupiter.api.Test;

/** The lectures that ship with the examples: as long as promised, every step titled, and quoting the texts verbatim. */
class ExamplePresentationsTest {

    /** A quotation in the notes: “...” followed by its source and locator in brackets. */
    private static final Pattern QUOTATION = Pattern.compile("\u201C(.+?)\u201D \\(([^)]+)\\)", Pattern.DOTALL);

    private static MapSession open(String name) throws MapFileException {
        return MapSession.open(Path.of(System.getProperty("disputatio.root", ".")).resolve("examples").resolve(name));
    }

    @Test
    void theDebateLecture() throws MapFileException {
        MapSession session = open("soft-power-debate.argmap");
        Presentation lecture = session.getPresentations().stream().filter(p -> "Whom is China\u2019s soft power for?".equals(p.getName()))
                .findFirst().orElseThrow();
        int steps = lecture.getSteps().size();
        assertTrue(steps >= 12 && steps <= 20, steps + " steps");
        assertEquals(45, PresentationCommands.plannedMinutes(lecture), 1e-9, "a 45-minute lecture");
        assertChecked(session, lecture);
        assertTrue(StepState.at(lecture, 0).visible().stream().anyMatch(e -> e instanceof Statement s && s.getLabel().startsWith("Whom is")),
                "it starts from the question");
    }

    /**
     * The what-if step says what the structure gives: with Sun and Wang accepted and Edney's three
     * objections set aside, Sun and Wang alone defeat Nye's thesis and undermine its premise;
     * rejecting Sun and Wang alone does not save the thesis (Edney's problematization defeats it
     * too); rejecting both lines of attack does.
     */
    @Test
    void theDebateLecturesWhatIf() throws MapFileException {
        MapSession session = open("soft-power-debate.argmap");
        Presentation lecture = session.getPresentations().get(0);
        List<Integer> evaluated = new ArrayList<>();
        for (int i = 0; i < lecture.getSteps().size(); i++) {
            if (lecture.getSteps().get(i).isEvaluate()) {
                evaluated.add(i);
            }
        }
        assertEquals(1, evaluated.size(), "one step shows the evaluation");
        int index = evaluated.get(0);
        Step step = lecture.getSteps().get(index);
        assertEquals("If we accept Sun and Wang, Nye\u2019s thesis falls", step.getTitle());
        assertEquals("Edney: cultural security problematizes Nye", lecture.getSteps().get(index - 1).getTitle(), "after Edney's objections");
        Element thesis = element(session, "debate-edney-nye-thesis");
        Element sunWang = element(session, "debate-edney-sunwang-rebuttal");
        Element premise = element(session, "debate-edney-no-military-threat");
        Element problematizes = element(session, "debate-edney-problematizes");
        assertEquals(List.of(sunWang), step.getAssumeAccepted());
        assertEquals(List.of(problematizes, element(session, "debate-edney-mutual-problematic"),
                element(session, "debate-edney-us-values-insecurity")), step.getAssumeRejected());
        assertTrue(StepState.at(lecture, index).visible().containsAll(List.of(thesis, sunWang, premise, problematizes)),
                "the step shows what its what-if is about");

        Evaluation whatIf = StepState.evaluation(lecture, index, null);
        assertEquals(Label.REJECTED, whatIf.label(thesis));
        assertEquals(List.of(sunWang), whatIf.explain(thesis).reasons(), "defeated by Sun and Wang alone");
        assertEquals(Label.REJECTED, whatIf.label(premise), "and its premise undermined");
        assertTrue(whatIf.whatIf().startsWith("What if \u201cNon-zero-sum talk is Western and breeds conflict\u201d is accepted and "),
                whatIf.whatIf());

        // The converse of the notes.
        Evaluation sunWangRejected = Evaluation.of(session.getMap(),
                EvaluationOptions.grounded().assuming(java.util.Map.of(sunWang, Label.REJECTED)));
        assertEquals(Label.REJECTED, sunWangRejected.label(thesis), "rejecting Sun and Wang alone does not save the thesis");
        assertTrue(sunWangRejected.explain(thesis).reasons().contains(problematizes), sunWangRejected.explain(thesis).sentence());
        java.util.Map<Element, Label> both = new java.util.HashMap<>(StepState.assumptions(java.util.Map.of(), step));
        both.put(sunWang, Label.REJECTED);
        assertEquals(Label.ACCEPTED, Evaluation.of(session.getMap(), EvaluationOptions.grounded().assuming(both)).label(thesis),
                "with both lines of attack set aside the thesis stands");
    }

    private static Element element(MapSession session, String id) {
        return (Element) session.getResource().getEObject(id);
    }

    @Test
    void theEdneyLecture() throws MapFileException {
        MapSession session = open("edney-2015.argmap");
        Presentation lecture = session.getPresentations().get(0);
        assertEquals("Nye against Sun and Wang", lecture.getDiagram().getName());
        assertTrue(lecture.getSteps().size() >= 4 && lecture.getSteps().size() < 12);
        assertChecked(session, lecture);
    }

    private static void assertChecked(MapSession session, Presentation lecture) {
        List<String> quotes = session.getMap().getStatements().stream().map(Statement::getQuote).filter(q -> q != null).toList();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < lecture.getSteps().size(); i++) {
            Step step = lecture.getSteps().get(i);
            assertFalse(step.getTitle() == null || step.getTitle().isBlank(), "step " + (i + 1) + " has no title");
            assertTrue(step.getMinutes() > 0, "step " + (i + 1) + " has no planned time");
            assertFalse(StepState.at(lecture, i).visible().isEmpty(), "step " + (i + 1) + " shows nothing");
            Matcher m = QUOTATION.matcher(step.getSpeakerNotes());
            int found = 0;
            while (m.find()) {
                found++;
                String quoted = m.group(1);
                if (quotes.stream().noneMatch(q -> q.strip().contains(quoted))) {
                    wrong.add((i + 1) + ": " + quoted);
                }
            }
            assertTrue(found > 0, "step " + (i + 1) + " quotes no text");
        }
        assertEquals(List.of(), wrong, "notes quoting what no statement of the map quotes");
    }
}
