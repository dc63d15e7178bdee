// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.core.PresentationCommands;
import org.disputatio.core.PresentationCommands.Gesture;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.core.evaluation.Label;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slides that draw the evaluation: the step that asks for it, or every step with {@code --evaluate}. */
class EvaluatedSlidesTest {

    private static final String WHAT_IF = "What if \u201cZerosum rivalry\u201d is rejected? (grounded semantics)";
    private static final String AS_IT_STANDS = "The map as it stands (grounded semantics)";

    private final MapRenderer renderer = new MapRenderer();
    private Presentation presentation;
    private Statement thesis;
    private Statement rebuttal;

    /** A thesis with a reason and a rebuttal; the second of three steps asks what if the rebuttal were rejected. */
    @BeforeEach
    void lecture() {
        MapSession session = MapSession.create(Path.of("lecture.argmap"), "Lecture");
        ArgumentMap map = session.getMap();
        thesis = MapElements.statement(StatementKind.CLAIM, "Attraction reinforces");
        Statement reason = MapElements.statement(StatementKind.CLAIM, "Persuasion legitimates");
        rebuttal = MapElements.statement(StatementKind.REBUTTAL, "Zerosum rivalry");
        map.getStatements().addAll(List.of(thesis, reason, rebuttal));
        map.getInferences().add(MapElements.inference(List.of(reason), thesis));
        map.getConflicts().add(MapElements.conflict(List.of(rebuttal), thesis));
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        DiagramLayouter.applyDirectly(new DiagramLayouter(renderer.measurer(), renderer.format()).compute(diagram, null));
        session.getResource().getContents().add(diagram);
        var domain = session.getEditingDomain();
        session.execute(PresentationCommands.newPresentation(domain, diagram, "Whom for?"));
        presentation = session.getPresentations().get(0);
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "The exchange", Gesture.REVEAL, List.of(thesis, reason, rebuttal)));
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "What if", Gesture.HIGHLIGHT, List.of(thesis)));
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "Back", Gesture.HIGHLIGHT, List.of(rebuttal)));
        assertTrue(session.execute(PresentationCommands.assume(domain, presentation.getSteps().get(1), List.of(rebuttal), Label.REJECTED)));
    }

    @Test
    void onlyTheStepThatAsksDrawsTheLabels() throws IOException {
        SlideDeck deck = new SlideDeck(renderer, presentation);
        assertNull(deck.step(0).evaluation());
        assertEquals(Label.ACCEPTED, deck.step(1).evaluation().label(thesis), "the step's what-if");
        assertNull(deck.step(2).evaluation());
        List<String> pages = pages(deck);
        assertFalse(pages.get(0).contains("What if") || pages.get(0).contains("as it stands"), pages.get(0));
        assertTrue(pages.get(1).contains(WHAT_IF), pages.get(1));
        assertTrue(pages.get(1).contains("accepted") && pages.get(1).contains("rejected") && pages.get(1).contains("undecided"),
                "the key to the marks: " + pages.get(1));
        assertFalse(pages.get(2).contains("What if"), pages.get(2));
        List<String> sections = sections(deck.html());
        assertFalse(sections.get(0).contains("class=\"evaluation"), "no marks on a step without the evaluation");
        assertTrue(sections.get(1).contains("<p class=\"evaluation\">" + SvgSurface.escape(WHAT_IF) + "</p>"), sections.get(1));
        assertEquals(3, count(sections.get(1), "<g class=\"evaluation accepted\">"), "the thesis, its reason and the inference");
        assertEquals(1, count(sections.get(1), "<g class=\"evaluation rejected\">"), "the rebuttal, as assumed");
        assertFalse(sections.get(2).contains("class=\"evaluation"));
    }

    @Test
    void everyStepWithTheOptionsForAll() throws IOException {
        SlideDeck deck = new SlideDeck(renderer, presentation, EvaluationOptions.grounded().assuming(Map.of()));
        assertEquals(Label.REJECTED, deck.step(0).evaluation().label(thesis), "the rebuttal defeats the thesis");
        assertEquals(Label.ACCEPTED, deck.step(1).evaluation().label(thesis), "the step's own what-if still counts");
        List<String> pages = pages(deck);
        assertTrue(pages.get(0).contains(AS_IT_STANDS), pages.get(0));
        assertTrue(pages.get(1).contains(WHAT_IF), pages.get(1));
        assertTrue(pages.get(2).contains(AS_IT_STANDS), pages.get(2));
        List<String> sections = sections(deck.html());
        assertEquals(1, count(sections.get(0), "<g class=\"evaluation rejected\">"), "the thesis");
        assertEquals(3, count(sections.get(0), "<g class=\"evaluation accepted\">"), "the reason, the inference, the rebuttal");
    }

    private static List<String> pages(SlideDeck deck) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        deck.writePdf(false, false, out);
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    private static List<String> sections(String html) {
        List<String> sections = new ArrayList<>(List.of(html.split("<section class=\"step\"")));
        sections.remove(0);
        return sections;
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
