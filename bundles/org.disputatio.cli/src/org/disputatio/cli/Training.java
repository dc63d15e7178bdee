// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.awt.Font;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapFiles;
import org.disputatio.core.MapSession;
import org.disputatio.layout.AdvanceTable;
import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.FontSpec;
import org.disputatio.model.Actor;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Author;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.render.BundledFont;

/**
 * The training run from which {@code ./disputatio} makes the command line's AOT cache (JDK 25):
 * the commands a user runs, on debates as big as those the cache should be quick for. A debate
 * of a few statements (the example) leaves out what only big maps load (layered's settings for
 * 1,000 boxes and more, the SVG writer's longer paths); trained on 1,000 statements, a render of
 * 1,000 took about 1.1 s instead of 1.35 s (measured with the unsigned class path). It renders
 * what users render: the Argdown file itself, a map file whose statements have a source and a
 * proponent (each box then has a caption), and a small one (below 1,000 boxes layered lays out
 * otherwise); the class-loading log of such renders showed their classes read from the jars
 * when the training rendered only a converted debate. {@code Training FOLDER [TABLE]} writes the
 * debates there, converts, renders and counts them, and then writes into {@code TABLE} the
 * advances of the bundled faces at every size these renders measured ({@link AdvanceTable}).
 */
public final class Training {

    /** As many statements as the size the command line is measured at against Argdown. */
    static final int STATEMENTS = 1000;

    /** A debate laid out as small diagrams are (layered's settings below {@code DiagramLayouter}'s 1,000 boxes). */
    static final int SMALL = 100;

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        int exit = run(Path.of(args[0]), System.out, System.err);
        if (exit == Subcommand.OK && args.length > 1) {
            exit = tabulate(Path.of(args[1]), System.err);
        }
        System.exit(exit);
    }

    /**
     * Writes the table of the bundled faces' advances at the sizes measured so far, and reads it
     * back as a render will, checking that it measures as AWT does.
     */
    static int tabulate(Path file, PrintStream err) throws IOException {
        String key = BundledFont.key();
        if (key == null) {
            err.println("disputatio: the bundled fonts are not in a jar; no table of advances written");
            return Subcommand.FAILED;
        }
        AwtTextMeasurer awt = BundledFont.measurer();
        awt.tabulate(AwtTextMeasurer.measured(), key).write(file);
        AdvanceTable table = AdvanceTable.read(file, key);
        Supplier<Font> noFont = () -> {
            throw new IllegalStateException("a font loaded although the table holds the size");
        };
        AwtTextMeasurer tabled = new AwtTextMeasurer(noFont, noFont, table);
        String sample = debate(3);
        for (FontSpec font : AwtTextMeasurer.measured()) {
            if (tabled.width(sample, font) != awt.width(sample, font) || tabled.lineHeight(font) != awt.lineHeight(font)
                    || tabled.ascent(font) != awt.ascent(font)) {
                err.println("disputatio: the table of advances measures otherwise than AWT at " + font);
                return Subcommand.FAILED;
            }
        }
        return Subcommand.OK;
    }

    static int run(Path folder, PrintStream out, PrintStream err) throws IOException {
        Files.createDirectories(folder);
        Path argdown = folder.resolve("training.argdown");
        Files.writeString(argdown, debate(STATEMENTS), StandardCharsets.UTF_8);
        Path map = folder.resolve("training.argmap");
        Path small = folder.resolve("training-small.argdown");
        Files.writeString(small, debate(SMALL), StandardCharsets.UTF_8);
        Main main = new Main();
        int exit = run(main, out, err, List.of("convert", argdown.toString(), map.toString()),
                List.of("render", argdown.toString(), folder.resolve("training-argdown.svg").toString()),
                List.of("convert", small.toString(), folder.resolve("training-small.argmap").toString()));
        if (exit != Subcommand.OK) {
            return exit;
        }
        Path cited = folder.resolve("training-cited.argmap");
        Path smallCited = folder.resolve("training-small-cited.argmap");
        try {
            cite(map, cited);
            cite(folder.resolve("training-small.argmap"), smallCited);
        } catch (MapFileException e) {
            err.println(e.getMessage());
            return Subcommand.UNUSABLE;
        }
        return run(main, out, err, List.of("render", cited.toString(), folder.resolve("training.svg").toString()),
                List.of("render", smallCited.toString(), folder.resolve("training-small.svg").toString()),
                List.of("stats", map.toString()));
    }

    @SafeVarargs
    private static int run(Main main, PrintStream out, PrintStream err, List<String>... commands) {
        for (List<String> command : commands) {
            int exit = main.run(command, out, err);
            if (exit != Subcommand.OK) {
                return exit;
            }
        }
        return Subcommand.OK;
    }

    /** The map with one source and one proponent given for every statement, as a reader's map has them. */
    static void cite(Path map, Path cited) throws MapFileException, IOException {
        MapSession session = MapSession.open(map);
        ArgumentMap argumentMap = session.getMap();
        Author author = ArgmapFactory.eINSTANCE.createAuthor();
        author.setFamily("Author");
        author.setGiven("A.");
        Source source = ArgmapFactory.eINSTANCE.createSource();
        source.setId("training-source");
        source.setTitle("A training article");
        source.setYear(2026);
        source.getAuthors().add(author);
        argumentMap.getSources().add(source);
        Actor actor = ArgmapFactory.eINSTANCE.createActor();
        actor.setId("training-author");
        actor.setName("A. Author");
        argumentMap.getActors().add(actor);
        for (Statement statement : argumentMap.getStatements()) {
            statement.setSource(source);
            statement.setProponent(actor);
        }
        MapFiles.save(session.getResource(), cited);
        session.dispose();
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
