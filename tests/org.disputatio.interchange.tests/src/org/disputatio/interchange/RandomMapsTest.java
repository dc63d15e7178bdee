// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.disputatio.model.Actor;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.Argument;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Inference;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.junit.jupiter.api.Test;

/**
 * Synthetic debates after ../shared/bench/gen-debate.py (each statement supports or attacks an
 * earlier one, some attack a second), with linked inferences, undercuts, contraries, arguments
 * and awkward text: Argdown gives each back the same, and AIF keeps its structure.
 */
class RandomMapsTest {

    private static final ArgmapFactory MODEL = ArgmapFactory.eINSTANCE;
    private static final String[] WORDS = ("soft power culture legitimacy cohesion security regime attraction values influence "
            + "ideology nation identity media [bracket] <angle> #hash *star* _under_ {brace} @at // /* \\ ü 中国 \"quote\"").split(" ");

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < 3 + random.nextInt(10); k++) {
            s.append(k == 0 ? "" : random.nextInt(20) == 0 ? "\n" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    static ArgumentMap debate(long seed, int n) {
        Random random = new Random(seed);
        ArgumentMap map = MODEL.createArgumentMap();
        map.setId("map-" + seed);
        map.setTitle("Synthetic debate " + seed);
        Source source = MODEL.createSource();
        source.setId("src");
        source.setTitle(sentence(random));
        map.getSources().add(source);
        Actor actor = MODEL.createActor();
        actor.setId("act");
        actor.setName(sentence(random));
        map.getActors().add(actor);
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Statement s = MODEL.createStatement();
            s.setId("s" + i);
            s.setKind(StatementKind.get(random.nextInt(3)));
            s.setLabel(random.nextInt(10) == 0 ? null : random.nextInt(10) == 0 ? "Same label" : "S" + i + " " + sentence(random));
            s.setText(random.nextInt(15) == 0 ? null : sentence(random));
            if (random.nextBoolean()) {
                s.setQuote(sentence(random));
                s.setLocator("p. " + random.nextInt(300));
                s.setSource(source);
            }
            if (random.nextBoolean()) {
                s.setProponent(actor);
            }
            if (random.nextInt(4) == 0) {
                s.getTags().add(WORDS[random.nextInt(WORDS.length)]);
            }
            map.getStatements().add(s);
            statements.add(s);
            if (i == 0) {
                continue;
            }
            Statement parent = statements.get(random.nextInt(i));
            if (random.nextDouble() < 0.6) {
                Inference inference = MODEL.createInference();
                inference.setId("i" + i);
                inference.getPremises().add(s);
                if (i > 3 && random.nextInt(5) == 0) {
                    Statement other = statements.get(random.nextInt(i));
                    if (other != parent && other != s) {
                        inference.getPremises().add(other);
                    }
                }
                inference.setConclusion(parent);
                map.getInferences().add(inference);
            } else {
                Conflict conflict = MODEL.createConflict();
                conflict.setId("c" + i);
                conflict.getAttackers().add(s);
                boolean undercut = !map.getInferences().isEmpty() && random.nextInt(4) == 0;
                conflict.setTarget(undercut ? map.getInferences().get(random.nextInt(map.getInferences().size())) : parent);
                conflict.setKind(undercut ? ConflictKind.UNDERCUT : ConflictKind.get(random.nextBoolean() ? 0 : 1 + 2 * random.nextInt(2)));
                map.getConflicts().add(conflict);
            }
        }
        for (int a = 0; a < n / 10; a++) {
            Argument argument = MODEL.createArgument();
            argument.setId("a" + a);
            argument.setTitle(random.nextInt(5) == 0 ? null : "Argument " + a + " " + sentence(random));
            argument.setDescription(sentence(random));
            for (Inference i : map.getInferences()) {
                if (random.nextInt(8) == 0) {
                    argument.getInferences().add(i);
                }
            }
            argument.setMainConclusion(argument.getInferences().isEmpty() ? statements.get(random.nextInt(n))
                    : argument.getInferences().get(argument.getInferences().size() - 1).getConclusion());
            map.getArguments().add(argument);
        }
        return map;
    }

    @Test
    void randomDebatesComeBackTheSameFromArgdown() throws IOException {
        for (long seed = 1; seed <= 60; seed++) {
            ArgumentMap map = debate(seed, 5 + (int) (seed * 3 % 80));
            String text = ArgdownFormat.write(map);
            ArgumentMap back = ArgdownFormat.read(Path.of("random.argdown"), text.getBytes(StandardCharsets.UTF_8)).map();
            assertEquals(MapDump.of(map), MapDump.of(back), "seed " + seed);
            assertEquals(text, ArgdownFormat.write(back), "seed " + seed);
        }
    }

    @Test
    void randomDebatesKeepTheirStructureThroughAif() throws IOException {
        for (long seed = 1; seed <= 60; seed++) {
            ArgumentMap map = debate(seed, 5 + (int) (seed * 3 % 80));
            String json = AifFormat.write(map, null);
            ArgumentMap back = AifFormat.read(Path.of("random.json"), json.getBytes(StandardCharsets.UTF_8)).map();
            assertEquals(map.getStatements().stream().map(s -> s.getText() != null ? s.getText() : s.getLabel() == null ? "" : s.getLabel()).toList(),
                    back.getStatements().stream().map(Statement::getText).toList(), "seed " + seed);
            assertEquals(map.getInferences().stream().map(MapDump::key).toList(), back.getInferences().stream().map(i -> MapDump.key(i).replace("aif-", "")).toList());
            assertEquals(map.getConflicts().stream().map(c -> c.getKind() + " " + c.getAttackers().size()).toList(),
                    back.getConflicts().stream().map(c -> c.getKind() + " " + c.getAttackers().size()).toList(), "seed " + seed);
        }
    }
}
