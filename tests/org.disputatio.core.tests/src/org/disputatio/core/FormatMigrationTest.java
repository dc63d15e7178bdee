// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import org.disputatio.model.edit.provider.Citations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Source;
import org.disputatio.model.edit.provider.AuthorNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Maps written in format 1.0 (one string per author) still load: each example as it was shipped
 * in 1.0 gives the citations it gave then, and is written in the current format when saved.
 */
class FormatMigrationTest {

    private static final Path OLD = Path.of(System.getProperty("disputatio.root", "."))
            .resolve("tests/org.disputatio.core.tests/resources/format-1.0");

    @TempDir
    Path dir;

    @Test
    void everyExampleInFormat10LoadsToTheCitationsItHad() throws Exception {
        List<Path> files;
        try (var list = Files.list(OLD)) {
            files = list.sorted().toList();
        }
        assertEquals(6, files.size(), "the six examples as shipped in format 1.0");
        for (Path file : files) {
            String old = Files.readString(file);
            assertTrue(old.contains("\"http://disputatio.org/argmap/1.0\""), file + " is in format 1.0");
            List<String> expected = oldCitations(old);
            MapSession session = MapSession.open(file);
            List<String> loaded = citations(session.getMap().getSources());
            assertEquals(expected, loaded, file.getFileName().toString());
            assertFalse(session.isDirty(), "loading changes nothing");

            Path saved = dir.resolve(file.getFileName());
            session.saveAs(saved);
            String written = Files.readString(saved);
            assertTrue(written.contains("\"" + ArgmapPackage.eNS_URI + "\"") && !written.contains("argmap/1.0\""),
                    "saved in the current format");
            assertEquals(loaded, citations(MapSession.open(saved).getMap().getSources()));
        }
    }

    @Test
    void aSuffixBecomesItsOwnPart() throws Exception {
        MapSession session = MapSession.open(OLD.resolve("nathan-scobell-2009.argmap"));
        Source nye = session.getMap().getSources().stream()
                .filter(s -> !s.getAuthors().isEmpty() && "Jr.".equals(s.getAuthors().get(0).getSuffix())).findFirst().orElseThrow();
        assertEquals("Nye", nye.getAuthors().get(0).getFamily());
        assertEquals("Joseph S.", nye.getAuthors().get(0).getGiven());
        assertEquals("Joseph S. Nye, Jr.", AuthorNames.fullName(nye.getAuthors().get(0)));
    }

    @Test
    void aBrokenOldFileIsReportedWithItsLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.argmap");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <argmap:ArgumentMap xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:argmap="http://disputatio.org/argmap/1.0" id="m">
                  <sources id="s"><authors>Edney</sources>
                </argmap:ArgumentMap>
                """);
        MapFileException e = org.junit.jupiter.api.Assertions.assertThrows(MapFileException.class, () -> MapSession.open(file));
        assertTrue(e.getMessage().contains(file + ":4:"), e.getMessage());
    }

    /** The short citations of the sources with authors ("-" for one without: its title is its citation). */
    private static List<String> citations(List<Source> sources) {
        return sources.stream().map(s -> s.getAuthors().isEmpty() ? "-" : Citations.shortCitation(s)).toList();
    }

    /** The citations the 1.0 rule gave: the last word of each author string, and the year. */
    private static List<String> oldCitations(String xml) {
        List<String> citations = new ArrayList<>();
        Matcher source = Pattern.compile("<sources\\b([^>]*?)(/>|>(.*?)</sources>)", Pattern.DOTALL).matcher(xml);
        while (source.find()) {
            List<String> authors = new ArrayList<>();
            if (source.group(3) != null) {
                Matcher author = Pattern.compile("<authors>([^<]*)</authors>").matcher(source.group(3));
                while (author.find()) {
                    String name = author.group(1).strip().replaceFirst(",\\s*(Jr\\.|Sr\\.)$", "");
                    authors.add(name.substring(name.lastIndexOf(' ') + 1));
                }
            }
            Matcher year = Pattern.compile("\\byear=\"(\\d+)\"").matcher(source.group(1));
            String names = switch (authors.size()) {
                case 0 -> "-";
                case 1 -> authors.get(0);
                case 2 -> authors.get(0) + " and " + authors.get(1);
                default -> authors.get(0) + " et al.";
            };
            citations.add(authors.isEmpty() || !year.find() ? names : names + " " + year.group(1));
        }
        return citations.stream().collect(Collectors.toList());
    }
}
