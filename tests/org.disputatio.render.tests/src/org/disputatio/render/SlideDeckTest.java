// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.core.PresentationCommands;
import org.disputatio.core.PresentationCommands.Gesture;
import org.disputatio.core.StepGroups;
import org.disputatio.core.StepState;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PDF slides, their pdfpc notes and the diagram as one PDF page. */
class SlideDeckTest {

    private final MapRenderer renderer = new MapRenderer();
    private MapSession session;
    private Presentation presentation;
    private List<Statement> statements;

    /** Four statements with labels that share no word, shown two, three, then without the first. */
    @BeforeEach
    void lecture() {
        session = MapSession.create(Path.of("lecture.argmap"), "Lecture");
        ArgumentMap map = session.getMap();
        statements = new ArrayList<>();
        for (String label : List.of("Attraction reinforces", "Persuasion legitimates", "Zerosum rivalry", "Regime security")) {
            Statement s = MapElements.statement(StatementKind.CLAIM, label);
            map.getStatements().add(s);
            statements.add(s);
        }
        map.getInferences().add(MapElements.inference(List.of(statements.get(1)), statements.get(0)));
        map.getConflicts().add(MapElements.conflict(List.of(statements.get(2)), statements.get(0)));
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        DiagramLayouter.applyDirectly(new DiagramLayouter(renderer.measurer(), renderer.format()).compute(diagram, null));
        session.getResource().getContents().add(diagram);
        var domain = session.getEditingDomain();
        session.execute(PresentationCommands.newPresentation(domain, diagram, "Whom for?"));
        presentation = session.getPresentations().get(0);
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "Nye", Gesture.REVEAL, statements.subList(0, 2)));
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "Rebuttal", Gesture.HIGHLIGHT, List.of(statements.get(2))));
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "Edney", Gesture.REVEAL, List.of(statements.get(3))));
        session.execute(PresentationCommands.extendStep(domain, presentation.getSteps().get(2), Gesture.HIDE, List.of(statements.get(0))));
        session.execute(PresentationCommands.setNotes(domain, presentation.getSteps().get(1), "Sun and Wang, p. 108: \"zero-sum\""));
        session.execute(PresentationCommands.setMinutes(domain, presentation.getSteps().get(1), 5));
    }

    private byte[] pdf(boolean notes, boolean handout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SlideDeck(renderer, presentation).writePdf(notes, handout, out);
        return out.toByteArray();
    }

    @Test
    void aPageForEachStepHoldingWhatItShows() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(false, false))) {
            assertEquals(3, document.getNumberOfPages());
            for (int page = 0; page < 3; page++) {
                StepState state = StepState.at(presentation, page);
                String text = text(document, page);
                for (Statement s : statements) {
                    assertEquals(state.visible().contains(s), text.contains(s.getLabel()),
                            "page " + (page + 1) + " and '" + s.getLabel() + "':\n" + text);
                }
            }
            assertTrue(text(document, 1).contains("2. Rebuttal") && text(document, 1).contains("2 / 3"), "title and counter");
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertEquals(List.of("1. Nye", "2. Rebuttal", "3. Edney"), outline);
            assertEquals("3", document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()[2]);
            for (PDPage page : document.getPages()) {
                assertVectorWithEmbeddedFonts(page);
            }
        }
    }

    @Test
    void notesPagesAndHandout() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(true, false))) {
            assertEquals(6, document.getNumberOfPages());
            assertTrue(text(document, 3).contains("Sun and Wang, p. 108: \"zero-sum\""), text(document, 3));
            assertEquals("Notes 2", document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()[3]);
        }
        try (PDDocument document = Loader.loadPDF(pdf(false, true))) {
            assertEquals(1, document.getNumberOfPages(), "three step groups to a handout page");
            String text = text(document, 0);
            assertTrue(text.contains("1. Nye") && text.contains("3. Edney") && text.contains("p. 108"), text);
            assertVectorWithEmbeddedFonts(document.getPage(0));
        }
    }

    @Test
    void aHandoutShowsEachStepGroupOnceInItsFinalState() throws IOException {
        var domain = session.getEditingDomain();
        // Two steps that stress what the third showed: they join its group.
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "Security", Gesture.HIGHLIGHT, List.of(statements.get(3))));
        session.execute(PresentationCommands.setNotes(domain, presentation.getSteps().get(3), "Edney, p. 14: regime security"));
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "Rivalry", Gesture.HIGHLIGHT, List.of(statements.get(2))));
        SlideDeck deck = new SlideDeck(renderer, presentation);
        assertEquals(List.of(new StepGroups.Group(0, 0), new StepGroups.Group(1, 1), new StepGroups.Group(2, 4)), deck.groups());
        try (PDDocument document = Loader.loadPDF(pdf(false, true))) {
            assertEquals(1, document.getNumberOfPages(), "three groups, one page");
            String text = text(document, 0);
            assertTrue(text.contains("3\u20135. Edney"), "the group under its first title, numbered with its range: " + text);
            assertTrue(text.contains("4. Security") && text.contains("Edney, p. 14: regime security") && text.contains("5. Rivalry"),
                    "the notes of every step of the group: " + text);
            assertFalse(text.contains("3. Edney"), "the group is shown once");
            List<String> outline = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> outline.add(item.getTitle()));
            assertEquals(List.of("1. Nye", "2. Rebuttal", "3\u20135. Edney"), outline);
        }
        // Five groups: two pages.
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "Back", Gesture.REVEAL, List.of(statements.get(0))));
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "Again", Gesture.HIDE, List.of(statements.get(3))));
        try (PDDocument document = Loader.loadPDF(pdf(false, true))) {
            assertEquals(2, document.getNumberOfPages());
        }
    }

    @Test
    void pdfpcHoldsTheNotes() {
        String pdfpc = new SlideDeck(renderer, presentation).pdfpc(false);
        assertTrue(pdfpc.contains("\"pdfpcFormat\": 2"));
        assertTrue(pdfpc.contains("\"duration\": 5"));
        assertTrue(pdfpc.contains("{\"idx\": 1, \"label\": \"2\", \"overlay\": 0, \"note\": \"2. Rebuttal\\n\\nSun and Wang, p. 108: \\\"zero-sum\\\"\"}"),
                pdfpc);
        assertTrue(new SlideDeck(renderer, presentation).pdfpc(true).contains("{\"idx\": 3, \"label\": \"Notes 2\", \"overlay\": 0, \"hidden\": true}"));
    }

    @Test
    void aDiagramAsOnePageSizedToFit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Diagram diagram = presentation.getDiagram();
        renderer.writePdf(diagram, true, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, document.getNumberOfPages());
            Scene scene = renderer.scene(diagram);
            assertTrue(document.getPage(0).getMediaBox().getWidth() >= scene.width(), "the page holds the diagram");
            String text = text(document, 0);
            for (Statement s : statements) {
                assertTrue(text.contains(s.getLabel()), s.getLabel() + " in\n" + text);
            }
            assertTrue(text.contains("undercuts an inference"), "the legend");
            assertVectorWithEmbeddedFonts(document.getPage(0));
        }
    }

    @Test
    void highlightsFadeTheRest() {
        StepScene rebuttal = new SlideDeck(renderer, presentation).step(1);
        assertEquals(1, rebuttal.highlighted().size());
        Scene.Node stressed = rebuttal.highlighted().iterator().next();
        assertEquals(statements.get(2), stressed.shape().getElement());
        Scene.Node other = rebuttal.scene().nodes().stream().filter(n -> n.shape().getElement() == statements.get(0)).findFirst().orElseThrow();
        assertFalse(other.style().equals(renderer.style().statement(StatementKind.CLAIM)), "faded");
        assertEquals(renderer.style().statement(StatementKind.CLAIM), stressed.style());
        assertTrue(rebuttal.added().contains(stressed), "shown for the first time");
    }

    @Test
    void aTransitionFadesInWhatTheStepAddsAndDimsTheRestGradually() {
        SlideDeck deck = new SlideDeck(renderer, presentation);
        int background = renderer.style().background();
        StepScene nye = deck.step(0), rebuttal = deck.step(1), edney = deck.step(2);
        Scene.Node attacker = node(rebuttal.scene(), statements.get(2));
        Scene.Node thesisAfter = node(rebuttal.scene(), statements.get(0)), thesisBefore = node(nye.scene(), statements.get(0));

        StepScene start = StepTransition.between(nye, rebuttal, 0, background);
        assertEquals(background, node(start.scene(), statements.get(2)).style().fill(), "the new statement starts as the background");
        assertEquals(thesisBefore.style(), node(start.scene(), statements.get(0)).style());

        StepScene half = StepTransition.between(nye, rebuttal, 0.5, background);
        int fill = node(half.scene(), statements.get(2)).style().fill();
        assertTrue(fill != background && fill != attacker.style().fill(), "half faded in");
        int text = node(half.scene(), statements.get(0)).style().text();
        assertTrue(text != thesisBefore.style().text() && text != thesisAfter.style().text(), "half dimmed");
        assertEquals(Set.of(statements.get(2)), elements(half.highlighted()));

        StepScene end = StepTransition.between(nye, rebuttal, 1, background);
        for (Scene.Node node : rebuttal.scene().nodes()) {
            assertEquals(node.style(), node(end.scene(), node.shape().getElement()).style(), "at the end, the step as it is");
        }
        StepScene leaving = StepTransition.between(rebuttal, edney, 1, background);
        assertEquals(background, node(leaving.scene(), statements.get(0)).style().text(), "what the step hides has faded out");
        assertEquals(background, node(StepTransition.between(rebuttal, edney, 0, background).scene(), statements.get(3)).style().text());
    }

    private static Scene.Node node(Scene scene, Object element) {
        return scene.nodes().stream().filter(n -> n.shape().getElement() == element).findFirst().orElseThrow();
    }

    private static Set<Object> elements(Set<Scene.Node> nodes) {
        Set<Object> all = new java.util.HashSet<>();
        nodes.forEach(n -> all.add(n.shape().getElement()));
        return all;
    }

    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    static void assertVectorWithEmbeddedFonts(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            assertFalse(resources.isImageXObject(name), "a raster image on the page: " + name);
        }
        int fonts = 0;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            assertTrue(font.getName().contains("+DejaVuSans"), "a subset of the bundled font: " + font.getName());
            fonts++;
        }
        assertTrue(fonts > 0, "text is drawn as text");
    }
}
