// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapSession;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.junit.jupiter.api.Test;

/** A diagram chosen in step with the map is the one {@code choose} gives, brought in step. */
class DiagramPipelineTest {

    private final DiagramPipeline pipeline = new DiagramPipeline(MapSettings.DEFAULT, new MapRenderer().measurer());

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("disputatio.root", ".")).resolve("examples"))) {
            List<Path> maps = files.filter(f -> f.toString().endsWith(".argmap")).sorted().toList();
            assertFalse(maps.isEmpty(), "the examples are found");
            return maps;
        }
    }

    /** What a diagram draws: each shape's element and each line's element and ends, in order. */
    private static List<String> drawn(Diagram diagram) {
        Stream<String> shapes = diagram.getShapes().stream().map(s -> "shape " + id(s.getElement()));
        Stream<String> lines = diagram.getEdges().stream()
                .map(e -> "line " + id(e.getElement()) + " " + id(e.getSource().getElement()) + " " + id(e.getTarget().getElement()));
        return Stream.concat(shapes, lines).toList();
    }

    private static String id(Object element) {
        return element instanceof org.disputatio.model.Element e ? e.getId() : String.valueOf(element);
    }

    @Test
    void aWholeMapMadeNowIsTheWholeMapBroughtInStep() throws IOException {
        for (Path file : examples()) {
            MapSession session = MapSession.open(file);
            session.getResource().getContents().removeAll(session.getDiagrams());
            Diagram inStep = pipeline.chooseInStep(session, null, false);
            Diagram chosen = pipeline.choose(session, null, false);
            DiagramContents.updateDirectly(chosen, session.getMap(), false);
            assertEquals(drawn(chosen), drawn(inStep), file.getFileName().toString());
            assertTrue(inStep.getShapes().size() >= session.getMap().getStatements().size(), file.getFileName().toString());
        }
    }

    @Test
    void aDiagramOfTheFileIsBroughtInStep() throws IOException {
        int restored = 0;
        for (Path file : examples()) {
            MapSession session = MapSession.open(file);
            if (session.getDiagrams().isEmpty() || session.getDiagrams().get(0).getEdges().isEmpty()) {
                continue;
            }
            Diagram first = session.getDiagrams().get(0);
            List<String> before = drawn(first);
            // A line the map still has, taken out of the diagram: bringing it in step draws it again.
            Edge line = first.getEdges().get(0);
            first.getEdges().remove(line);
            Diagram inStep = pipeline.chooseInStep(session, first.getName(), false);
            assertEquals(first, inStep);
            List<String> after = drawn(inStep);
            assertEquals(before.size(), after.size(), file.getFileName().toString());
            assertTrue(after.containsAll(before), file.getFileName() + ": the line taken out is drawn again");
            restored++;
        }
        assertTrue(restored > 0, "no example with a diagram of lines");
    }
}
