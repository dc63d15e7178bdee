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
        assertTrue(usage.contains("  help"), usage);
    }

    @Test
    void unknownCommandIsRefusedWithAHint() {
        assertEquals(2, cli.run("frobnicate"));
        assertTrue(cli.errors().contains("unknown command 'frobnicate'"));
        assertEquals("", cli.output());
    }
}
