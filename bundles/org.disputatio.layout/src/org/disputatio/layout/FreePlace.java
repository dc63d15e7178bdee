// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;

/**
 * Where a new box goes that must cover none of the boxes drawn: where it was asked for when it
 * covers none there, else the nearest place found by stepping off the boxes in its way, one
 * least gap beyond them, left, right, up or down, nearest first. Nothing already drawn moves.
 */
final class FreePlace {

    private static final double GAP = DiagramLayouter.GAP;

    /** How many places are tried before the box goes below everything (a bound for huge, crowded maps). */
    private static final int TRIES = 2000;

    private FreePlace() {
    }

    /** The box moved to the nearest place where it covers none of the others (itself when it covers none). */
    static Box nearest(List<Box> others, Box wanted) {
        Point asked = wanted.topLeft();
        Comparator<Box> nearer = Comparator.comparingDouble(b -> Math.hypot(b.x() - asked.x(), b.y() - asked.y()));
        PriorityQueue<Box> places = new PriorityQueue<>(nearer);
        Set<Point> tried = new HashSet<>();
        places.add(wanted);
        tried.add(asked);
        for (int n = 0; n < TRIES && !places.isEmpty(); n++) {
            Box place = places.poll();
            List<Box> inTheWay = others.stream().filter(place::overlaps).toList();
            if (inTheWay.isEmpty()) {
                return place;
            }
            for (Box o : inTheWay) {
                for (Box next : List.of(place.movedBy(o.x() - GAP - place.right(), 0), place.movedBy(o.right() + GAP - place.x(), 0),
                        place.movedBy(0, o.y() - GAP - place.bottom()), place.movedBy(0, o.bottom() + GAP - place.y()))) {
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
