// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.disputatio.model.ConflictKind;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.junit.jupiter.api.Test;

/** Properties of the semantics on random maps, with fixed seeds so that a failure can be replayed. */
class RandomFrameworksTest {

    private static final int MAPS = 300;

    /** A random map with rebuttals only: a plain Dung framework. */
    private static SmallMaps dung(Random random, int size) {
        String[] names = names(size);
        SmallMaps m = new SmallMaps(names);
        for (String a : names) {
            for (String b : names) {
                if (random.nextInt(size + 1) == 0) {
                    m.attacks(a + ">" + b);
                }
            }
        }
        return m;
    }

    /** A random map using everything: inferences, joint attacks, undercuts, contraries, preferences. */
    private static SmallMaps mixed(Random random, int size) {
        String[] names = names(size);
        SmallMaps m = new SmallMaps(names);
        for (int i = 0; i < size / 2; i++) {
            String conclusion = names[random.nextInt(size)];
            String premise = names[random.nextInt(size)];
            if (random.nextBoolean()) {
                m.infer("i" + i, conclusion, premise);
            } else {
                m.infer("i" + i, conclusion, premise, names[random.nextInt(size)]);
            }
        }
        for (int i = 0; i < size; i++) {
            String a = names[random.nextInt(size)];
            int kind = random.nextInt(5);
            if (kind == 0 && m.map.getInferences().size() > 0) {
                Inference target = m.map.getInferences().get(random.nextInt(m.map.getInferences().size()));
                m.attack(ConflictKind.UNDERCUT, List.of(a), target.getId());
            } else if (kind == 1) {
                m.attack(ConflictKind.REBUT, List.of(a, names[random.nextInt(size)]), names[random.nextInt(size)]);
            } else if (kind == 2) {
                m.attack(ConflictKind.CONTRARY, List.of(a), names[random.nextInt(size)]);
            } else {
                m.attack(ConflictKind.REBUT, List.of(a), names[random.nextInt(size)]);
            }
        }
        if (random.nextBoolean()) {
            m.prefer(names[random.nextInt(size)], names[random.nextInt(size)]);
        }
        return m;
    }

    private static String[] names(int size) {
        String[] names = new String[size];
        for (int i = 0; i < size; i++) {
            names[i] = "s" + i;
        }
        return names;
    }

    /** The accepted statements of each labelling, as sets of identifiers. */
    private static Set<Set<String>> extensions(Evaluation evaluation) {
        Set<Set<String>> result = new HashSet<>();
        for (Labelling labelling : evaluation.labellings()) {
            Set<String> ids = new TreeSet<>();
            labelling.acceptedStatements().forEach(s -> ids.add(s.getId()));
            result.add(ids);
        }
        return result;
    }

    @Test
    void onPlainFrameworksTheExtensionsAreDungsFoundByBruteForce() {
        Random random = new Random(15);
        for (int round = 0; round < MAPS; round++) {
            int size = 2 + random.nextInt(7);
            SmallMaps m = dung(random, size);
            boolean[][] attacks = new boolean[size][size];
            m.map.getConflicts().forEach(c -> attacks[index(c.getAttackers().get(0))][index((Statement) c.getTarget())] = true);
            Set<Set<String>> preferred = new HashSet<>();
            Set<Set<String>> stable = new HashSet<>();
            List<Integer> admissible = new ArrayList<>();
            for (int set = 0; set < 1 << size; set++) {
                if (admissible(set, attacks, size)) {
                    admissible.add(set);
                }
            }
            for (int set : admissible) {
                final int s = set;
                if (admissible.stream().noneMatch(o -> o != s && (o & s) == s)) {
                    preferred.add(ids(set, size));
                }
                if (attacksAllOutside(set, attacks, size)) {
                    stable.add(ids(set, size));
                }
            }
            assertEquals(preferred, extensions(m.evaluate(Semantics.PREFERRED)), "preferred, round " + round);
            assertEquals(stable, extensions(m.evaluate(Semantics.STABLE)), "stable, round " + round);
            Set<String> grounded = extensions(m.evaluate(Semantics.GROUNDED)).iterator().next();
            Set<String> intersection = new TreeSet<>(preferred.iterator().next());
            preferred.forEach(intersection::retainAll);
            assertTrue(intersection.containsAll(grounded), "grounded within the sceptical preferred, round " + round);
        }
    }

    private static int index(Statement statement) {
        return Integer.parseInt(statement.getId().substring(1));
    }

    private static boolean admissible(int set, boolean[][] attacks, int size) {
        for (int a = 0; a < size; a++) {
            if ((set >> a & 1) == 0) {
                continue;
            }
            for (int b = 0; b < size; b++) {
                if ((set >> b & 1) == 1 && attacks[a][b]) {
                    return false; // not conflict-free
                }
                if (attacks[b][a]) {
                    boolean defended = false;
                    for (int c = 0; c < size; c++) {
                        defended |= (set >> c & 1) == 1 && attacks[c][b];
                    }
                    if (!defended) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean attacksAllOutside(int set, boolean[][] attacks, int size) {
        for (int b = 0; b < size; b++) {
            if ((set >> b & 1) == 0) {
                boolean attacked = false;
                for (int a = 0; a < size; a++) {
                    attacked |= (set >> a & 1) == 1 && attacks[a][b];
                }
                if (!attacked) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<String> ids(int set, int size) {
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            if ((set >> i & 1) == 1) {
                ids.add("s" + i);
            }
        }
        return ids;
    }

    @Test
    void groundedAgreesWithEveryPreferredAndEveryStableIsPreferred() {
        Random random = new Random(1503);
        for (int round = 0; round < MAPS; round++) {
            SmallMaps m = mixed(random, 3 + random.nextInt(6));
            Labelling grounded = m.evaluate(Semantics.GROUNDED).labellings().get(0);
            List<Labelling> preferred = m.evaluate(Semantics.PREFERRED).labellings();
            List<Labelling> stable = m.evaluate(Semantics.STABLE).labellings();
            assertTrue(!preferred.isEmpty(), "every map has a preferred labelling, round " + round);
            for (Labelling p : preferred) {
                for (Element element : m.evaluate(Semantics.GROUNDED).elements()) {
                    Label g = grounded.label(element);
                    assertTrue(g == Label.UNDECIDED || g == p.label(element),
                            "grounded decides " + element.getId() + " as the preferred do, round " + round);
                }
            }
            Set<List<Label>> preferredLabels = new HashSet<>();
            preferred.forEach(p -> preferredLabels.add(labels(m, p)));
            for (Labelling s : stable) {
                assertTrue(preferredLabels.contains(labels(m, s)), "a stable labelling is preferred, round " + round);
                assertTrue(!labels(m, s).contains(Label.UNDECIDED), "stable leaves nothing undecided, round " + round);
            }
        }
    }

    private static List<Label> labels(SmallMaps m, Labelling labelling) {
        return m.evaluate(Semantics.GROUNDED).elements().stream().map(labelling::label).toList();
    }

    @Test
    void theResultsDoNotDependOnTheOrderOfTheElements() {
        Random random = new Random(42);
        for (int round = 0; round < MAPS; round++) {
            long seed = random.nextLong();
            SmallMaps m = mixed(new Random(seed), 3 + random.nextInt(6));
            SmallMaps shuffled = mixed(new Random(seed), m.map.getStatements().size());
            Random order = new Random(round);
            shuffle(shuffled.map.getStatements(), order);
            shuffle(shuffled.map.getInferences(), order);
            shuffle(shuffled.map.getConflicts(), order);
            for (Semantics semantics : Semantics.values()) {
                assertEquals(describe(m, m.evaluate(semantics)), describe(shuffled, shuffled.evaluate(semantics)),
                        semantics + ", round " + round);
            }
        }
    }

    private static <T> void shuffle(org.eclipse.emf.common.util.EList<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        list.clear();
        list.addAll(copy);
    }

    /** The labellings by element identifier, in a fixed order, so that maps in another order compare. */
    private static Set<String> describe(SmallMaps m, Evaluation evaluation) {
        Set<String> result = new TreeSet<>();
        List<Element> elements = new ArrayList<>(evaluation.elements());
        elements.sort((a, b) -> a.getId().compareTo(b.getId()));
        for (Labelling labelling : evaluation.labellings()) {
            StringBuilder line = new StringBuilder();
            for (Element element : elements) {
                line.append(element.getId()).append('=').append(labelling.label(element).word()).append(' ');
            }
            result.add(line.toString());
        }
        return result;
    }
}
