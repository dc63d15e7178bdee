// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.disputatio.core.evaluation.AttackGraph.Kind;
import org.disputatio.core.evaluation.AttackGraph.Node;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;

/** One labelling of a map's statements and inferences. */
public final class Labelling {

    private final AttackGraph graph;
    private final Label[] labels;
    private final Label[] fixed;

    Labelling(AttackGraph graph, Label[] labels, Label[] fixed) {
        this.graph = graph;
        this.labels = labels;
        this.fixed = fixed;
    }

    /** The label of a statement or inference; undecided for an element the map does not evaluate. */
    public Label label(Element element) {
        int index = graph.indexOf(element);
        return index < 0 ? Label.UNDECIDED : labels[index];
    }

    /** The statements and inferences with this label, in map order. */
    public List<Element> withLabel(Label label) {
        List<Element> result = new ArrayList<>();
        for (Node node : graph.nodes()) {
            if (node.kind() != Kind.ATTACK && labels[node.index()] == label) {
                result.add(node.element());
            }
        }
        return result;
    }

    /** The accepted statements: the extension this labelling stands for. */
    public List<Statement> acceptedStatements() {
        return withLabel(Label.ACCEPTED).stream().filter(Statement.class::isInstance).map(Statement.class::cast).toList();
    }

    Label[] labels() {
        return labels;
    }

    /** Why the element has its label here (docs/evaluation.md, "Why?"). */
    public Explanation explain(Element element) {
        int index = graph.indexOf(element);
        if (index < 0 && element instanceof org.disputatio.model.Conflict conflict) {
            return explainConflict(conflict);
        }
        if (index < 0) {
            return new Explanation(element, Label.UNDECIDED, name(element) + " is not evaluated: it is not a statement or"
                    + " an inference with premises and a conclusion.", List.of());
        }
        Node node = graph.node(index);
        Label label = labels[index];
        if (fixed[index] != null) {
            return new Explanation(element, label, capital(label.word()) + ": assumed " + label.word() + " (what-if).",
                    List.of());
        }
        // Attacks that succeed or hang in the balance.
        List<Element> attackers = attackersWith(node, label == Label.REJECTED ? Label.ACCEPTED : Label.UNDECIDED);
        if (label == Label.REJECTED && !attackers.isEmpty()) {
            return new Explanation(element, label, "Rejected: defeated by " + names(attackers) + ", accepted.", attackers);
        }
        if (label == Label.UNDECIDED && !attackers.isEmpty()) {
            return new Explanation(element, label, "Undecided: attacked by " + names(attackers)
                    + ", which is undecided itself.", attackers);
        }
        if (node.kind() == Kind.INFERENCE) {
            return explainInference((Inference) element, node, label);
        }
        return explainStatement(node, label);
    }

    /**
     * Whether a conflict's attack succeeds: it does when all its attackers are accepted (and no
     * preference cancels it). The sentence names the attackers that decide it, as the label of
     * the attack on the conflict's target (a symmetric conflict's attack back is not told).
     */
    private Explanation explainConflict(org.disputatio.model.Conflict conflict) {
        Node attack = graph.nodes().stream().filter(n -> n.kind() == Kind.ATTACK && n.element() == conflict
                && graph.node(n.target()).element() == conflict.getTarget()).findFirst().orElse(null);
        if (attack == null) {
            AttackGraph.Cancelled cancelled = graph.cancelled().stream().filter(c -> c.conflict() == conflict).findFirst().orElse(null);
            if (cancelled != null) {
                return new Explanation(conflict, Label.REJECTED, "Fails: " + name(cancelled.target()) + " is preferred to "
                        + name(cancelled.attacker()) + ", so the attack does not succeed.", List.of(cancelled.attacker(), cancelled.target()));
            }
            return new Explanation(conflict, Label.UNDECIDED, name(conflict) + " is not evaluated: it has no attacker or no target.",
                    List.of());
        }
        Label label = labels[attack.index()];
        List<Element> attackers = new ArrayList<>();
        for (int r : attack.requires()) {
            attackers.add(graph.node(r).element());
        }
        String target = name(graph.node(attack.target()).element());
        return switch (label) {
            case ACCEPTED -> new Explanation(conflict, label, "Succeeds: " + names(attackers) + (attackers.size() == 1 ? " is" : " are")
                    + " accepted, so it defeats " + target + ".", attackers);
            case REJECTED -> {
                List<Element> failing = withLabelOnly(attackers, Label.REJECTED);
                yield new Explanation(conflict, label, "Fails: " + names(failing) + (failing.size() == 1 ? " is" : " are")
                        + " rejected, so it does not defeat " + target + ".", failing);
            }
            case UNDECIDED -> {
                List<Element> open = withLabelOnly(attackers, Label.UNDECIDED);
                yield new Explanation(conflict, label, "Undecided: " + names(open) + (open.size() == 1 ? " is" : " are")
                        + " undecided, so " + target + " is not defeated by it either way.", open);
            }
        };
    }

    private Explanation explainStatement(Node node, Label label) {
        Element element = node.element();
        List<Element> reasons = new ArrayList<>();
        for (int s : node.supports()) {
            reasons.add(graph.node(s).element());
        }
        String attacks = attacksFailing(node);
        if (label == Label.ACCEPTED) {
            if (node.base()) {
                return new Explanation(element, label, "Accepted: nothing concludes it, so it is taken as an assumption, "
                        + "and " + attacks + ".", failingAttackers(node));
            }
            List<Element> holding = withLabelOnly(reasons, Label.ACCEPTED);
            return new Explanation(element, label, "Accepted: supported by " + names(holding) + ", and " + attacks + ".",
                    holding);
        }
        if (reasons.isEmpty()) {
            return new Explanation(element, label, capital(label.word())
                    + ": no inference concludes it and it is not among the listed assumptions.", List.of());
        }
        List<Element> culprits = new ArrayList<>();
        List<Element> shown = withLabelOnly(reasons, label);
        for (Element reason : shown) {
            culprits.add(reason);
        }
        String which = label == Label.REJECTED ? "none of its reasons holds" : "its reasons are undecided";
        return new Explanation(element, label, capital(label.word()) + ": " + which + " (" + names(shown) + ").",
                culprits);
    }

    private Explanation explainInference(Inference inference, Node node, Label label) {
        if (label == Label.ACCEPTED) {
            return new Explanation(inference, label, "Holds: all its premises are accepted and "
                    + attacksFailing(node).replace("no attack on it", "no undercut of it") + ".", failingAttackers(node));
        }
        List<Element> premises = new ArrayList<>();
        for (int r : node.requires()) {
            if (labels[r] == label) {
                premises.add(graph.node(r).element());
            }
        }
        String verb = label == Label.REJECTED ? "rejected" : "undecided";
        return new Explanation(inference, label, capital(label == Label.REJECTED ? "fails" : "undecided") + ": premise "
                + names(premises) + (premises.size() == 1 ? " is " : " are ") + verb + ".", premises);
    }

    /** The attackers, in the attacks on the node that have this label. */
    private List<Element> attackersWith(Node node, Label attackLabel) {
        Set<Element> result = new LinkedHashSet<>();
        for (int a : node.attacks()) {
            if (labels[a] == attackLabel) {
                for (int r : graph.node(a).requires()) {
                    if (labels[r] == attackLabel) {
                        result.add(graph.node(r).element());
                    }
                }
            }
        }
        return new ArrayList<>(result);
    }

    private List<Element> failingAttackers(Node node) {
        Set<Element> result = new LinkedHashSet<>();
        for (int a : node.attacks()) {
            for (int r : graph.node(a).requires()) {
                if (labels[r] == Label.REJECTED) {
                    result.add(graph.node(r).element());
                }
            }
        }
        for (AttackGraph.Cancelled c : graph.cancelled()) {
            if (c.target() == node.element()) {
                result.add(c.attacker());
            }
        }
        return new ArrayList<>(result);
    }

    private String attacksFailing(Node node) {
        List<String> parts = new ArrayList<>();
        List<Element> rejected = new ArrayList<>();
        for (int a : node.attacks()) {
            for (int r : graph.node(a).requires()) {
                if (labels[r] == Label.REJECTED && !rejected.contains(graph.node(r).element())) {
                    rejected.add(graph.node(r).element());
                }
            }
        }
        if (!rejected.isEmpty()) {
            parts.add("its attackers " + names(rejected) + " are rejected");
        }
        for (AttackGraph.Cancelled c : graph.cancelled()) {
            if (c.target() == node.element()) {
                parts.add("the attack of " + name(c.attacker()) + " fails because it is preferred to it");
            }
        }
        if (parts.isEmpty()) {
            return "nothing attacks it";
        }
        return "no attack on it succeeds: " + String.join("; ", parts);
    }

    private List<Element> withLabelOnly(List<Element> elements, Label label) {
        return elements.stream().filter(e -> label(e) == label).collect(Collectors.toList());
    }

    static String name(Element element) {
        if (element instanceof Statement s && s.getLabel() != null && !s.getLabel().isBlank()) {
            return "\u201c" + s.getLabel() + "\u201d";
        }
        if (element instanceof Inference i && i.getConclusion() != null) {
            return "the inference to " + name(i.getConclusion());
        }
        return element.getId();
    }

    private static String names(List<Element> elements) {
        return elements.stream().map(Labelling::name).collect(Collectors.joining(", "));
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
