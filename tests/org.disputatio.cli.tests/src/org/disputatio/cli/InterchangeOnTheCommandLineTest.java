// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert between the formats, and the other commands on Argdown and AIF files. */
class InterchangeOnTheCommandLineTest {

    @TempDir
    Path dir;

    private final CommandLine cli = new CommandLine();

    @Test
    void anExampleGoesToArgdownAndBackWithTheSameCounts() throws IOException {
        Path example = CommandLine.root().resolve("examples/edney-2015.argmap");
        Path argdown = dir.resolve("edney.argdown");
        Path back = dir.resolve("edney.argmap");
        assertEquals(0, cli.run("convert", example.toString(), argdown.toString()), cli.errors());
        assertTrue(cli.errors().contains("diagram(s) not kept"), cli.errors());
        assertEquals(0, cli.run("convert", argdown.toString(), back.toString()), cli.errors());
        assertEquals(0, cli.run("stats", example.toString(), "--json"));
        String before = cli.output().replaceAll("\"diagrams\": *\\d+", "").replaceAll("\"presentations\": *\\d+", "");
        assertEquals(0, cli.run("stats", back.toString(), "--json"));
        String after = cli.output().replaceAll("\"diagrams\": *\\d+", "").replaceAll("\"presentations\": *\\d+", "");
        assertEquals(before, after);
        assertEquals(0, cli.run("stats", argdown.toString(), "--json"), "stats reads Argdown");
        assertEquals(after, cli.output().replaceAll("\"diagrams\": *\\d+", "").replaceAll("\"presentations\": *\\d+", ""));
    }

    @Test
    void argdownBecomesAifAndTheCommandsReadBoth() throws IOException {
        Path argdown = CommandLine.root().resolve("tests/org.disputatio.interchange.tests/fixtures/argdown/veggie_debate.argdown");
        Path json = dir.resolve("veggie.json");
        assertEquals(0, cli.run("convert", argdown.toString(), json.toString()), cli.errors());
        assertTrue(Files.readString(json).contains("\"type\": \"RA\""));
        assertEquals(0, cli.run("validate", argdown.toString()), cli.output() + cli.errors());
        assertEquals(0, cli.run("layout", json.toString()), cli.errors());
        assertTrue(Files.readString(json).contains("\"OVA\""), "layout saved positions as OVA");
        assertEquals(0, cli.run("render", json.toString(), dir.resolve("veggie.svg").toString()), cli.errors());
        assertTrue(Files.readString(dir.resolve("veggie.svg")).contains("<svg"));
        assertEquals(2, cli.run("layout", argdown.toString()));
        assertTrue(cli.errors().contains("convert it to .argmap first"));
    }

    @Test
    void fromAndToOverrideTheExtension() throws IOException {
        Path argdown = dir.resolve("map.txt");
        Files.writeString(argdown, "[A]: Soft power attracts.\n  <+ [B]: Culture travels.\n");
        Path aif = dir.resolve("map.out");
        assertEquals(0, cli.run("convert", argdown.toString(), aif.toString(), "--from", "argdown", "--to", "aif"), cli.errors());
        assertTrue(Files.readString(aif).contains("Soft power attracts."));
        assertEquals(2, cli.run("convert", argdown.toString(), aif.toString(), "--to", "pdf"));
        assertTrue(cli.errors().contains("unknown format 'pdf'"));
    }

    @Test
    void aBrokenFileIsReportedWithItsPlaceAndNothingIsWritten() throws IOException {
        Path broken = dir.resolve("broken.argdown");
        Files.writeString(broken, "[A]: fine\n\n  + [B]: a relation after a blank line\n");
        Path target = dir.resolve("out.argmap");
        assertEquals(2, cli.run("convert", broken.toString(), target.toString()));
        assertTrue(cli.errors().startsWith(broken + ":3:3: "), cli.errors());
        assertFalse(Files.exists(target));
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "{\"nodes\": [ {\"nodeID\": 1,, }]");
        assertEquals(2, cli.run("stats", json.toString()));
        assertTrue(cli.errors().startsWith(json + ":1:"), cli.errors());
    }
}
