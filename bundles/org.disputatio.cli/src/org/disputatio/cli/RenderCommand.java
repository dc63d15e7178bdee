package org.disputatio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapSession;
import org.disputatio.render.MapRenderer;
import org.disputatio.views.Diagram;

/** {@code render MAP OUT.svg|OUT.png}: draws a diagram without a display. The map file is not changed. */
final class RenderCommand implements Subcommand {

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String synopsis() {
        return "MAP OUT.svg|OUT.png [--diagram NAME] [--layout layered|tree|radial|force] [--direction D] [--lines orthogonal|splines] [--scale S] [--legend]";
    }

    @Override
    public String summary() {
        return "draw a diagram (the first, or the whole map) as SVG or PNG";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        DiagramOptions options;
        double scale;
        try {
            options = DiagramOptions.parse(args, List.of("--legend"), List.of("--scale"));
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
        boolean legend = options.rest.remove("--legend");
        if (options.rest.size() != 2) {
            err.println("usage: disputatio render " + synopsis());
            return UNUSABLE;
        }
        Path output = Path.of(options.rest.get(1));
        String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            err.println("disputatio render: cannot write '" + output.getFileName() + "': the output must end in .svg or .png");
            return UNUSABLE;
        }
        try {
            MapSession session = MapSession.open(Path.of(options.rest.get(0)));
            MapRenderer renderer = new MapRenderer();
            Diagram diagram = options.choose(session, false);
            options.layOut(diagram, session, renderer.measurer(), false);
            if (name.endsWith(".svg")) {
                Files.writeString(output, renderer.svg(diagram, scale, legend), StandardCharsets.UTF_8);
            } else {
                // Drawn in memory first: a drawing that fails leaves no file behind.
                java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
                renderer.writePng(diagram, scale, legend, png);
                Files.write(output, png.toByteArray());
            }
            return OK;
        } catch (MapFileException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        } catch (IllegalArgumentException e) {
            err.println("disputatio render: " + e.getMessage());
            return UNUSABLE;
        } catch (IOException e) {
            err.println("disputatio render: cannot write " + output + ": " + e.getMessage());
            return UNUSABLE;
        }
    }
}
