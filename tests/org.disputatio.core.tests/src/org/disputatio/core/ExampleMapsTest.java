// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The example maps that ship with Disputatio: valid, as large as promised, laid out, and quoting verbatim. */
class ExampleMapsTest {

    /** Each example, the least number of statements it must have, and the article text it quotes. */
    private static final Map<String, Integer> FLOORS = Map.of("edney-2015.argmap", 35, "nathan-scobell-2009.argmap", 20,
            "cultural-soft-power.argmap", 15, "diplomat-2025.argmap", 12, "dw-2018.argmap", 12, "soft-power-debate.argmap", 40);

    private static final Map<String, List<String>> SEEDS = Map.of("edney-2015.argmap", List.of("000_cd6eb406891468bc.txt"),
            "diplomat-2025.argmap", List.of("001_a0a5c6327866d27d.txt"), "dw-2018.argmap", List.of("002_c5b84060bf3705a7.txt"),
            "cultural-soft-power.argmap", List.of("003_6aedd3a5501b463d.txt"), "nathan-scobell-2009.argmap", List.of("004_1b1b0d56ea9d18ae.txt"),
            "soft-power-debate.argmap", List.of("000_cd6eb406891468bc.txt", "001_a0a5c6327866d27d.txt", "002_c5b84060bf3705a7.txt",
                    "003_6aedd3a5501b463d.txt", "004_1b1b0d56ea9d18ae.txt"));

    private static Path root() {
        return Path.of(System.getProperty("disputatio.root", "."));
    }

    private static MapSession open(String name) throws MapFileException {
        return MapSession.open(root().resolve("examples").resolve(name));
    }

    @Test
    void everyExampleIsValidLargeEnoughAndLaidOut() throws IOException {
        try (var files = Files.list(root().resolve("examples"))) {
            assertEquals(FLOORS.keySet(), files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()), "the examples shipped");
        }
        for (var floor : FLOORS.entrySet()) {
            MapSession session = open(floor.getKey());
            List<Problem> errors = MapValidator.validate(session.getResource()).stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
            assertEquals(List.of(), errors, floor.getKey());
            ArgumentMap map = session.getMap();
            assertTrue(map.getStatements().size() >= floor.getValue(),
                    floor.getKey() + " has " + map.getStatements().size() + " statements, fewer than " + floor.getValue());
            for (Statement s : map.getStatements()) {
                String where = floor.getKey() + ": " + s.getId();
                assertFalse(isBlank(s.getLabel()) || isBlank(s.getText()) || isBlank(s.getQuote()) || isBlank(s.getLocator()), where + " lacks label, text, quote or locator");
                assertTrue(s.getSource() != null && s.getProponent() != null, where + " lacks source or proponent");
            }
            assertFalse(session.getDiagrams().isEmpty(), floor.getKey() + " has no diagram");
            Diagram diagram = session.getDiagrams().get(0);
            assertEquals(map.getStatements().size(), diagram.getShapes().stream().filter(sh -> sh.getElement() instanceof Statement).count(),
                    floor.getKey() + ": the diagram shows every statement");
            assertNoOverlaps(floor.getKey(), diagram);
        }
    }

    @Test
    void theDebateSpansTheArticlesAndTheirConflicts() throws IOException {
        ArgumentMap debate = open("soft-power-debate.argmap").getMap();
        Set<Object> sources = debate.getStatements().stream().map(Statement::getSource).collect(Collectors.toSet());
        assertTrue(sources.size() >= 4, "statements from only " + sources.size() + " articles");
        long across = debate.getConflicts().stream().filter(c -> c.getTarget() instanceof Statement target
                && c.getAttackers().stream().anyMatch(a -> a.getSource() != target.getSource())).count();
        assertTrue(across >= 3, "only " + across + " conflicts between articles");
    }

    @Test
    void edneysCentralExchangeIsThere() throws IOException {
        ArgumentMap edney = open("edney-2015.argmap").getMap();
        Statement rebuttal = edney.getStatements().stream()
                .filter(s -> s.getProponent() != null && s.getProponent().getName().startsWith("Sun and Wang")
                        && s.getKind() == org.disputatio.model.StatementKind.REBUTTAL)
                .findFirst().orElseThrow(() -> new AssertionError("no rebuttal by Sun and Wang"));
        assertTrue(rebuttal.getCitations().stream().anyMatch(c -> "p. 108".equals(c.getLocator())), "cites Sun and Wang 2014, p. 108");
        assertTrue(edney.getConflicts().stream().anyMatch(c -> c.getAttackers().contains(rebuttal) && c.getTarget() instanceof Statement t
                && t.getProponent() != null && t.getProponent().getName().contains("Nye")), "attacks Nye's thesis");
    }

    @Test
    void everyQuoteStandsVerbatimInItsArticle() throws IOException {
        Path seeds = root().resolve("../shared/seeds").normalize();
        if (!Files.isDirectory(seeds)) {
            System.out.println("SKIPPED: quote check: the article texts are not at " + seeds);
            Assumptions.abort("the article texts (../shared/seeds) are not present");
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var entry : SEEDS.entrySet()) {
            StringBuilder text = new StringBuilder();
            for (String seed : entry.getValue()) {
                text.append(Files.readString(seeds.resolve(seed))).append(' ');
            }
            String normalised = normalise(text.toString());
            for (Statement s : open(entry.getKey()).getMap().getStatements()) {
                checked++;
                if (!normalised.contains(normalise(s.getQuote()))) {
                    wrong.add(entry.getKey() + ": " + s.getId() + ": " + s.getQuote());
                }
            }
        }
        assertEquals(List.of(), wrong, "quotes not found verbatim (whitespace aside)");
        System.out.println("Quote check: " + checked + " quotes verbatim in " + seeds);
    }

    private static String normalise(String text) {
        // Unicode white space: the article texts contain no-break spaces.
        return String.join(" ", text.strip().split("(?U)\\s+"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Argument frames hold their statements by design; everything else stands apart. */
    private static void assertNoOverlaps(String file, Diagram diagram) {
        List<Shape> shapes = diagram.getShapes().stream().filter(s -> !(s.getElement() instanceof org.disputatio.model.Argument)).toList();
        for (int i = 0; i < shapes.size(); i++) {
            Shape a = shapes.get(i);
            assertTrue(a.getWidth() > 0 && a.getHeight() > 0, file + ": " + a.getId() + " is not laid out");
            for (int j = i + 1; j < shapes.size(); j++) {
                Shape b = shapes.get(j);
                boolean overlap = a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
                assertFalse(overlap, file + ": " + a.getId() + " overlaps " + b.getId());
            }
        }
    }
}
