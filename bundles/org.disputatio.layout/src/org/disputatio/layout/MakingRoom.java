// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;

/**
 * Making room for shapes that grew, moved or appeared without laying the diagram out again: the
 * shapes they now overlap step aside, then those that these overlap, and nothing else moves. An
 * open argument's shapes make room inside its frame, which is fitted again; outside, the frame
 * steps aside as a whole, its shapes with it.
 */
final class MakingRoom {

    /** The distance a shape that steps aside keeps, as the layouter keeps it. */
    private static final double GAP = DiagramLayouter.GAP;

    private MakingRoom() {
    }

    /**
     * The new boxes (x, y, width, height): the changed ones, those of the shapes that step aside
     * and of the frames fitted again. Shapes not in the answer stay as they are.
     *
     * @param groups the diagram's arguments as they are drawn after the change
     * @param changed the new boxes of the shapes that changed
     */
    static Map<Shape, Box> around(Diagram diagram, DiagramLayouter layouter, ArgumentGroups groups, Map<Shape, Box> changed) {
        Map<Shape, Box> result = new LinkedHashMap<>();
        result.putAll(changed);
        Set<Shape> frames = new LinkedHashSet<>();
        for (Shape shape : changed.keySet()) {
            Shape group = groups.groupOf(shape);
            if (group != null && groups.isOpen(group) && !changed.containsKey(group)) {
                frames.add(group);
            }
        }
        for (Shape frame : frames) {
            Map<Shape, Box> inside = new LinkedHashMap<>();
            for (Shape member : groups.members(frame)) {
                inside.put(member, result.containsKey(member) ? result.get(member) : layouter.box(member));
            }
            for (Shape moved : stepAside(inside, result.keySet())) {
                result.put(moved, inside.get(moved));
            }
            result.put(frame, layouter.frame(frame, groups, inside));
        }
        // Outside the frames: each open frame stands for its shapes.
        Map<Shape, Box> top = new LinkedHashMap<>();
        for (Shape shape : diagram.getShapes()) {
            Shape group = groups.groupOf(shape);
            if (!groups.isHidden(shape) && (group == null || !groups.isOpen(group))) {
                top.put(shape, result.containsKey(shape) ? result.get(shape) : layouter.box(shape));
            }
        }
        for (Shape moved : stepAside(top, result.keySet())) {
            Box was = layouter.box(moved);
            Box now = top.get(moved);
            result.put(moved, now);
            if (groups.isOpen(moved)) {
                for (Shape member : groups.members(moved)) {
                    result.put(member, layouter.box(member).movedBy(now.x() - was.x(), now.y() - was.y()));
                }
            }
        }
        return result;
    }

    /**
     * Moves the boxes the fixed ones overlap out of their way, along the axis that needs the
     * shorter step, and so on from each box that moved (which may so move again); the fixed
     * boxes stay. A bound on the steps ends what could otherwise go back and forth.
     *
     * @return the shapes whose boxes moved
     */
    private static Set<Shape> stepAside(Map<Shape, Box> boxes, Set<Shape> fixed) {
        Deque<Shape> queue = new ArrayDeque<>();
        for (Shape shape : boxes.keySet()) {
            if (fixed.contains(shape)) {
                queue.add(shape);
            }
        }
        Set<Shape> moved = new LinkedHashSet<>();
        int steps = 20 * boxes.size();
        while (!queue.isEmpty() && steps > 0) {
            Shape pushing = queue.poll();
            Box a = boxes.get(pushing);
            for (Map.Entry<Shape, Box> entry : boxes.entrySet()) {
                Shape other = entry.getKey();
                if (other != pushing && !fixed.contains(other) && DiagramLayouter.overlap(a, entry.getValue())) {
                    entry.setValue(shove(a, entry.getValue()));
                    moved.add(other);
                    queue.add(other);
                    steps--;
                }
            }
        }
        return moved;
    }

    /** b moved off a, away from a's centre. */
    private static Box shove(Box a, Box b) {
        Point ca = a.center();
        Point cb = b.center();
        double dx = cb.x() >= ca.x() ? a.right() + GAP - b.x() : -(b.right() + GAP - a.x());
        double dy = cb.y() >= ca.y() ? a.bottom() + GAP - b.y() : -(b.bottom() + GAP - a.y());
        return Math.abs(dx) <= Math.abs(dy) ? b.movedBy(dx, 0) : b.movedBy(0, dy);
    }

    /** Whether two boxes differ in place or size by more than a rounding error. */
    static boolean differs(Box a, Box b) {
        return Math.abs(a.x() - b.x()) > 0.01 || Math.abs(a.y() - b.y()) > 0.01 || Math.abs(a.width() - b.width()) > 0.01
                || Math.abs(a.height() - b.height()) > 0.01;
    }
}
