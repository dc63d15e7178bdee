// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapSession;
import org.disputatio.interchange.MapFormats;
import org.disputatio.core.MapStatistics;

/** {@code stats FILE [--json]}: what a map holds, by kind. */
final class StatsCommand implements Subcommand {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String synopsis() {
        return "FILE [--json]";
    }

    @Override
    public String summary() {
        return "count statements, inferences, conflicts, arguments, sources, actors, views";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>(args);
        boolean json = files.remove("--json");
        if (files.size() != 1) {
            err.println("usage: disputatio stats FILE [--json]");
            return UNUSABLE;
        }
        try {
            MapSession session = MapFormats.open(Path.of(files.get(0)));
            MapStatistics statistics = MapStatistics.of(session);
            out.print(json ? statistics.toJson(session.getMap().getTitle()) + "\n" : statistics.toText());
            session.dispose();
            return OK;
        } catch (MapFileException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        }
    }
}
