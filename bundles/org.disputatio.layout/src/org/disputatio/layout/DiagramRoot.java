// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.Shape;

/**
 * The main question or thesis of a diagram, where a reader starts: the root of its layout, a
 * statement that supports or attacks nothing drawn and that the most drawn statements lead to,
 * through support and attack. Ties go to the statement the map lists first.
 */
public final class DiagramRoot {

    private DiagramRoot() {
    }

    /** The shape drawing the main thesis (the frame of its collapsed argument if hidden), or null without statements. */
    public static Shape of(Diagram diagram) {
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        Map<Shape, List<Shape>> into = new HashMap<>();
        Set<Shape> leading = new HashSet<>();
        for (Edge edge : diagram.getEdges()) {
            if (edge.getSource() != edge.getTarget()) {
                into.computeIfAbsent(edge.getTarget(), t -> new java.util.ArrayList<>()).add(edge.getSource());
                leading.add(edge.getSource());
            }
        }
        Shape best = null;
        int most = -1;
        for (Shape shape : diagram.getShapes()) {
            if (!(shape.getElement() instanceof Statement) || leading.contains(shape)) {
                continue;
            }
            int reaching = reaching(shape, into);
            if (reaching > most) {
                best = shape;
                most = reaching;
            }
        }
        if (best == null) {
            // Every statement leads somewhere (a cycle): the first statement drawn.
            best = diagram.getShapes().stream().filter(s -> s.getElement() instanceof Statement).findFirst().orElse(null);
        }
        return best == null ? null : groups.visible(best);
    }

    /** How many statement shapes lead to this one. */
    private static int reaching(Shape root, Map<Shape, List<Shape>> into) {
        Set<Shape> seen = new LinkedHashSet<>();
        Deque<Shape> open = new ArrayDeque<>(List.of(root));
        while (!open.isEmpty()) {
            for (Shape from : into.getOrDefault(open.pop(), List.of())) {
                if (seen.add(from)) {
                    open.push(from);
                }
            }
        }
        return (int) seen.stream().filter(s -> s.getElement() instanceof Statement).count();
    }
}
