// SPDX-License-Identifier: EPL-2.0
package org.disputatio.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.model.Actor;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.Inference;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;

/**
 * The debates of ../shared/bench/gen-debate.py, written both as Argdown and as the equivalent
 * {@code .argmap} without a diagram, so that Argdown and Disputatio are timed on the same
 * debate: statement 0 is the thesis; every later one supports (6 in 10) or attacks one earlier
 * statement, mostly one of the last twelve; every tenth also attacks a second, random earlier
 * one. The same size and seed give the same bytes.
 */
public final class ArgdownShapedDebates {

    private static final String[] WORDS = ("soft power culture legitimacy cohesion security regime attraction values "
            + "influence ideology nation identity media diplomacy rights order markets "
            + "heritage exports recognition narrative rise threat dilemma trust").split(" ");

    /** One debate in both forms. */
    public record Written(Path argdown, Path argmap) {
    }

    /** A relation of the debate: {@code from} supports or attacks {@code to}. */
    private record Relation(int from, int to, boolean supports) {
    }

    private final String[] sentences;
    private final List<Relation> relations = new java.util.ArrayList<>();

    private ArgdownShapedDebates(int statements, long seed) {
        Random random = new Random(seed);
        sentences = new String[statements];
        sentences[0] = sentence(random, 0);
        for (int i = 1; i < statements; i++) {
            int parent = random.nextDouble() < 0.7 ? Math.max(0, i - 12) + random.nextInt(Math.min(i, 12)) : random.nextInt(i);
            boolean supports = random.nextDouble() < 0.6;
            sentences[i] = sentence(random, i);
            relations.add(new Relation(i, parent, supports));
            if (i % 10 == 0) {
                int other = random.nextInt(i);
                if (other != parent) {
                    relations.add(new Relation(i, other, false));
                }
            }
        }
    }

    private static String sentence(Random random, int i) {
        StringBuilder s = new StringBuilder("Statement ").append(i).append(':');
        int words = 8 + random.nextInt(11);
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(' ').append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return s.append('.').toString();
    }

    /** Writes {@code debate-N.argdown} and {@code debate-N.argmap} (no diagram) into the folder. */
    public static Written write(Path folder, int statements, long seed) throws IOException {
        ArgdownShapedDebates debate = new ArgdownShapedDebates(statements, seed);
        Files.createDirectories(folder);
        Path argdown = folder.resolve("debate-" + statements + ".argdown");
        Files.writeString(argdown, debate.argdown(), StandardCharsets.UTF_8);
        Path argmap = folder.resolve("debate-" + statements + ".argmap");
        MapSession session = MapSession.create(argmap, "Synthetic debate of " + statements + " statements");
        debate.fill(session.getMap());
        session.save();
        session.dispose();
        return new Written(argdown, argmap);
    }

    private String argdown() {
        StringBuilder out = new StringBuilder("# Synthetic debate\n\n");
        int next = 0;
        for (int i = 0; i < sentences.length; i++) {
            out.append("[S").append(i).append("]: ").append(sentences[i]).append('\n');
            for (; next < relations.size() && relations.get(next).from() == i; next++) {
                Relation r = relations.get(next);
                out.append("  ").append(r.supports() ? "+>" : "->").append(" [S").append(r.to()).append("]\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private void fill(ArgumentMap map) {
        Source source = MapElements.source("A synthetic article", 2026, "A. Author");
        source.setId("source");
        Actor actor = MapElements.actor("A. Author");
        actor.setId("author");
        map.setId("map");
        map.getSources().add(source);
        map.getActors().add(actor);
        Statement[] statements = new Statement[sentences.length];
        for (int i = 0; i < sentences.length; i++) {
            // The label is the whole sentence: Argdown draws it too.
            statements[i] = MapElements.statement(StatementKind.CLAIM, sentences[i]);
            statements[i].setId("S" + i);
            statements[i].setSource(source);
            statements[i].setProponent(actor);
            map.getStatements().add(statements[i]);
        }
        int count = 0;
        for (Relation r : relations) {
            if (r.supports()) {
                Inference inference = MapElements.inference(List.of(statements[r.from()]), statements[r.to()]);
                inference.setId("i" + count++);
                map.getInferences().add(inference);
            } else {
                statements[r.from()].setKind(StatementKind.REBUTTAL);
                Conflict conflict = MapElements.conflict(List.of(statements[r.from()]), statements[r.to()]);
                conflict.setId("c" + count++);
                map.getConflicts().add(conflict);
            }
        }
    }

    /** {@code ArgdownShapedDebates FOLDER N...}: writes the debates of those sizes (seed 7). */
    public static void main(String[] args) throws IOException {
        for (int i = 1; i < args.length; i++) {
            Written files = write(Path.of(args[0]), Integer.parseInt(args[i]), 7);
            System.out.println(files.argdown() + " " + files.argmap());
        }
    }
}
