// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --poster} and {@code slides --handout}, {@code --scheme} on the example debate, as a user would run them. */
class LectureOnTheCommandLineTest {

    @TempDir
    Path dir;

    private final CommandLine cli = new CommandLine();

    @Test
    void aPosterOverA3Pages() throws Exception {
        Path pdf = dir.resolve("poster.pdf");
        assertEquals(0, cli.run("render", CommandLine.debate(), pdf.toString(), "--poster", "a3"), cli.errors());
        String said = cli.output();
        assertTrue(said.matches("(?s).*a poster of \\d+ x \\d+ A3 pages (upright|across) \\(\\d+ pages\\).*"), said);
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

        assertEquals(2, cli.run("render", CommandLine.debate(), dir.resolve("poster.svg").toString(), "--poster", "a4"));
        assertTrue(cli.errors().contains("--poster tiles a PDF"), cli.errors());
        assertFalse(Files.exists(dir.resolve("poster.svg")));
        assertEquals(2, cli.run("render", CommandLine.debate(), dir.resolve("b5.pdf").toString(), "--poster", "b5"));
        assertTrue(cli.errors().contains("expected a4 or a3"));
        assertFalse(Files.exists(dir.resolve("b5.pdf")), "nothing written");
    }

    @Test
    void aHandoutByStepGroupsAndSlidesInTheProjectorScheme() {
        Path handout = dir.resolve("handout.pdf");
        assertEquals(0, cli.run("slides", CommandLine.debate(), handout.toString(), "--handout"), cli.errors());
        String said = cli.output();
        var groups = java.util.regex.Pattern.compile("18 steps of 'Whom is China\u2019s soft power for\\?' in (\\d+) groups").matcher(said);
        assertTrue(groups.find(), said);
        int count = Integer.parseInt(groups.group(1));
        assertTrue(count > 1 && count < 18, "the steps that only stress what is shown join a group: " + said);
        assertEquals(0, cli.run("slides", CommandLine.debate(), dir.resolve("projector.html").toString(), "--scheme", "projector"));
        assertTrue(Files.exists(dir.resolve("projector.html")));
        assertEquals(2, cli.run("slides", CommandLine.debate(), dir.resolve("purple.pdf").toString(), "--scheme", "purple"));
        assertTrue(cli.errors().contains("expected one of [okabe-ito, greyscale, projector]"),
                cli.errors());
        assertFalse(Files.exists(dir.resolve("purple.pdf")));
    }
}
