// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;

/**
 * Where a new box goes that must cover none of the boxes drawn and cross none of the lines:
 * where it was asked for when it is clear there, else the nearest place found by stepping off
 * what is in its way, one least gap beyond it, left, right, up or down, nearest first. A box
 * standing on a line would look joined to what the line joins. Nothing already drawn moves.
 */
final class FreePlace {

    private static final double GAP = DiagramLayouter.GAP;

    /** How far a new box keeps from a line. */
    private static final double CLEARANCE = GAP / 2;

    /** How many places are tried before the box goes below everything (a bound for huge, crowded maps). */
    private static final int TRIES = 2000;

    /** A straight piece of a drawn line, from one point to the next. */
    record Segment(Point from, Point to) {

        /** Whether the segment passes through the inside of the box grown by the clearance (touching its border is not). */
        boolean crosses(Box place) {
            Box near = place.grownBy(CLEARANCE);
            // Liang and Barsky's clipping: the part of the segment inside the box is not empty.
            double dx = to.x() - from.x();
            double dy = to.y() - from.y();
            double[] p = { -dx, dx, -dy, dy };
            double[] q = { from.x() - near.x(), near.right() - from.x(), from.y() - near.y(), near.bottom() - from.y() };
            double enter = 0;
            double leave = 1;
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] <= 0) {
                        return false;
                    }
                } else {
                    double t = q[i] / p[i];
                    if (p[i] < 0) {
                        enter = Math.max(enter, t);
                    } else {
                        leave = Math.min(leave, t);
                    }
                }
            }
            return enter < leave;
        }

        /** The segment's bounding box grown by the clearance: what a place steps off. */
        Box bounds() {
            double x = Math.min(from.x(), to.x());
            double y = Math.min(from.y(), to.y());
            return new Box(x, y, Math.abs(to.x() - from.x()), Math.abs(to.y() - from.y())).grownBy(CLEARANCE);
        }
    }

    private FreePlace() {
    }

    /** The box moved to the nearest place where it covers no other box and crosses no line (itself when it is clear). */
    static Box nearest(List<Box> others, List<Segment> lines, Box wanted) {
        Point asked = wanted.topLeft();
        Comparator<Box> nearer = Comparator.comparingDouble(b -> Math.hypot(b.x() - asked.x(), b.y() - asked.y()));
        PriorityQueue<Box> places = new PriorityQueue<>(nearer);
        Set<Point> tried = new HashSet<>();
        places.add(wanted);
        tried.add(asked);
        for (int n = 0; n < TRIES && !places.isEmpty(); n++) {
            Box place = places.poll();
            List<Box> inTheWay = new ArrayList<>();
            others.stream().filter(place::overlaps).map(b -> b.grownBy(GAP)).forEach(inTheWay::add);
            lines.stream().filter(line -> line.crosses(place)).map(Segment::bounds).forEach(inTheWay::add);
            if (inTheWay.isEmpty()) {
                return place;
            }
            for (Box o : inTheWay) {
                for (Box next : List.of(place.movedBy(o.x() - place.right(), 0), place.movedBy(o.right() - place.x(), 0),
                        place.movedBy(0, o.y() - place.bottom()), place.movedBy(0, o.bottom() - place.y()))) {
                    if (tried.add(next.topLeft())) {
                        places.add(next);
                    }
                }
            }
        }
        double below = others.stream().mapToDouble(Box::bottom).max().orElse(wanted.y()) + GAP;
        return wanted.movedBy(0, Math.max(0, below - wanted.y()));
    }
}
