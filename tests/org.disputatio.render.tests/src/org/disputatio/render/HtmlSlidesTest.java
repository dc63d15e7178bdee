// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.core.PresentationCommands;
import org.disputatio.core.PresentationCommands.Gesture;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML slides, in a real browser: self-contained, and the keys step through what each step shows. */
class HtmlSlidesTest {

    @TempDir
    Path folder;

    private final MapRenderer renderer = new MapRenderer();

    private Presentation lecture() {
        MapSession session = MapSession.create(folder.resolve("lecture.argmap"), "Lecture");
        ArgumentMap map = session.getMap();
        Statement nye = MapElements.statement(StatementKind.CLAIM, "Mutually reinforcing");
        Statement sun = MapElements.statement(StatementKind.REBUTTAL, "A zero-sum game");
        Statement edney = MapElements.statement(StatementKind.CLAIM, "Regime security <first>");
        map.getStatements().addAll(List.of(nye, sun, edney));
        map.getConflicts().add(MapElements.conflict(List.of(sun), nye));
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        DiagramLayouter.applyDirectly(new DiagramLayouter(renderer.measurer(), renderer.format()).compute(diagram, null));
        session.getResource().getContents().add(diagram);
        var domain = session.getEditingDomain();
        session.execute(PresentationCommands.newPresentation(domain, diagram, "Whom for?"));
        Presentation p = session.getPresentations().get(0);
        session.execute(PresentationCommands.addStep(domain, p, -1, "Nye", Gesture.REVEAL, List.of(nye)));
        session.execute(PresentationCommands.addStep(domain, p, -1, "Sun and Wang", Gesture.REVEAL, List.of(sun)));
        session.execute(PresentationCommands.addStep(domain, p, -1, "Edney", Gesture.REVEAL, List.of(edney)));
        session.execute(PresentationCommands.extendStep(domain, p.getSteps().get(2), Gesture.HIDE, List.of(sun)));
        session.execute(PresentationCommands.setNotes(domain, p.getSteps().get(1), "Sun and Wang 2014, p. 108"));
        return p;
    }

    @Test
    void selfContained() {
        String html = new SlideDeck(renderer, lecture()).html();
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").matches("(?s).*https?://.*"), "nothing to fetch");
        assertTrue(html.contains("Regime security &lt;first&gt;"), "text escaped");
        assertEquals(3, html.split("<section class=\"step\"", -1).length - 1);
    }

    @Test
    void arrowKeysMoveThroughTheStepsInChromium() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(HeadlessChromium.EXECUTABLE),
                "Chromium is not installed (apt-get install chromium); the HTML slides were not tried in a browser");
        Presentation p = lecture();
        SlideDeck deck = new SlideDeck(renderer, p);
        Path file = folder.resolve("slides.html");
        Files.writeString(file, deck.html(), StandardCharsets.UTF_8);
        try (HeadlessChromium chromium = new HeadlessChromium(file.toUri())) {
            waitFor(chromium, "document.readyState", "complete");
            String shown = "Array.from(document.querySelectorAll('section.current g[id]')).map(g => g.id).sort().join(',')";
            assertEquals("step-1", chromium.evaluate("document.querySelector('section.current').id"));
            assertEquals(ids(deck, 0), chromium.evaluate(shown));
            chromium.press("ArrowRight", "ArrowRight", 39);
            assertEquals("step-2", chromium.evaluate("document.querySelector('section.current').id"));
            assertEquals(ids(deck, 1), chromium.evaluate(shown));
            assertEquals("Sun and Wang 2014, p. 108", chromium.evaluate("document.querySelector('section.current aside.notes').textContent"));
            chromium.press("ArrowRight", "ArrowRight", 39);
            assertEquals(ids(deck, 2), chromium.evaluate(shown));
            assertEquals("3 / 3", chromium.evaluate("document.getElementById('counter').textContent"));
            chromium.press("ArrowRight", "ArrowRight", 39);
            assertEquals("step-3", chromium.evaluate("document.querySelector('section.current').id"), "stays on the last step");
            chromium.press("ArrowLeft", "ArrowLeft", 37);
            assertEquals(ids(deck, 1), chromium.evaluate(shown));
            chromium.press("Home", "Home", 36);
            assertEquals("step-1", chromium.evaluate("document.querySelector('section.current').id"));
            chromium.press("3", "Digit3", 51);
            chromium.press("Enter", "Enter", 13);
            assertEquals("step-3", chromium.evaluate("document.querySelector('section.current').id"), "a number and Enter jump");
            chromium.press("b", "KeyB", 66);
            assertEquals("black", chromium.evaluate("document.getElementById('cover').className"));
            chromium.press("Escape", "Escape", 27);
            assertEquals("", chromium.evaluate("document.getElementById('cover').className"));
            assertEquals("1", chromium.evaluate("String(document.querySelectorAll('section.current').length)"));
        }
    }

    /** The shapes a step draws, as the SVG names them: the step, then the element each shows. */
    private static String ids(SlideDeck deck, int step) {
        return deck.step(step).scene().nodes().stream().map(n -> "step-" + (step + 1) + "-" + n.shape().getElement().getId())
                .collect(Collectors.toCollection(TreeSet::new))
                .stream().collect(Collectors.joining(","));
    }

    private static void waitFor(HeadlessChromium chromium, String expression, String value) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (value.equals(chromium.evaluate(expression))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(expression + " never became " + value);
    }
}
