// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The training run from which {@code ./disputatio} makes the command line's AOT cache (JDK 25):
 * the commands a user runs, on a debate as big as those the cache should be quick for. A debate
 * of a few statements (the example) leaves out what only big maps load (layered's settings for
 * 1,000 boxes and more, the SVG writer's longer paths); trained on 1,000 statements, a render of
 * 1,000 took about 1.1 s instead of 1.35 s (measured with the unsigned class path). {@code Training FOLDER}
 * writes the debate there as Argdown, converts it to a map file and renders and counts that.
 */
public final class Training {

    /** As many statements as the size the command line is measured at against Argdown. */
    static final int STATEMENTS = 1000;

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(Path.of(args[0]), System.out, System.err));
    }

    static int run(Path folder, PrintStream out, PrintStream err) throws IOException {
        Files.createDirectories(folder);
        Path argdown = folder.resolve("training.argdown");
        Files.writeString(argdown, debate(STATEMENTS), StandardCharsets.UTF_8);
        Path map = folder.resolve("training.argmap");
        Main main = new Main();
        for (List<String> command : List.of(List.of("convert", argdown.toString(), map.toString()),
                List.of("render", map.toString(), folder.resolve("training.svg").toString()),
                List.of("stats", map.toString()))) {
            int exit = main.run(command, out, err);
            if (exit != Subcommand.OK) {
                return exit;
            }
        }
        return Subcommand.OK;
    }

    /**
     * A debate in Argdown: every statement after the first supports or attacks one of the dozen
     * before it, as a discussion grows, and every tenth also attacks an older one.
     */
    static String debate(int statements) {
        Random random = new Random(1);
        StringBuilder text = new StringBuilder("# Training debate\n\n");
        for (int i = 0; i < statements; i++) {
            text.append("[T").append(i).append("]: Statement ").append(i).append(" on soft power, legitimacy and trust")
                    .append(i % 3 == 0 ? " among the nations of the region." : ".").append('\n');
            if (i > 0) {
                int earlier = Math.max(0, i - 12) + random.nextInt(Math.min(i, 12));
                text.append(random.nextInt(10) < 6 ? "  +> [T" : "  -> [T").append(earlier).append("]\n");
                int older = random.nextInt(i);
                if (i % 10 == 0 && older != earlier) {
                    text.append("  -> [T").append(older).append("]\n");
                }
            }
            text.append('\n');
        }
        return text.toString();
    }
}
