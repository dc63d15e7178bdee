// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.disputatio.testing.SyntheticDebates;
import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.layout.ArgumentGroups;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class MapRendererTest {

    private final MapRenderer renderer = new MapRenderer();

    private Diagram laidOut(ArgumentMap map) {
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        DiagramLayouter.applyDirectly(new DiagramLayouter(renderer.measurer(), renderer.format()).compute(diagram, null));
        return diagram;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void svgIsWellFormedAndHoldsEveryLabel() throws Exception {
        ArgumentMap map = SyntheticDebates.generate(60, 7);
        Diagram diagram = laidOut(map);
        Document svg = parse(renderer.svg(diagram, 1, true));
        NodeList texts = svg.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append(' ');
        }
        String words = all.toString().replaceAll("\\s+", " ");
        for (Statement statement : map.getStatements()) {
            assertTrue(words.contains(statement.getLabel()) || allWordsPresent(words, statement.getLabel()),
                    "label missing from the SVG: " + statement.getLabel());
        }
        assertTrue(words.contains("supports") && words.contains("undercuts an inference"), "legend");
        assertEquals(map.getStatements().size() + countJunctions(diagram), svg.getElementsByTagName("g").getLength(),
                "one group per shape");
    }

    private static boolean allWordsPresent(String haystack, String label) {
        // A wrapped label is split over several text lines.
        return List.of(label.split(" ")).stream().allMatch(haystack::contains);
    }

    private static int countJunctions(Diagram diagram) {
        return (int) diagram.getShapes().stream().filter(s -> !(s.getElement() instanceof Statement)).count();
    }

    @Test
    void markupInAStatementStaysText() throws Exception {
        ArgumentMap map = MapElements.map("escaping");
        Statement evil = MapElements.statement(StatementKind.CLAIM, "<script>alert('x')</script> & \"quoted\"");
        evil.setText("<b>bold</b>");
        map.getStatements().add(evil);
        String svg = renderer.svg(laidOut(map), 1, false);
        assertFalse(svg.contains("<script"), svg);
        assertFalse(svg.contains("<b>"), svg);
        Document document = parse(svg);
        assertEquals(0, document.getElementsByTagName("script").getLength());
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("<script>alert('x')</script>"), "the label reads as written: " + text);
    }

    @Test
    void aShapesOwnColoursArePainted() throws Exception {
        ArgumentMap map = SyntheticDebates.generate(5, 1);
        Diagram diagram = laidOut(map);
        org.disputatio.views.Style own = org.disputatio.views.ViewsFactory.eINSTANCE.createStyle();
        own.setFillColor("#ffd700");
        diagram.getShapes().get(0).setStyle(own);
        BufferedImage image = renderer.image(diagram, 1, false);
        boolean found = false;
        for (int y = 0; y < image.getHeight() && !found; y++) {
            for (int x = 0; x < image.getWidth() && !found; x++) {
                found = (image.getRGB(x, y) & 0xFFFFFF) == 0xFFD700;
            }
        }
        assertTrue(found, "the overriding fill colour is not in the image");
        assertTrue(renderer.svg(diagram, 1, false).contains("#ffd700"));
    }

    @Test
    void argumentsAreFramedBehindTheirStatementsOrCollapsedIntoOneBox() throws Exception {
        Path file = Path.of(System.getProperty("disputatio.root", ".")).resolve("examples").resolve("edney-2015.argmap");
        Diagram diagram = laidOut(MapSession.open(file).getMap());
        Scene scene = renderer.scene(diagram);
        List<Scene.Node> frames = scene.nodes().stream().filter(n -> n.style().outline() == VisualStyle.Outline.FRAME).toList();
        assertFalse(frames.isEmpty());
        assertEquals(frames, scene.nodes().subList(0, frames.size()), "frames come first, to be drawn behind");
        String svg = renderer.svg(diagram, 1, false);
        for (Scene.Node frame : frames) {
            assertTrue(svg.contains(SvgSurface.escape(frame.label().get(0))), "no title " + frame.label());
        }

        ArgumentGroups groups = ArgumentGroups.of(diagram);
        Shape collapsed = frames.get(0).shape();
        collapsed.setCollapsed(true);
        Scene folded = renderer.scene(diagram);
        Scene.Node box = folded.nodes().stream().filter(n -> n.shape() == collapsed).findFirst().orElseThrow();
        assertEquals(VisualStyle.Outline.STACK, box.style().outline());
        for (Shape member : groups.members(collapsed)) {
            assertTrue(folded.nodes().stream().noneMatch(n -> n.shape() == member), "a hidden shape is drawn");
        }
        assertTrue(folded.lines().stream().noneMatch(l -> groups.members(collapsed).contains(l.edge().getSource())
                && groups.members(collapsed).contains(l.edge().getTarget())), "a line inside the collapsed argument is drawn");
    }

    @Test
    void splineRoutesAreDrawnAsCurves() throws Exception {
        ArgumentMap map = SyntheticDebates.generate(30, 3);
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        String orthogonal = renderer.svg(laidOut(map), 1, false);
        diagram.setLineRouting(org.disputatio.views.LineRouting.SPLINES);
        DiagramLayouter.applyDirectly(new DiagramLayouter(renderer.measurer(), renderer.format()).compute(diagram, null));
        String splines = renderer.svg(diagram, 1, false);
        assertFalse(orthogonal.contains("<path d=\"M"), "orthogonal lines drawn as curves");
        assertTrue(splines.matches("(?s).*<path d=\"M[^\"]* C[^\"]*\".*"), "no cubic curve in the SVG");
        parse(splines);
    }

    @Test
    void aShapesFontScaleEnlargesItsBoxAndText() throws Exception {
        ArgumentMap map = SyntheticDebates.generate(5, 1);
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        Shape thesis = diagram.getShapes().get(0);
        DiagramLayouter layouter = new DiagramLayouter(renderer.measurer(), renderer.format());
        var plain = layouter.size(thesis);
        org.disputatio.views.Style own = org.disputatio.views.ViewsFactory.eINSTANCE.createStyle();
        own.setFontScale(2.0);
        thesis.setStyle(own);
        var enlarged = layouter.size(thesis);
        assertEquals(2 * plain.width(), enlarged.width(), plain.width() * 0.1);
        assertEquals(2 * plain.height(), enlarged.height(), plain.height() * 0.1);
        DiagramLayouter.applyDirectly(layouter.compute(diagram, null));
        Scene.Node node = renderer.scene(diagram).nodes().stream().filter(n -> n.shape() == thesis).findFirst().orElseThrow();
        assertEquals(2 * renderer.format().label().size(), node.format().label().size(), 1e-9);
        assertEquals(enlarged.width(), node.width(), 1e-9);
        String fontSize = "font-size=\"" + Math.round(2 * renderer.format().label().size()) + "\"";
        assertTrue(renderer.svg(diagram, 1, false).contains(fontSize), "no text at twice the label size: " + fontSize);
    }

    @Test
    void pngHasTheExpectedSizeAndIsNotBlank() throws Exception {
        ArgumentMap map = SyntheticDebates.generate(30, 3);
        Diagram diagram = laidOut(map);
        Scene scene = renderer.scene(diagram);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.writePng(diagram, 2, false, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals((int) Math.ceil((scene.width() + 2 * MapRenderer.MARGIN) * 2), image.getWidth());
        assertEquals((int) Math.ceil((scene.height() + 2 * MapRenderer.MARGIN) * 2), image.getHeight());
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        assertTrue(colours.size() > 20, "only " + colours.size() + " colours");
        assertTrue(inked > image.getWidth() * image.getHeight() / 4 / 20, "less than 5% of the image is drawn on");
        // The three statement fills are there: claims, evidence, rebuttals.
        for (StatementKind kind : StatementKind.VALUES) {
            assertTrue(colours.contains(VisualStyle.DEFAULT.statement(kind).fill()), "no " + kind + " drawn");
        }
    }

    @Test
    void aPngTooBigToDrawNamesTheScaleThatFits() {
        ArgumentMap map = MapElements.map("Far apart");
        Statement near = MapElements.statement(StatementKind.CLAIM, "Near");
        Statement far = MapElements.statement(StatementKind.CLAIM, "Far");
        map.getStatements().addAll(List.of(near, far));
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        diagram.getShapes().get(0).setX(0);
        diagram.getShapes().get(1).setX(40_000);
        diagram.getShapes().get(1).setY(40_000);
        diagram.getShapes().forEach(shape -> {
            shape.setWidth(200);
            shape.setHeight(60);
        });
        String message = null;
        try {
            renderer.writePng(diagram, 1, false, new ByteArrayOutputStream());
        } catch (IllegalArgumentException | java.io.IOException e) {
            message = e.getMessage();
        }
        assertTrue(message != null && message.contains("use --scale 0.4 or less"), String.valueOf(message));
        BufferedImage fits = renderer.image(diagram, 0.4, false);
        assertTrue((long) fits.getWidth() * fits.getHeight() <= MapRenderer.MAX_PIXELS);
    }
}
