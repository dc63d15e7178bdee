// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.disputatio.core.MapFileException;
import org.disputatio.interchange.MapFormats;
import org.disputatio.interchange.MapFormats.Format;

/**
 * {@code convert IN OUT [--from F] [--to F]}: reads a map in one format and writes it in
 * another, by extension or as told; says what the output cannot hold.
 */
final class ConvertCommand implements Subcommand {

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String synopsis() {
        return "IN OUT [--from F] [--to F]";
    }

    @Override
    public String summary() {
        return "read a map and write it as .argmap/.xmi, Argdown (.argdown/.ad) or AIF JSON (.json); F: argmap, argdown or aif";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>();
        Format from = null;
        Format to = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if ((arg.equals("--from") || arg.equals("--to")) && i + 1 < args.size()) {
                    Format f = Format.named(args.get(++i));
                    if (arg.equals("--from")) {
                        from = f;
                    } else {
                        to = f;
                    }
                } else if (arg.startsWith("--")) {
                    throw new IllegalArgumentException("unknown or incomplete option '" + arg + "'");
                } else {
                    rest.add(arg);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("disputatio convert: " + e.getMessage());
            return UNUSABLE;
        }
        if (rest.size() != 2) {
            err.println("usage: disputatio convert " + synopsis());
            return UNUSABLE;
        }
        Path input = Path.of(rest.get(0));
        Path output = Path.of(rest.get(1));
        if (to == null) {
            to = Format.of(output);
        }
        if (to == null) {
            err.println("disputatio convert: cannot tell the format of '" + output.getFileName()
                    + "': name it .argmap, .xmi, .argdown, .ad or .json, or say --to");
            return UNUSABLE;
        }
        try {
            MapFormats.Opened opened = MapFormats.read(input, from);
            opened.notices().forEach(n -> err.println(input + ": " + n));
            MapFormats.save(opened.session(), output, to).forEach(n -> err.println(output + ": " + n));
            opened.session().dispose();
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
