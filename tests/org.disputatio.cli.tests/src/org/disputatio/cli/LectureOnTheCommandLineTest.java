// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --poster} and {@code slides --handout}, {@code --scheme} on the example debate, as a user would run them. */
class LectureOnTheCommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static String debate() {
        return Path.of(System.getProperty("disputatio.root", ".")).resolve("examples/soft-power-debate.argmap").toString();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Main().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aPosterOverA3Pages() throws Exception {
        Path pdf = dir.resolve("poster.pdf");
        assertEquals(0, run("render", debate(), pdf.toString(), "--poster", "a3"), err.toString(StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.matches("(?s).*a poster of \\d+ x \\d+ A3 pages (upright|across) \\(\\d+ pages\\).*"), said);
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

        assertEquals(2, run("render", debate(), dir.resolve("poster.svg").toString(), "--poster", "a4"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--poster tiles a PDF"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("poster.svg")));
        assertEquals(2, run("render", debate(), dir.resolve("b5.pdf").toString(), "--poster", "b5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("expected a4 or a3"));
        assertFalse(Files.exists(dir.resolve("b5.pdf")), "nothing written");
    }

    @Test
    void aHandoutByStepGroupsAndSlidesInTheProjectorScheme() {
        Path handout = dir.resolve("handout.pdf");
        assertEquals(0, run("slides", debate(), handout.toString(), "--handout"), err.toString(StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        var groups = java.util.regex.Pattern.compile("18 steps of 'Whom is China\u2019s soft power for\\?' in (\\d+) groups").matcher(said);
        assertTrue(groups.find(), said);
        int count = Integer.parseInt(groups.group(1));
        assertTrue(count > 1 && count < 18, "the steps that only stress what is shown join a group: " + said);
        assertEquals(0, run("slides", debate(), dir.resolve("projector.html").toString(), "--scheme", "projector"));
        assertTrue(Files.exists(dir.resolve("projector.html")));
        assertEquals(2, run("slides", debate(), dir.resolve("purple.pdf").toString(), "--scheme", "purple"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("expected one of [okabe-ito, greyscale, projector]"),
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("purple.pdf")));
    }
}
