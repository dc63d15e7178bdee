// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapSession;
import org.disputatio.interchange.MapFormats;
import org.disputatio.core.MapValidator;
import org.disputatio.core.Problem;

/** {@code validate FILE...}: one problem a line; exit 1 on errors, 2 when a file cannot be read. */
final class ValidateCommand implements Subcommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String synopsis() {
        return "FILE...";
    }

    @Override
    public String summary() {
        return "check maps against the model's rules: FILE: ID: severity: message";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("disputatio validate: name at least one map file");
            return UNUSABLE;
        }
        int exit = OK;
        for (String name : args) {
            MapSession session;
            try {
                session = MapFormats.open(Path.of(name));
            } catch (MapFileException e) {
                err.println(e.getMessage());
                exit = UNUSABLE;
                continue;
            }
            for (Problem problem : MapValidator.validate(session.getResource())) {
                out.println(name + ": " + problem.elementId() + ": " + problem.severity().label() + ": " + problem.message());
                if (problem.severity() == Problem.Severity.ERROR && exit == OK) {
                    exit = FAILED;
                }
            }
            session.dispose();
        }
        return exit;
    }
}
