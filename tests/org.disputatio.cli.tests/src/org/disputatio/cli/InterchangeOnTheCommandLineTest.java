// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert between the formats, and the other commands on Argdown and AIF files. */
class InterchangeOnTheCommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static Path root() {
        return Path.of(System.getProperty("disputatio.root", "../.."));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Main().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anExampleGoesToArgdownAndBackWithTheSameCounts() throws IOException {
        Path example = root().resolve("examples/edney-2015.argmap");
        Path argdown = dir.resolve("edney.argdown");
        Path back = dir.resolve("edney.argmap");
        assertEquals(0, run("convert", example.toString(), argdown.toString()), err.toString());
        assertTrue(err.toString().contains("diagram(s) not kept"), err.toString());
        assertEquals(0, run("convert", argdown.toString(), back.toString()), err.toString());
        assertEquals(0, run("stats", example.toString(), "--json"));
        String before = output().replaceAll("\"diagrams\": *\\d+", "").replaceAll("\"presentations\": *\\d+", "");
        assertEquals(0, run("stats", back.toString(), "--json"));
        String after = output().replaceAll("\"diagrams\": *\\d+", "").replaceAll("\"presentations\": *\\d+", "");
        assertEquals(before, after);
        assertEquals(0, run("stats", argdown.toString(), "--json"), "stats reads Argdown");
        assertEquals(after, output().replaceAll("\"diagrams\": *\\d+", "").replaceAll("\"presentations\": *\\d+", ""));
    }

    @Test
    void argdownBecomesAifAndTheCommandsReadBoth() throws IOException {
        Path argdown = root().resolve("tests/org.disputatio.interchange.tests/fixtures/argdown/veggie_debate.argdown");
        Path json = dir.resolve("veggie.json");
        assertEquals(0, run("convert", argdown.toString(), json.toString()), err.toString());
        assertTrue(Files.readString(json).contains("\"type\": \"RA\""));
        assertEquals(0, run("validate", argdown.toString()), output() + err);
        assertEquals(0, run("layout", json.toString()), err.toString());
        assertTrue(Files.readString(json).contains("\"OVA\""), "layout saved positions as OVA");
        assertEquals(0, run("render", json.toString(), dir.resolve("veggie.svg").toString()), err.toString());
        assertTrue(Files.readString(dir.resolve("veggie.svg")).contains("<svg"));
        assertEquals(2, run("layout", argdown.toString()));
        assertTrue(err.toString().contains("convert it to .argmap first"));
    }

    @Test
    void fromAndToOverrideTheExtension() throws IOException {
        Path argdown = dir.resolve("map.txt");
        Files.writeString(argdown, "[A]: Soft power attracts.\n  <+ [B]: Culture travels.\n");
        Path aif = dir.resolve("map.out");
        assertEquals(0, run("convert", argdown.toString(), aif.toString(), "--from", "argdown", "--to", "aif"), err.toString());
        assertTrue(Files.readString(aif).contains("Soft power attracts."));
        assertEquals(2, run("convert", argdown.toString(), aif.toString(), "--to", "pdf"));
        assertTrue(err.toString().contains("unknown format 'pdf'"));
    }

    @Test
    void aBrokenFileIsReportedWithItsPlaceAndNothingIsWritten() throws IOException {
        Path broken = dir.resolve("broken.argdown");
        Files.writeString(broken, "[A]: fine\n\n  + [B]: a relation after a blank line\n");
        Path target = dir.resolve("out.argmap");
        assertEquals(2, run("convert", broken.toString(), target.toString()));
        assertTrue(err.toString().startsWith(broken + ":3:3: "), err.toString());
        assertFalse(Files.exists(target));
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "{\"nodes\": [ {\"nodeID\": 1,, }]");
        assertEquals(2, run("stats", json.toString()));
        assertTrue(err.toString().startsWith(json + ":1:"), err.toString());
    }
}
