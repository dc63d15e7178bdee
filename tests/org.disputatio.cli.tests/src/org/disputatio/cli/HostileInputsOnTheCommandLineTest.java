// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disputatio.core.MapFileException;
import org.disputatio.testing.AifDialect;
import org.disputatio.testing.ArgdownDialect;
import org.disputatio.testing.Dialect;
import org.disputatio.testing.HostileInputs;
import org.disputatio.testing.XmiDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code disputatio validate} on every hostile case: exit 2 with one line on standard error
 * naming the file (and its line and column), never a stack trace; nothing written.
 */
class HostileInputsOnTheCommandLineTest {

    @TempDir
    Path dir;

    /** The command line as a reader: exit 2 and its one line of error become the exception the harness judges. */
    private static Object validate(Path file) throws MapFileException {
        CommandLine cli = new CommandLine();
        int exit = cli.run("validate", file.toString());
        String error = cli.errors();
        if (exit == 0 || exit == 1) {
            if (!error.isEmpty()) {
                throw new IllegalStateException("exit " + exit + " with errors: " + error);
            }
            return cli.output();
        }
        if (exit != 2 || !error.endsWith("\n") || error.indexOf('\n') != error.length() - 1) {
            throw new IllegalStateException("exit " + exit + ", not one line on standard error: " + error);
        }
        String line = error.strip();
        Matcher at = Pattern.compile(Pattern.quote(file.toString()) + "(?::(\\d+):(\\d+))?: (.*)").matcher(line);
        if (!at.matches()) {
            throw new IllegalStateException("the error does not start with the file: " + line);
        }
        throw new MapFileException(file, at.group(1) == null ? 0 : Integer.parseInt(at.group(1)),
                at.group(2) == null ? 0 : Integer.parseInt(at.group(2)), at.group(3), null);
    }

    private void passes(Dialect dialect) throws Exception {
        List<HostileInputs.Outcome> outcomes = HostileInputs.check(HostileInputsOnTheCommandLineTest::validate, dialect, dir);
        assertEquals("", HostileInputs.failures(outcomes));
    }

    @Test
    void mapFiles() throws Exception {
        passes(new XmiDialect());
    }

    @Test
    void argdownFiles() throws Exception {
        passes(new ArgdownDialect());
    }

    @Test
    void aifFiles() throws Exception {
        passes(new AifDialect());
    }
}
