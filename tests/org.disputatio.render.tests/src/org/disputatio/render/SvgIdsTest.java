// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.model.Statement;
import org.disputatio.testing.SyntheticDebates;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The same map renders to the same bytes, and every id in a document is its own. */
class SvgIdsTest {

    private final MapRenderer renderer = new MapRenderer();

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("disputatio.root", ".")).resolve("examples"))) {
            List<Path> maps = files.filter(f -> f.toString().endsWith(".argmap")).sorted().toList();
            assertFalse(maps.isEmpty(), "the examples are found");
            return maps;
        }
    }

    private record Rendered(Diagram diagram, String svg) {
    }

    /** Each example's own diagram, and a whole-map diagram made for the render as the command line makes one. */
    private List<Rendered> rendered(Path file) throws IOException {
        MapSession session = MapSession.open(file);
        DiagramPipeline pipeline = new DiagramPipeline(MapSettings.DEFAULT, renderer.measurer());
        Diagram own = pipeline.show(session, null, false);
        Diagram made = pipeline.wholeMap(session.getMap());
        pipeline.prepare(made, session.getMap(), true);
        return List.of(new Rendered(own, renderer.svg(own, 1, true)), new Rendered(made, renderer.svg(made, 1, true)));
    }

    @Test
    void theExamplesRenderedTwiceGiveTheSameBytes() throws IOException {
        for (Path file : examples()) {
            List<Rendered> first = rendered(file);
            List<Rendered> second = rendered(file);
            assertEquals(first.get(0).svg(), second.get(0).svg(), file + ": its own diagram");
            assertEquals(first.get(1).svg(), second.get(1).svg(), file + ": a diagram made for the render (new shapes each time)");
        }
    }

    @Test
    void everySvgParsesAndNamesEachShapeOnceAfterWhatItShows() throws Exception {
        for (Path file : examples()) {
            for (Rendered rendered : rendered(file)) {
                Set<String> ids = new HashSet<>();
                for (String id : groupIds(parse(rendered.svg()))) {
                    assertTrue(id.isEmpty() || ids.add(id), file + ": id " + id + " given twice");
                }
                for (Shape shape : rendered.diagram().getShapes()) {
                    if (shape.getElement() instanceof Statement statement) {
                        assertTrue(ids.contains(statement.getId()), file + ": the box of " + statement.getId() + " is named after it");
                    }
                }
            }
        }
    }

    private static List<String> groupIds(Document document) {
        NodeList groups = document.getElementsByTagName("g");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            ids.add(((Element) groups.item(i)).getAttribute("id"));
        }
        return ids;
    }

    @Test
    void aStatementShownTwiceInABigMapGetsTwoIds() throws Exception {
        // Big enough that the boxes are drawn on two cores: the copy falls in the other half.
        Diagram diagram = DiagramContents.wholeMap(SyntheticDebates.generate(1200, 3), "all");
        DiagramLayouter.applyDirectly(new DiagramLayouter(renderer.measurer(), renderer.format()).compute(diagram, null));
        assertTrue(diagram.getShapes().size() >= 2 * MapRenderer.TWO_CORES, diagram.getShapes().size() + " shapes");
        Shape first = diagram.getShapes().stream().filter(s -> s.getElement() instanceof Statement).findFirst().orElseThrow();
        diagram.getShapes().add(MapElements.shape(first.getElement(), first.getX() + 400, first.getY(), first.getWidth(), first.getHeight()));
        List<String> ids = groupIds(parse(renderer.svg(diagram, 1, false)));
        String id = first.getElement().getId();
        assertTrue(ids.contains(id) && ids.contains(id + "-2"), "both boxes named");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no id twice");
    }

    @Test
    void aStatementShownTwiceGetsTwoIds() throws Exception {
        MapSession session = MapSession.open(examples().get(0));
        DiagramPipeline pipeline = new DiagramPipeline(MapSettings.DEFAULT, renderer.measurer());
        Diagram diagram = pipeline.show(session, null, false);
        Shape first = diagram.getShapes().stream().filter(s -> s.getElement() instanceof Statement).findFirst().orElseThrow();
        diagram.getShapes().add(MapElements.shape(first.getElement(), first.getX() + 400, first.getY(), first.getWidth(), first.getHeight()));
        List<String> ids = groupIds(parse(renderer.svg(diagram, 1, false)));
        String id = first.getElement().getId();
        assertTrue(ids.contains(id) && ids.contains(id + "-2"), "both boxes named: " + ids);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no id twice: " + ids);
    }

    @Test
    void theHtmlSlidesGiveEachIdOnceAcrossTheirSteps() throws IOException {
        Path file = Path.of(System.getProperty("disputatio.root", ".")).resolve("examples").resolve("soft-power-debate.argmap");
        MapSession session = MapSession.open(file);
        String html = new SlideDeck(renderer, session.getPresentations().get(0)).html();
        assertEquals(html, new SlideDeck(renderer, MapSession.open(file).getPresentations().get(0)).html(), "the same bytes twice");
        Matcher ids = Pattern.compile(" id=\"([^\"]*)\"").matcher(html);
        Set<String> seen = new HashSet<>();
        int count = 0;
        while (ids.find()) {
            count++;
            assertTrue(seen.add(ids.group(1)), "id " + ids.group(1) + " given twice in one HTML document");
        }
        assertTrue(count > 100, "the steps' shapes have ids: " + count);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
