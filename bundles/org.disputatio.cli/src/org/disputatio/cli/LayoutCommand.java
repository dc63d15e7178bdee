// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapFileException;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.interchange.MapFormats;
import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;

/** {@code layout MAP}: lays a diagram out and saves it into the map file. */
final class LayoutCommand implements Subcommand {

    @Override
    public String name() {
        return "layout";
    }

    @Override
    public String synopsis() {
        return "MAP " + DiagramOptions.SYNOPSIS + " [--all | --show ID,ID...]";
    }

    @Override
    public String summary() {
        return "lay a diagram out and save it (a new 'Whole map' diagram when there is none; --all adds every "
                + "statement; --show makes the named diagram show just those statements)";
    }

    /** The named diagram, made anew to show just the given statements (and the lines between them). */
    private static Diagram focused(MapSession session, String name, List<String> ids) {
        session.getDiagrams().stream().filter(d -> name.equals(d.getName())).toList()
                .forEach(d -> session.getResource().getContents().remove(d));
        Diagram diagram = MapElements.diagram(name);
        for (String id : ids) {
            if (!(session.getResource().getEObject(id.strip()) instanceof Statement statement)) {
                throw new IllegalArgumentException("no statement with the identifier '" + id.strip() + "'");
            }
            diagram.getShapes().add(MapElements.shape(statement, 0, 0, 0, 0));
        }
        session.getResource().getContents().add(diagram);
        return diagram;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        DiagramOptions options;
        try {
            options = DiagramOptions.parse(args, List.of("--all"), List.of("--show"));
        } catch (IllegalArgumentException e) {
            err.println("disputatio layout: " + e.getMessage());
            return UNUSABLE;
        }
        boolean all = options.rest.remove("--all");
        String show = options.values.get("--show");
        List<String> shown = show == null ? null : List.of(show.split(","));
        if (shown != null && (options.diagram == null || all)) {
            err.println("disputatio layout: --show needs --diagram NAME, and does not go with --all");
            return UNUSABLE;
        }
        if (options.rest.size() != 1) {
            err.println("usage: disputatio layout " + synopsis());
            return UNUSABLE;
        }
        Path file = Path.of(options.rest.get(0));
        try {
            MapFormats.Format format = MapFormats.Format.of(file) == null ? MapFormats.Format.ARGMAP : MapFormats.Format.of(file);
            if (format == MapFormats.Format.ARGDOWN) {
                err.println("disputatio layout: " + file + " is Argdown, which holds no positions; convert it to .argmap first");
                return UNUSABLE;
            }
            MapSession session = MapFormats.open(file);
            AwtTextMeasurer measurer = new AwtTextMeasurer();
            Diagram diagram = shown == null ? options.pipeline(measurer).choose(session, options.diagram, true)
                    : focused(session, options.diagram, shown);
            if (all) {
                DiagramContents.updateDirectly(diagram, session.getMap(), true);
            }
            options.prepare(session, diagram, measurer, true);
            MapFormats.save(session, file, format).forEach(err::println);
            out.println(file + ": laid out '" + diagram.getName() + "' (" + diagram.getShapes().size() + " shapes, "
                    + diagram.getEdges().size() + " lines, " + diagram.getLayoutAlgorithm().getLiteral() + ")");
            return OK;
        } catch (MapFileException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        } catch (IllegalArgumentException e) {
            err.println("disputatio layout: " + e.getMessage());
            return UNUSABLE;
        } catch (IOException e) {
            err.println("disputatio layout: cannot save " + file + ": " + e.getMessage());
            return UNUSABLE;
        }
    }
}
