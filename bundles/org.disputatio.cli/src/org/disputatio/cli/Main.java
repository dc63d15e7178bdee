// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headless command line: plain Java, no OSGi and no display, so that it starts fast and
 * runs on servers and in CI.
 */
public final class Main {

    private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();

    public Main() {
        register(new HelpCommand());
        register(new ValidateCommand());
        register(new StatsCommand());
        register(new ConvertCommand());
        register(new LayoutCommand());
        register(new RenderCommand());
        register(new EvaluateCommand());
        register(new SlidesCommand());
    }

    private void register(Subcommand subcommand) {
        subcommands.put(subcommand.name(), subcommand);
    }

    public static void main(String[] args) {
        System.exit(new Main().run(Arrays.asList(args), System.out, System.err));
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            return subcommands.get("help").run(List.of(), out, err);
        }
        Subcommand subcommand = subcommands.get(args.get(0));
        if (subcommand == null) {
            err.println("disputatio: unknown command '" + args.get(0) + "' (try 'disputatio help')");
            return Subcommand.UNUSABLE;
        }
        return subcommand.run(args.subList(1, args.size()), out, err);
    }

    private final class HelpCommand implements Subcommand {

        @Override
        public String name() {
            return "help";
        }

        @Override
        public String synopsis() {
            return "";
        }

        @Override
        public String summary() {
            return "print this usage";
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            out.println("Usage: disputatio [FILE]          open the workbench (with FILE, or the example debate)");
            out.println("       disputatio COMMAND [ARGS]  run a command without a display");
            out.println();
            out.println("Commands:");
            // Usage above, summary indented below, both wrapped: render's options alone are
            // longer than a terminal line, and a column aligned to them pushed every summary off it.
            for (Subcommand c : subcommands.values()) {
                wrap(out, (c.name() + " " + c.synopsis()).strip(), "  ", "          ");
                wrap(out, c.summary(), "      ", "      ");
            }
            return OK;
        }
    }

    private static final int LINE_WIDTH = 100;

    /**
     * Prints text across lines of at most {@link #LINE_WIDTH}, broken only between words outside
     * brackets, so that an option stays whole ("[--scheme okabe-ito|greyscale|projector]").
     */
    static void wrap(PrintStream out, String text, String firstIndent, String indent) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (c == ' ' && depth <= 0) {
                words.add(text.substring(start, i));
                start = i + 1;
            }
        }
        words.add(text.substring(start));
        StringBuilder line = new StringBuilder(firstIndent);
        boolean empty = true;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && line.length() + 1 + word.length() > LINE_WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append(indent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.println(line);
    }
}
