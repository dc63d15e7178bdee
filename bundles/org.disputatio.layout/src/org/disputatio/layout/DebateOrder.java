// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;

/**
 * The order of a debate's boxes within their rows, given to layered's interactive crossing
 * minimisation as the boxes' places: depth first from each conclusion, every box right after
 * the one it answers, siblings in the order of their lines. The lines of a tree of reasons then
 * cross nowhere; only the lines of a box answering two others, or of a circle, cross some.
 */
final class DebateOrder {

    /** A box whose depth is being measured: a line to it closes a circle. */
    private static final int ON_PATH = -1;

    private final boolean rowsAcross;
    /** Wider than any box, so that the order holds whichever point of a box ELK compares. */
    private final double step;
    private final Map<ElkNode, Integer> depth;
    private final Set<ElkNode> seen;
    private final Deque<ElkNode> next = new ArrayDeque<>();
    private double place;

    private DebateOrder(List<ElkNode> boxes, boolean rowsAcross) {
        this.rowsAcross = rowsAcross;
        double widest = 0;
        for (ElkNode box : boxes) {
            widest = Math.max(widest, rowsAcross ? box.getWidth() : box.getHeight());
        }
        this.step = widest + 1;
        this.depth = new HashMap<>(boxes.size() * 2);
        this.seen = new HashSet<>(boxes.size() * 2);
    }

    /**
     * Sets each box's place across its row (x when rows run across, else y) to its rank in the
     * walk times the step; the other coordinate is left as it is.
     */
    static void place(ElkNode graph, boolean rowsAcross) {
        List<ElkNode> boxes = graph.getChildren();
        DebateOrder order = new DebateOrder(boxes, rowsAcross);
        order.measureDepths(boxes);
        // Conclusions first (boxes whose lines point nowhere), then whatever a circle of lines left.
        for (ElkNode box : boxes) {
            if (box.getOutgoingEdges().isEmpty()) {
                order.walk(box);
            }
        }
        for (ElkNode box : boxes) {
            order.walk(box);
        }
    }

    /**
     * The longest chain of lines from each box to a conclusion (the row layered puts it in, counted
     * from the conclusions), leaving out lines that close a circle; without recursion, as a
     * debate's chains run thousands of boxes deep.
     */
    private void measureDepths(List<ElkNode> boxes) {
        Deque<ElkNode> path = new ArrayDeque<>();
        Deque<Iterator<ElkEdge>> lines = new ArrayDeque<>();
        for (ElkNode start : boxes) {
            if (depth.containsKey(start)) {
                continue;
            }
            depth.put(start, ON_PATH);
            path.push(start);
            lines.push(start.getOutgoingEdges().iterator());
            while (!path.isEmpty()) {
                Iterator<ElkEdge> rest = lines.peek();
                if (rest.hasNext()) {
                    ElkNode target = target(rest.next());
                    if (!depth.containsKey(target)) {
                        depth.put(target, ON_PATH);
                        path.push(target);
                        lines.push(target.getOutgoingEdges().iterator());
                    }
                } else {
                    ElkNode box = path.pop();
                    lines.pop();
                    int deepest = 0;
                    for (ElkEdge line : box.getOutgoingEdges()) {
                        int d = depth.get(target(line));
                        if (d != ON_PATH) {
                            deepest = Math.max(deepest, d + 1);
                        }
                    }
                    depth.put(box, deepest);
                }
            }
        }
    }

    /**
     * Of the boxes a box answers, the one it is walked under: the nearest to the conclusions.
     * Layered puts a box one row past the farthest; so its line to that one is the long line,
     * and runs down its own branch, and the line that leaves the branch crosses one gap only.
     */
    private ElkNode answered(ElkNode box) {
        ElkNode nearest = null;
        int least = Integer.MAX_VALUE;
        for (ElkEdge line : box.getOutgoingEdges()) {
            ElkNode target = target(line);
            int d = depth.get(target);
            if (d < least) {
                least = d;
                nearest = target;
            }
        }
        return nearest;
    }

    private static ElkNode target(ElkEdge line) {
        return (ElkNode) line.getTargets().get(0);
    }

    /** Depth first without recursion. */
    private void walk(ElkNode start) {
        next.push(start);
        while (!next.isEmpty()) {
            ElkNode box = next.pop();
            if (!seen.add(box)) {
                continue;
            }
            if (rowsAcross) {
                box.setX(place);
            } else {
                box.setY(place);
            }
            place += step;
            // Pushed last to first, so that the first answer is walked first.
            List<ElkEdge> answers = box.getIncomingEdges();
            for (int i = answers.size() - 1; i >= 0; i--) {
                ElkNode answer = (ElkNode) answers.get(i).getSources().get(0);
                if (!seen.contains(answer) && answered(answer) == box) {
                    next.push(answer);
                }
            }
        }
    }
}
