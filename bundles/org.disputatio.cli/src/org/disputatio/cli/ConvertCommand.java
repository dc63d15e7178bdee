// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapFiles;
import org.disputatio.core.MapSession;

/** {@code convert IN OUT}: load, then save in the canonical form (more formats to come). */
final class ConvertCommand implements Subcommand {

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String synopsis() {
        return "IN OUT";
    }

    @Override
    public String summary() {
        return "read a map and write it in canonical form (.argmap, .xmi)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2) {
            err.println("usage: disputatio convert IN OUT");
            return UNUSABLE;
        }
        Path output = Path.of(args.get(1));
        String name = output.getFileName().toString();
        if (!name.endsWith(".argmap") && !name.endsWith(".xmi")) {
            err.println("disputatio convert: cannot write '" + name + "': the output must be a .argmap or .xmi file");
            return UNUSABLE;
        }
        try {
            MapSession session = MapSession.open(Path.of(args.get(0)));
            MapFiles.save(session.getResource(), output);
            session.dispose();
            return OK;
        } catch (MapFileException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        } catch (IOException e) {
            err.println("disputatio convert: cannot write " + output + ": " + e.getMessage());
            return UNUSABLE;
        }
    }
}
