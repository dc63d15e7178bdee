// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disputatio.core.evaluation.AttackGraph.Kind;
import org.disputatio.core.evaluation.AttackGraph.Node;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Element;

/**
 * What stands in a map: its labellings under the chosen semantics, and one label per element
 * for the map to show (docs/evaluation.md). Derived, never stored.
 */
public final class Evaluation {

    private final AttackGraph graph;
    private final EvaluationOptions options;
    private final List<Labelling> labellings;
    private final Labelling summary;

    private Evaluation(AttackGraph graph, EvaluationOptions options, List<Labelling> labellings, Labelling summary) {
        this.graph = graph;
        this.options = options;
        this.labellings = List.copyOf(labellings);
        this.summary = summary;
    }

    /**
     * Evaluates a map.
     *
     * @throws EvaluationTooLargeException when preferred or stable would take more than the bound
     */
    public static Evaluation of(ArgumentMap map, EvaluationOptions options) {
        AttackGraph graph = AttackGraph.of(map, options.onlyListedAssumptions());
        Label[] fixed = new Label[graph.size()];
        for (Map.Entry<Element, Label> assumption : options.assumptions().entrySet()) {
            int index = graph.indexOf(assumption.getKey());
            if (index >= 0) {
                fixed[index] = assumption.getValue();
            }
        }
        Labeller labeller = new Labeller(graph, fixed, options.bound());
        List<Label[]> found = switch (options.semantics()) {
            case GROUNDED -> java.util.Collections.singletonList(labeller.grounded());
            case PREFERRED -> labeller.preferred();
            case STABLE -> labeller.stable();
        };
        List<Labelling> labellings = new ArrayList<>();
        for (Label[] labels : found) {
            labellings.add(new Labelling(graph, labels, fixed));
        }
        return new Evaluation(graph, options, labellings, new Labelling(graph, sceptical(graph.size(), found), fixed));
    }

    public static Evaluation grounded(ArgumentMap map) {
        return of(map, EvaluationOptions.grounded());
    }

    /** Accepted (rejected) where every labelling accepts (rejects), else undecided; undecided when there is none. */
    private static Label[] sceptical(int size, List<Label[]> found) {
        Label[] result = new Label[size];
        for (int i = 0; i < size; i++) {
            Label common = found.isEmpty() ? Label.UNDECIDED : found.get(0)[i];
            for (Label[] labels : found) {
                if (labels[i] != common) {
                    common = Label.UNDECIDED;
                }
            }
            result[i] = common;
        }
        return result;
    }

    public EvaluationOptions options() {
        return options;
    }

    public AttackGraph graph() {
        return graph;
    }

    /** The labellings: one for grounded, one or more for preferred, any number (even none) for stable. */
    public List<Labelling> labellings() {
        return labellings;
    }

    /** The label the map shows: the grounded one, or what every preferred or stable labelling agrees on. */
    public Label label(Element element) {
        return summary.label(element);
    }

    /** Why the element has the label {@link #label} gives. */
    public Explanation explain(Element element) {
        if (labellings.size() == 1) {
            return labellings.get(0).explain(element);
        }
        Label label = summary.label(element);
        String semantics = options.semantics().word();
        if (labellings.isEmpty()) {
            return new Explanation(element, label, "Undecided: the map has no " + semantics + " labelling.", List.of());
        }
        if (label == Label.UNDECIDED) {
            long accepted = labellings.stream().filter(l -> l.label(element) == Label.ACCEPTED).count();
            long rejected = labellings.stream().filter(l -> l.label(element) == Label.REJECTED).count();
            return new Explanation(element, label, "Undecided: accepted in " + accepted + " and rejected in " + rejected
                    + " of the " + labellings.size() + " " + semantics + " labellings.", List.of());
        }
        Explanation first = labellings.get(0).explain(element);
        return new Explanation(element, label, first.sentence() + " (So in every " + semantics + " labelling.)",
                first.reasons());
    }

    /**
     * The what-if in one line, for a slide or a status line: "What if “A” and “B” are rejected?
     * (grounded semantics)", or "The map as it stands (grounded semantics)" with no assumption.
     * Assumptions on elements no longer in the map are left out, as the evaluation leaves them.
     */
    public String whatIf() {
        List<String> parts = new ArrayList<>();
        for (Label label : List.of(Label.ACCEPTED, Label.REJECTED)) {
            List<String> names = options.assumptions().entrySet().stream()
                    .filter(a -> a.getValue() == label && graph.indexOf(a.getKey()) >= 0)
                    .sorted(java.util.Comparator.comparingInt(a -> graph.indexOf(a.getKey())))
                    .map(a -> Labelling.name(a.getKey())).toList();
            if (!names.isEmpty()) {
                String joined = names.size() == 1 ? names.get(0)
                        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
                parts.add(joined + (names.size() == 1 ? " is " : " are ") + label.word());
            }
        }
        String semantics = "(" + options.semantics().word() + " semantics)";
        return parts.isEmpty() ? "The map as it stands " + semantics : "What if " + String.join(" and ", parts) + "? " + semantics;
    }

    /** The statements and inferences the map evaluates, in map order. */
    public List<Element> elements() {
        List<Element> result = new ArrayList<>();
        for (Node node : graph.nodes()) {
            if (node.kind() != Kind.ATTACK) {
                result.add(node.element());
            }
        }
        return result;
    }
}
