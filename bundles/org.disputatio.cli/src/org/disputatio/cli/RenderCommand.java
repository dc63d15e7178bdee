// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapFiles;
import org.disputatio.core.MapSession;
import org.disputatio.core.evaluation.Evaluation;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.core.evaluation.EvaluationTooLargeException;
import org.disputatio.interchange.MapFormats;
import org.disputatio.layout.SecondCore;
import org.disputatio.layout.WrappingAhead;
import org.disputatio.render.MapRenderer;
import org.disputatio.render.Poster;
import org.disputatio.views.Diagram;

/** {@code render MAP OUT.svg|OUT.png|OUT.pdf}: draws a diagram without a display. The map file is not changed. */
final class RenderCommand implements Subcommand {

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String synopsis() {
        return "MAP OUT.svg|OUT.png|OUT.pdf " + DiagramOptions.SYNOPSIS + " [--scale S] [--legend] [--poster a4|a3]"
                + " [--evaluate [--semantics S] [--assume ID=accepted|rejected ...] [--only-listed]]";
    }

    @Override
    public String summary() {
        return "draw a diagram (the first, or the whole map) as SVG, PNG or PDF";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        DiagramOptions options;
        double scale;
        EvaluateCommand.EvaluationArguments evaluation = EvaluateCommand.EvaluationArguments.parse(args, err,
                "usage: disputatio render " + synopsis());
        if (evaluation == null) {
            return UNUSABLE;
        }
        try {
            options = DiagramOptions.parse(evaluation.rest(), List.of("--legend", "--evaluate"), List.of("--scale", "--poster"));
            String value = options.values.getOrDefault("--scale", "1");
            try {
                scale = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--scale " + value + ": not a number");
            }
            if (!(scale > 0 && scale <= 8)) {
                throw new IllegalArgumentException("--scale must be above 0 and at most 8");
            }
        } catch (IllegalArgumentException e) {
            err.println("disputatio render: " + e.getMessage());
            return UNUSABLE;
        }
        Poster.Paper poster = null;
        if (options.values.containsKey("--poster")) {
            poster = Poster.Paper.named(options.values.get("--poster"));
            if (poster == null) {
                err.println("disputatio render: --poster " + options.values.get("--poster") + ": expected a4 or a3");
                return UNUSABLE;
            }
        }
        boolean legend = options.rest.remove("--legend");
        boolean evaluate = options.rest.remove("--evaluate");
        if (options.rest.size() != 2) {
            err.println("usage: disputatio render " + synopsis());
            return UNUSABLE;
        }
        Path output = Path.of(options.rest.get(1));
        String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png") && !name.endsWith(".pdf")) {
            err.println("disputatio render: cannot write '" + output.getFileName() + "': the output must end in .svg, .png or .pdf");
            return UNUSABLE;
        }
        if (poster != null && !name.endsWith(".pdf")) {
            err.println("disputatio render: --poster tiles a PDF; the output must end in .pdf");
            return UNUSABLE;
        }
        try {
            MapSession session = MapFormats.open(Path.of(options.rest.get(0)));
            MapRenderer renderer = new MapRenderer(options.settings);
            if (SecondCore.available()) {
                WrappingAhead.start(session.getMap().getStatements(), renderer.format(), renderer.measurer());
            }
            Diagram diagram = options.show(session, renderer.measurer());
            if (evaluate) {
                EvaluationOptions chosen = evaluation.options(session.getMap(), options.rest.get(0), err);
                if (chosen == null) {
                    return UNUSABLE;
                }
                renderer.showEvaluation(Evaluation.of(session.getMap(), chosen)::label);
            }
            // Written through the one safe write: a drawing that fails, or a crash, leaves no
            // partial file. SVG goes to the temporary file as it is drawn; the others are drawn
            // in memory first.
            if (name.endsWith(".svg")) {
                MapFiles.writeAtomically(output, file -> renderer.writeSvg(diagram, scale, legend, file));
                return OK;
            }
            java.io.ByteArrayOutputStream drawn = new java.io.ByteArrayOutputStream();
            if (poster != null) {
                Poster.Tiling tiling = Poster.write(renderer, diagram, legend, poster, scale, drawn);
                out.println(output + ": a poster of " + tiling.columns() + " x " + tiling.rows() + " " + poster
                        + (tiling.landscape() ? " pages across" : " pages upright") + " (" + tiling.pages() + " pages)");
            } else if (name.endsWith(".pdf")) {
                renderer.writePdf(diagram, legend, drawn);
            } else {
                renderer.writePng(diagram, scale, legend, drawn);
            }
            MapFiles.writeAtomically(output, drawn.toByteArray());
            return OK;
        } catch (MapFileException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        } catch (IllegalArgumentException e) {
            err.println("disputatio render: " + e.getMessage());
            return UNUSABLE;
        } catch (EvaluationTooLargeException e) {
            err.println(options.rest.get(0) + ": " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("disputatio render: cannot write " + output + ": " + e.getMessage());
            return UNUSABLE;
        }
    }
}
