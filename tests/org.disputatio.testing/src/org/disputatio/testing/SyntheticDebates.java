// SPDX-License-Identifier: EPL-2.0
package org.disputatio.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.disputatio.core.MapElements;
import org.disputatio.model.Actor;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;

/**
 * Debates of any size, shaped like real ones, for tests and benchmarks: theses supported by
 * chains of reasons and evidence (some linked), attacked by rebuttals and undercuts, with labels
 * of realistic length. The same seed gives the same debate. (Like ../shared/bench/gen-debate.py,
 * which writes Argdown for the comparison with Argdown's own tools.)
 */
public final class SyntheticDebates {

    private static final String[] WORDS = ("soft power culture legitimacy cohesion regime security party nation media "
            + "influence attraction values conflict identity exports diplomacy confidence narrative public opinion "
            + "tradition rejuvenation propaganda trust audiences policy reform rights governance model image").split(" ");

    private SyntheticDebates() {
    }

    public static ArgumentMap generate(int statements, long seed) {
        Random random = new Random(seed);
        ArgumentMap map = MapElements.map("Synthetic debate of " + statements + " statements");
        Source source = MapElements.source("A synthetic article", 2026, "A. Author");
        Actor actor = MapElements.actor("A. Author");
        map.getSources().add(source);
        map.getActors().add(actor);
        List<Statement> claims = new ArrayList<>();
        for (int i = 0; i < statements; i++) {
            boolean root = claims.isEmpty() || i % 40 == 0;
            int roll = random.nextInt(10);
            StatementKind kind = root || roll < 5 ? StatementKind.CLAIM : roll < 8 ? StatementKind.EVIDENCE : StatementKind.REBUTTAL;
            Statement statement = MapElements.statement(kind, sentence(random, 3 + random.nextInt(12)));
            statement.setSource(source);
            statement.setProponent(actor);
            statement.setLocator("p. " + (1 + random.nextInt(40)));
            map.getStatements().add(statement);
            if (!root) {
                Statement target = claims.get(Math.max(0, claims.size() - 1 - random.nextInt(Math.min(claims.size(), 12))));
                if (kind == StatementKind.REBUTTAL) {
                    boolean undercut = random.nextInt(4) == 0 && !map.getInferences().isEmpty();
                    map.getConflicts().add(undercut
                            ? MapElements.conflict(List.of(statement), map.getInferences().get(random.nextInt(map.getInferences().size())))
                            : MapElements.conflict(List.of(statement), target));
                } else if (random.nextInt(5) == 0 && !map.getInferences().isEmpty()
                        && map.getInferences().get(map.getInferences().size() - 1).getConclusion() == target) {
                    // A co-premise: a linked argument.
                    map.getInferences().get(map.getInferences().size() - 1).getPremises().add(statement);
                } else {
                    map.getInferences().add(MapElements.inference(List.of(statement), target));
                }
            }
            if (kind == StatementKind.CLAIM) {
                claims.add(statement);
            }
        }
        return map;
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return s.toString();
    }
}
