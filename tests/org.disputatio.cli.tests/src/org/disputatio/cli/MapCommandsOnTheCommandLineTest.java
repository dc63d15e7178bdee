// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, stats and convert on a map written through the core API, as a user would run them. */
class MapCommandsOnTheCommandLineTest {

    @TempDir
    Path dir;

    private Path map;
    private final CommandLine cli = new CommandLine();

    @BeforeEach
    void writeMap() throws IOException {
        map = CommandLine.writeSmallDebate(dir.resolve("debate.argmap"));
    }

    @Test
    void aValidMapValidatesSilently() {
        assertEquals(0, cli.run("validate", map.toString()));
        assertEquals("", cli.output());
    }

    @Test
    void problemsArePrintedOnePerLineAndErrorsExitWithOne() throws IOException {
        String broken = Files.readString(map).replaceFirst("label=\"Attraction reduces conflict\"",
                "label=\"Attraction reduces conflict\" quote=\"mutual attraction\"");
        Files.writeString(map, broken);
        assertEquals(1, cli.run("validate", map.toString()));
        List<String> lines = cli.output().lines().toList();
        assertEquals(2, lines.size(), cli.output());
        assertTrue(lines.get(0).matches(java.util.regex.Pattern.quote(map.toString()) + ": claim-[0-9a-f]{16}: error: the claim 'Attraction reduces conflict' quotes its source but does not say where \\(no locator\\)"),
                lines.get(0));
    }

    @Test
    void anUnreadableFileExitsWithTwoAndSaysWhere() throws IOException {
        Path bad = dir.resolve("bad.argmap");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<argmap:ArgumentMap xmlns:argmap=\"http://disputatio.org/argmap/1.0\"\n");
        assertEquals(2, cli.run("validate", map.toString(), bad.toString()));
        assertTrue(cli.errors().startsWith(bad + ":"), cli.errors());
    }

    @Test
    void statsCountsByKind() {
        assertEquals(0, cli.run("stats", map.toString()));
        for (String line : List.of("statements +3", "  claim +2", "  rebuttal +1", "inferences +1", "conflicts +1", "  rebut +1", "sources +1")) {
            assertTrue(java.util.regex.Pattern.compile("(?m)^" + line + "$").matcher(cli.output()).find(), line + " in\n" + cli.output());
        }
    }

    @Test
    void statsAsJson() {
        assertEquals(0, cli.run("stats", map.toString(), "--json"));
        String json = cli.output();
        assertTrue(json.contains("\"title\": \"A small debate\""), json);
        assertTrue(json.contains("\"statementsByKind\": {\n    \"claim\": 2,\n    \"evidence\": 0,\n    \"rebuttal\": 1\n  }"), json);
        assertTrue(json.contains("\"inferences\": 1"), json);
        assertTrue(json.contains("\"sources\": 1"), json);
    }

    @Test
    void convertingAConvertedFileGivesTheSameBytes() throws IOException {
        Path once = dir.resolve("once.argmap");
        Path twice = dir.resolve("twice.xmi");
        assertEquals(0, cli.run("convert", map.toString(), once.toString()));
        assertEquals(0, cli.run("convert", once.toString(), twice.toString()));
        assertArrayEquals(Files.readAllBytes(once), Files.readAllBytes(twice));
        assertArrayEquals(Files.readAllBytes(map), Files.readAllBytes(once), "a saved map is already canonical");
    }

    @Test
    void convertRefusesAnUnknownOutputFormat() {
        assertEquals(2, cli.run("convert", map.toString(), dir.resolve("out.pdf").toString()));
        assertTrue(cli.errors().contains("cannot tell the format"));
    }
}
