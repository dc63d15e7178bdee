// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} and {@code render --evaluate} on the example debate, as a user would run them. */
class EvaluateCommandTest {

    private static final String THESIS = "debate-edney-nye-thesis";
    private static final String REBUTTAL = "debate-edney-sunwang-rebuttal";
    private static final String PREMISE = "debate-edney-no-military-threat";

    @TempDir
    Path dir;

    private final CommandLine cli = new CommandLine();

    private String lineOf(String id) {
        return cli.output().lines().filter(l -> l.contains(" " + id + "  ")).findFirst().orElseThrow(() -> new AssertionError(cli.output()));
    }

    @Test
    void printsEachStatementsLabel() {
        assertEquals(0, cli.run("evaluate", CommandLine.debate()), cli.errors());
        assertTrue(cli.output().startsWith("Whom is China"), cli.output());
        assertTrue(cli.output().lines().findFirst().orElseThrow().contains("grounded semantics, 94 statements"), cli.output());
        assertTrue(lineOf(REBUTTAL).startsWith("accepted "), lineOf(REBUTTAL));
        assertTrue(lineOf(THESIS).startsWith("rejected "), lineOf(THESIS));
        assertTrue(lineOf(PREMISE).startsWith("rejected "), lineOf(PREMISE));
    }

    @Test
    void aWhatIfOnSunAndWangReinstatesThePremiseTheyUndermine() {
        assertEquals(0, cli.run("evaluate", CommandLine.debate(), "--assume", REBUTTAL + "=rejected"));
        assertTrue(lineOf(REBUTTAL).startsWith("rejected "), lineOf(REBUTTAL));
        assertTrue(lineOf(PREMISE).startsWith("accepted "), lineOf(PREMISE));
    }

    @Test
    void jsonHasLabelsAndExtensions() {
        assertEquals(0, cli.run("evaluate", CommandLine.debate(), "--semantics", "preferred", "--json"));
        String json = cli.output();
        assertTrue(json.contains("\"semantics\": \"preferred\""), json);
        assertTrue(json.contains("\"" + THESIS + "\": \"rejected\""), json);
        assertTrue(json.contains("\"extensions\": [\n    ["), json);
    }

    @Test
    void stableListsItsExtensions() {
        assertEquals(0, cli.run("evaluate", CommandLine.debate(), "--semantics", "stable"));
        assertTrue(cli.output().contains("extension 1: "), cli.output());
    }

    @Test
    void badArgumentsAreRefusedClearly() {
        assertEquals(2, cli.run("evaluate", CommandLine.debate(), "--semantics", "credulous"));
        assertTrue(cli.errors().contains("unknown semantics 'credulous'"));
        assertEquals(2, cli.run("evaluate", CommandLine.debate(), "--assume", REBUTTAL + "=maybe"));
        assertTrue(cli.errors().contains("ID=accepted or ID=rejected"));
        assertEquals(2, cli.run("evaluate", CommandLine.debate(), "--assume", "no-such-id=accepted"));
        assertTrue(cli.errors().contains("no-such-id: no statement or inference has this identifier"),
                cli.errors());
        assertEquals("", cli.output());
        assertEquals(2, cli.run("evaluate"));
        assertTrue(cli.errors().startsWith("usage: disputatio evaluate MAP"));
    }

    @Test
    void renderDrawsTheLabelsAndTheirLegend() throws Exception {
        Path plain = dir.resolve("plain.svg");
        Path evaluated = dir.resolve("evaluated.svg");
        assertEquals(0, cli.run("render", CommandLine.debate(), plain.toString(), "--legend"));
        assertEquals(0, cli.run("render", CommandLine.debate(), evaluated.toString(), "--legend", "--evaluate", "--assume",
                REBUTTAL + "=rejected"), cli.errors());
        String before = Files.readString(plain);
        String after = Files.readString(evaluated);
        assertTrue(!before.contains("undecided") && !before.contains(">accepted"), "no evaluation unless asked");
        assertTrue(after.contains(">accepted (evaluation)<") && after.contains(">rejected<") && after.contains(">undecided<"),
                "the legend explains the marks");
        assertTrue(after.length() > before.length() + 1000, "marks are drawn on the statements");
    }

    @Test
    void slidesDrawTheLabelsOnTheStepThatAsksOrOnEveryStep() throws Exception {
        Path own = dir.resolve("own.html");
        Path every = dir.resolve("every.html");
        Path pdf = dir.resolve("every.pdf");
        assertEquals(0, cli.run("slides", CommandLine.debate(), own.toString()), cli.errors());
        assertEquals(0, cli.run("slides", CommandLine.debate(), every.toString(), "--evaluate", "--assume", REBUTTAL + "=rejected"),
                cli.errors());
        assertEquals(0, cli.run("slides", CommandLine.debate(), pdf.toString(), "--evaluate"), cli.errors());
        String html = Files.readString(own);
        int steps = html.split("<section class=\"step\"", -1).length - 1;
        assertEquals(1, html.split("<p class=\"evaluation\">", -1).length - 1, "the lecture's what-if step");
        assertTrue(html.contains("<p class=\"evaluation\">What if \u201cNon-zero-sum talk is Western and breeds conflict\u201d is accepted"),
                "its what-if named on the slide");
        String all = Files.readString(every);
        assertEquals(steps, all.split("<p class=\"evaluation\">", -1).length - 1, "--evaluate: every step");
        assertTrue(all.contains("<p class=\"evaluation\">What if \u201cNon-zero-sum talk is Western and breeds conflict\u201d is rejected?"),
                "the options' what-if on the other steps");
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF"), "the PDF is written (its text: EvaluatedSlidesTest)");
        assertEquals(2, cli.run("slides", CommandLine.debate(), every.toString(), "--assume", REBUTTAL + "=rejected"));
        assertTrue(cli.errors().contains("go with --evaluate"), cli.errors());
    }
}
