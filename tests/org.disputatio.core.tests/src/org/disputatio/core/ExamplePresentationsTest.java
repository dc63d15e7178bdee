package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
