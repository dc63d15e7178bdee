// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HelpCommandTest {

    private final CommandLine cli = new CommandLine();

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, cli.run("help"));
        String usage = cli.output();
        assertTrue(usage.startsWith("Usage: disputatio"), usage);
        for (String command : new String[] { "help", "validate", "stats", "convert", "layout", "render", "evaluate", "slides" }) {
            assertTrue(usage.contains("\n  " + command), command + " missing from\n" + usage);
        }
        assertTrue(usage.contains("\n      draw a diagram (the first, or the whole map) as SVG, PNG or PDF\n"), usage);
    }

    @Test
    void helpFitsATerminal() {
        cli.run("help");
        // render's options are longer than a line: they wrap, and no summary is pushed off the line.
        for (String line : cli.output().split("\n")) {
            assertTrue(line.length() <= 100, "longer than 100 columns: " + line);
            assertTrue(!line.matches(".*\\[[^\\]]*"), "an option broken across lines: " + line);
            assertTrue(!line.strip().contains("   ") || line.startsWith("Usage:") || line.startsWith("       disputatio"), "a gap of spaces: " + line);
        }
    }

    @Test
    void unknownCommandIsRefusedWithAHint() {
        assertEquals(2, cli.run("frobnicate"));
        assertTrue(cli.errors().contains("unknown command 'frobnicate'"));
        assertEquals("", cli.output());
    }
}
