// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;

/**
 * The command line as a user runs it, in the test's JVM: the exit code of each command, and what
 * the last one wrote to standard output and standard error.
 */
final class CommandLine {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs one command; what it writes replaces what the one before wrote. */
    int run(String... args) {
        return run(List.of(args));
    }

    int run(List<String> args) {
        out.reset();
        err.reset();
        return new Main().run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** What the last command wrote to standard output. */
    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the last command wrote to standard error. */
    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The checkout: Maven says where; run from the test module's folder it is two up. */
    static Path root() {
        return Path.of(System.getProperty("disputatio.root", "../.."));
    }

    /** The example debate, {@code examples/soft-power-debate.argmap}, as an argument. */
    static String debate() {
        return root().resolve("examples/soft-power-debate.argmap").toString();
    }

    /**
     * Writes a small map through the core API: two claims, "Soft power can be mutually
     * reinforcing" supported by "Attraction reduces conflict", a rebuttal of the first, "Non-zero-sum
     * talk is Western", and one source (Edney 2015) that nothing cites; no diagram.
     */
    static Path writeSmallDebate(Path file) throws IOException {
        MapSession session = MapSession.create(file, "A small debate");
        var domain = session.getEditingDomain();
        Statement thesis = MapElements.statement(StatementKind.CLAIM, "Soft power can be mutually reinforcing");
        Statement reason = MapElements.statement(StatementKind.CLAIM, "Attraction reduces conflict");
        Statement rebuttal = MapElements.statement(StatementKind.REBUTTAL, "Non-zero-sum talk is Western");
        for (Statement s : List.of(thesis, reason, rebuttal)) {
            session.execute(MapCommands.add(domain, session.getMap(), s));
        }
        session.execute(MapCommands.support(domain, session.getMap(), List.of(reason), thesis));
        session.execute(MapCommands.attack(domain, session.getMap(), List.of(rebuttal), thesis));
        session.execute(MapCommands.add(domain, session.getMap(), MapElements.source("Edney 2015", 2015, "Kingsley Edney")));
        session.save();
        return file;
    }
}
