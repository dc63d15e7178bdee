// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Attackable;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Preference;
import org.disputatio.model.Statement;

/**
 * A map translated into nodes with acceptance conditions (docs/evaluation.md, "Translation").
 * Every statement, every inference and every attack that a conflict makes is a node; a node is
 * accepted when {@code (base or some support) and every requirement and no attack}:
 * <ul>
 * <li>a statement: base when it is an assumption, supports are the inferences concluding it,
 * attacks the attacks on it;</li>
 * <li>an inference: base always, requirements are its premises, attacks its undercuts;</li>
 * <li>an attack: base always, requirements are its attackers (a joint attack needs them all).</li>
 * </ul>
 * Contraries and contradictories add the reverse attacks; an attack on a statement that the
 * target is preferred to (directly, or through the inferences concluding them) is left out and
 * remembered as cancelled. Each formula mentions each node once, so Kleene's three-valued
 * evaluation of it is exact.
 */
public final class AttackGraph {

    public enum Kind {
        STATEMENT, INFERENCE, ATTACK
    }

    /** One node. For an attack, {@code element} is its conflict and {@code target} the node it attacks. */
    public record Node(int index, Kind kind, Element element, boolean base, int[] supports, int[] requires, int[] attacks,
            int target) {
    }

    /** An attack of a conflict that does not succeed because its target is preferred. */
    public record Cancelled(Conflict conflict, Statement attacker, Statement target, Preference preference) {
    }

    private final List<Node> nodes;
    private final Map<Element, Integer> indexOf;
    private final int[][] dependents;
    private final List<Cancelled> cancelled;

    private AttackGraph(List<Node> nodes, Map<Element, Integer> indexOf, List<Cancelled> cancelled) {
        this.nodes = List.copyOf(nodes);
        this.indexOf = Map.copyOf(indexOf);
        this.cancelled = List.copyOf(cancelled);
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (Node node : nodes) {
            for (int[] inputs : new int[][] { node.supports, node.requires, node.attacks }) {
                for (int input : inputs) {
                    out.get(input).add(node.index);
                }
            }
        }
        dependents = new int[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            dependents[i] = out.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * Translates a map. Statements an inference concludes are never assumptions; the others are
     * assumptions unless {@code onlyListedAssumptions}; listed what-if assumptions are fixed by
     * the evaluation, not here.
     */
    public static AttackGraph of(ArgumentMap map, boolean onlyListedAssumptions) {
        List<Node> nodes = new ArrayList<>();
        Map<Element, Integer> indexOf = new HashMap<>();
        List<Statement> statements = map.getStatements();
        List<Inference> inferences = map.getInferences().stream()
                .filter(i -> i.getConclusion() != null && !i.getPremises().isEmpty()).toList();
        int next = 0;
        for (Statement statement : statements) {
            indexOf.put(statement, next++);
        }
        for (Inference inference : inferences) {
            indexOf.put(inference, next++);
        }
        Map<Statement, List<Inference>> concluding = new HashMap<>();
        for (Inference inference : inferences) {
            concluding.computeIfAbsent(inference.getConclusion(), s -> new ArrayList<>()).add(inference);
        }

        // Attacks: one per conflict, plus the reverse ones of symmetric conflicts.
        record Attack(Conflict conflict, List<Statement> attackers, Attackable target) {
        }
        List<Attack> attacks = new ArrayList<>();
        List<Cancelled> cancelled = new ArrayList<>();
        for (Conflict conflict : map.getConflicts()) {
            Attackable target = conflict.getTarget();
            List<Statement> attackers = new ArrayList<>(new LinkedHashSet<>(conflict.getAttackers()));
            attackers.removeIf(a -> !indexOf.containsKey(a));
            if (target == null || attackers.isEmpty() || !indexOf.containsKey((Element) target)) {
                continue; // the validator reports it; nothing to evaluate
            }
            if (target instanceof Statement t) {
                Preference winner = preferenceFor(map, concluding, t, attackers);
                if (winner != null) {
                    cancelled.add(new Cancelled(conflict, weakest(map, concluding, t, attackers), t, winner));
                } else {
                    attacks.add(new Attack(conflict, attackers, target));
                }
                boolean symmetric = conflict.getKind() == ConflictKind.CONTRARY
                        || conflict.getKind() == ConflictKind.CONTRADICTORY;
                if (symmetric) {
                    for (Statement attacker : attackers) {
                        if (attacker == t) {
                            continue;
                        }
                        Preference back = preferenceFor(map, concluding, attacker, List.of(t));
                        if (back != null) {
                            cancelled.add(new Cancelled(conflict, t, attacker, back));
                        } else {
                            attacks.add(new Attack(conflict, List.of(t), attacker));
                        }
                    }
                }
            } else {
                // undercuts succeed whatever the preferences (as in ASPIC+)
                attacks.add(new Attack(conflict, attackers, target));
            }
        }
        int firstAttack = next;
        Map<Integer, List<Integer>> attacksOn = new HashMap<>();
        for (Attack attack : attacks) {
            attacksOn.computeIfAbsent(indexOf.get((Element) attack.target), k -> new ArrayList<>()).add(next++);
        }

        for (Statement statement : statements) {
            int index = indexOf.get(statement);
            List<Inference> reasons = concluding.getOrDefault(statement, List.of());
            boolean assumption = reasons.isEmpty() && !onlyListedAssumptions;
            nodes.add(new Node(index, Kind.STATEMENT, statement, assumption, indices(reasons, indexOf), new int[0],
                    ints(attacksOn.get(index)), -1));
        }
        for (Inference inference : inferences) {
            int index = indexOf.get(inference);
            nodes.add(new Node(index, Kind.INFERENCE, inference, true, new int[0],
                    indices(new ArrayList<>(new LinkedHashSet<>(inference.getPremises())), indexOf),
                    ints(attacksOn.get(index)), -1));
        }
        int index = firstAttack;
        for (Attack attack : attacks) {
            nodes.add(new Node(index++, Kind.ATTACK, attack.conflict, true, new int[0], indices(attack.attackers, indexOf),
                    new int[0], indexOf.get((Element) attack.target)));
        }
        return new AttackGraph(nodes, indexOf, cancelled);
    }

    /** A preference that makes the target win against one of the attackers, or null. */
    private static Preference preferenceFor(ArgumentMap map, Map<Statement, List<Inference>> concluding, Statement target,
            List<Statement> attackers) {
        for (Statement attacker : attackers) {
            Preference p = preferred(map, concluding, target, attacker);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static Statement weakest(ArgumentMap map, Map<Statement, List<Inference>> concluding, Statement target,
            List<Statement> attackers) {
        for (Statement attacker : attackers) {
            if (preferred(map, concluding, target, attacker) != null) {
                return attacker;
            }
        }
        return attackers.get(0);
    }

    /**
     * The preference stating that {@code a} is preferred to {@code b}, or that an inference
     * concluding {@code a} is preferred to one concluding {@code b}; null when none does.
     */
    private static Preference preferred(ArgumentMap map, Map<Statement, List<Inference>> concluding, Statement a,
            Statement b) {
        Set<Attackable> forA = new HashSet<>(concluding.getOrDefault(a, List.of()));
        forA.add(a);
        Set<Attackable> forB = new HashSet<>(concluding.getOrDefault(b, List.of()));
        forB.add(b);
        for (Preference preference : map.getPreferences()) {
            if (forA.contains(preference.getPreferred()) && forB.contains(preference.getDispreferred())) {
                return preference;
            }
        }
        return null;
    }

    private static int[] indices(List<? extends Element> elements, Map<Element, Integer> indexOf) {
        return elements.stream().filter(indexOf::containsKey).mapToInt(indexOf::get).toArray();
    }

    private static int[] ints(List<Integer> list) {
        return list == null ? new int[0] : list.stream().mapToInt(Integer::intValue).toArray();
    }

    public List<Node> nodes() {
        return nodes;
    }

    public int size() {
        return nodes.size();
    }

    public Node node(int index) {
        return nodes.get(index);
    }

    /** The node of a statement or inference, or -1 when the map has none for it. */
    public int indexOf(Element element) {
        return indexOf.getOrDefault(element, -1);
    }

    /** The nodes whose condition mentions this one. */
    int[] dependents(int index) {
        return dependents[index];
    }

    public List<Cancelled> cancelled() {
        return Collections.unmodifiableList(cancelled);
    }

    /** The attacks made by a conflict (one, or more for a symmetric one). */
    public List<Node> attacksOf(Conflict conflict) {
        return nodes.stream().filter(n -> n.kind == Kind.ATTACK && n.element == conflict).toList();
    }

    /**
     * The label a node's condition gives under the labels of the others (Kleene's logic:
     * accepted is true, rejected false, undecided unknown).
     */
    static Label condition(Node node, Label[] labels) {
        Label support = node.base ? Label.ACCEPTED : Label.REJECTED;
        for (int s : node.supports) {
            support = Label.max(support, labels[s]);
        }
        Label result = support;
        for (int r : node.requires) {
            result = Label.min(result, labels[r]);
        }
        for (int a : node.attacks) {
            result = Label.min(result, labels[a].negate());
        }
        return result;
    }
}
