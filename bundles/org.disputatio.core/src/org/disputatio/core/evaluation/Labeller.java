// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.disputatio.core.evaluation.AttackGraph.Node;

/**
 * The labelling algorithms on an {@link AttackGraph}: the grounded labelling by propagation
 * from "all undecided", and the complete labellings by a search over the elements the grounded
 * one leaves undecided, from which preferred (the maximal ones) and stable (two-valued, each
 * accepted element supported without circularity) are chosen.
 */
final class Labeller {

    private final AttackGraph graph;
    /** The what-if: a fixed label per node, or null. */
    private final Label[] fixed;
    private final long bound;
    private long steps;

    Labeller(AttackGraph graph, Label[] fixed, long bound) {
        this.graph = graph;
        this.fixed = fixed;
        this.bound = bound;
    }

    /**
     * The least fixed point: start with everything undecided (bar the fixed), and decide a node
     * once its condition is decided. Each node changes at most once, so the work is the sum of
     * the in-degrees times the number of times an input changes.
     */
    Label[] grounded() {
        return grounded(fixed);
    }

    private Label[] grounded(Label[] preset) {
        int n = graph.size();
        Label[] labels = new Label[n];
        int[] queue = new int[n];
        boolean[] queued = new boolean[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            labels[i] = preset[i] != null ? preset[i] : Label.UNDECIDED;
        }
        for (int i = 0; i < n; i++) {
            if (preset[i] == null) {
                queue[tail++ % n] = i;
                queued[i] = true;
            }
        }
        int pending = tail;
        while (pending > 0) {
            int i = queue[head++ % n];
            pending--;
            queued[i] = false;
            if (labels[i] != Label.UNDECIDED) {
                continue;
            }
            Label value = AttackGraph.condition(graph.node(i), labels);
            if (value != Label.UNDECIDED) {
                labels[i] = value;
                for (int d : graph.dependents(i)) {
                    if (!queued[d] && labels[d] == Label.UNDECIDED && preset[d] == null) {
                        queue[tail++ % n] = d;
                        queued[d] = true;
                        pending++;
                    }
                }
            }
        }
        return labels;
    }

    /** Every complete labelling (two-valued ones only when {@code twoValued}). */
    List<Label[]> complete(boolean twoValued) {
        Label[] start = grounded();
        int[] open = new int[graph.size()];
        int count = 0;
        Label[] assignment = new Label[graph.size()];
        for (int i = 0; i < graph.size(); i++) {
            if (start[i] == Label.UNDECIDED && fixed[i] == null) {
                open[count++] = i;
            } else {
                assignment[i] = start[i];
            }
        }
        List<Label[]> found = new ArrayList<>();
        search(Arrays.copyOf(open, count), 0, assignment, twoValued, found);
        return found;
    }

    private void search(int[] open, int position, Label[] assignment, boolean twoValued, List<Label[]> found) {
        while (position < open.length && assignment[open[position]] != null) {
            position++;
        }
        if (position == open.length) {
            if (isComplete(open, assignment)) {
                step();
                found.add(assignment.clone());
            }
            return;
        }
        int node = open[position];
        Label[] choices = twoValued ? new Label[] { Label.ACCEPTED, Label.REJECTED }
                : new Label[] { Label.ACCEPTED, Label.REJECTED, Label.UNDECIDED };
        for (Label choice : choices) {
            Label[] trial = assignment.clone();
            trial[node] = choice;
            if (propagate(node, trial, twoValued)) {
                search(open, position + 1, trial, twoValued, found);
            }
        }
    }

    /**
     * Checks the nodes around a new assignment against their conditions, deciding those whose
     * condition is now forced; false on a contradiction.
     */
    private boolean propagate(int start, Label[] assignment, boolean twoValued) {
        List<Integer> work = new ArrayList<>();
        work.add(start);
        for (int d : graph.dependents(start)) {
            work.add(d);
        }
        while (!work.isEmpty()) {
            int i = work.remove(work.size() - 1);
            if (fixed[i] != null) {
                continue;
            }
            step();
            Node node = graph.node(i);
            Label low = bound(node, assignment, false);
            Label high = bound(node, assignment, true);
            Label current = assignment[i];
            if (current == null) {
                if (low == high && (!twoValued || low != Label.UNDECIDED)) {
                    assignment[i] = low;
                    work.add(i);
                    for (int d : graph.dependents(i)) {
                        work.add(d);
                    }
                } else if (twoValued && low == Label.UNDECIDED && high == Label.UNDECIDED) {
                    return false;
                }
            } else if (current.ordinal() < low.ordinal() || current.ordinal() > high.ordinal()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lowest (or highest) label the node's condition can take whatever the unassigned inputs
     * turn out to be: the condition rises with supports and requirements and falls with attacks.
     */
    private static Label bound(Node node, Label[] assignment, boolean high) {
        Label support = node.base() ? Label.ACCEPTED : Label.REJECTED;
        for (int s : node.supports()) {
            support = Label.max(support, valueOr(assignment[s], high ? Label.ACCEPTED : Label.REJECTED));
        }
        Label result = support;
        for (int r : node.requires()) {
            result = Label.min(result, valueOr(assignment[r], high ? Label.ACCEPTED : Label.REJECTED));
        }
        for (int a : node.attacks()) {
            result = Label.min(result, valueOr(assignment[a], high ? Label.REJECTED : Label.ACCEPTED).negate());
        }
        return result;
    }

    private static Label valueOr(Label value, Label otherwise) {
        return value != null ? value : otherwise;
    }

    private boolean isComplete(int[] open, Label[] assignment) {
        for (int i : open) {
            if (AttackGraph.condition(graph.node(i), assignment) != assignment[i]) {
                return false;
            }
        }
        return true;
    }

    private void step() {
        if (++steps > bound) {
            throw new EvaluationTooLargeException("The map is too large to enumerate its labellings: more than " + bound
                    + " search steps (" + openCount() + " statements and inferences are undecided"
                    + " under grounded semantics). Use grounded semantics, or fix some of them with what-if assumptions.");
        }
    }

    private int openCount() {
        int count = 0;
        Label[] labels = grounded();
        for (int i = 0; i < labels.length; i++) {
            count += labels[i] == Label.UNDECIDED && graph.node(i).kind() != AttackGraph.Kind.ATTACK ? 1 : 0;
        }
        return count;
    }

    /** The complete labellings that no other complete labelling decides more of. */
    List<Label[]> preferred() {
        List<Label[]> all = new ArrayList<>(complete(false));
        all.sort(Comparator.comparingInt(Labeller::decided).reversed());
        List<Label[]> maximal = new ArrayList<>();
        List<BitSet[]> maximalSets = new ArrayList<>();
        for (Label[] labelling : all) {
            BitSet[] sets = sets(labelling);
            boolean dominated = false;
            for (BitSet[] other : maximalSets) {
                if (contains(other[0], sets[0]) && contains(other[1], sets[1])) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                maximal.add(labelling);
                maximalSets.add(sets);
            }
        }
        return maximal;
    }

    /**
     * The two-valued complete labellings whose accepted elements are exactly what the grounded
     * labelling accepts once everything they reject is fixed as rejected: nothing is accepted only
     * because it supports itself in a cycle (the reduct of abstract dialectical frameworks).
     */
    List<Label[]> stable() {
        List<Label[]> result = new ArrayList<>();
        for (Label[] labelling : complete(true)) {
            Label[] preset = fixed.clone();
            for (int i = 0; i < labelling.length; i++) {
                if (labelling[i] == Label.REJECTED) {
                    preset[i] = Label.REJECTED;
                }
            }
            if (Arrays.equals(grounded(preset), labelling)) {
                result.add(labelling);
            }
        }
        return result;
    }

    private static int decided(Label[] labelling) {
        int count = 0;
        for (Label label : labelling) {
            count += label == Label.UNDECIDED ? 0 : 1;
        }
        return count;
    }

    private static BitSet[] sets(Label[] labelling) {
        BitSet in = new BitSet();
        BitSet out = new BitSet();
        for (int i = 0; i < labelling.length; i++) {
            if (labelling[i] == Label.ACCEPTED) {
                in.set(i);
            } else if (labelling[i] == Label.REJECTED) {
                out.set(i);
            }
        }
        return new BitSet[] { in, out };
    }

    private static boolean contains(BitSet larger, BitSet smaller) {
        BitSet rest = (BitSet) smaller.clone();
        rest.andNot(larger);
        return rest.isEmpty();
    }
}
