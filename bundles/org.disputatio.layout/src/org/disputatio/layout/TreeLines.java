// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disputatio.views.Edge;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.Shape;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;

/**
 * Orthogonal lines for the tree layout, which ELK's tree algorithm draws straight only: each
 * line leaves its premise, turns once onto a bus half-way to its conclusion, shared by all the
 * lines into that conclusion, and turns again into it, as an organisation chart is drawn.
 */
final class TreeLines {

    private TreeLines() {
    }

    /**
     * Replaces the routes of edges whose ends stand apart along the layout's axis; lines between
     * shapes side by side across it keep their route.
     *
     * @param ends each routed edge's visible source and target
     */
    static void route(LayoutDirection direction, Map<Shape, Box> bounds, Map<Edge, Shape[]> ends, Map<Edge, List<Point>> routes) {
        boolean vertical = direction == LayoutDirection.UP || direction == LayoutDirection.DOWN;
        // The bus of each conclusion: half-way to its nearest premise, so that all its lines share it.
        Map<Shape, Double> bus = new HashMap<>();
        ends.forEach((edge, pair) -> {
            Gap gap = gap(bounds.get(pair[0]), bounds.get(pair[1]), vertical);
            if (gap != null) {
                double middle = (gap.leaves() + gap.enters()) / 2;
                bus.merge(pair[1], middle, (a, b) -> Math.abs(a - gap.enters()) < Math.abs(b - gap.enters()) ? a : b);
            }
        });
        ends.forEach((edge, pair) -> {
            Box from = bounds.get(pair[0]);
            Box to = bounds.get(pair[1]);
            Gap gap = gap(from, to, vertical);
            if (gap == null) {
                return;
            }
            double across = bus.get(pair[1]);
            double fromMid = vertical ? from.center().x() : from.center().y();
            double toMid = vertical ? to.center().x() : to.center().y();
            List<Point> route = new ArrayList<>();
            route.add(point(fromMid, gap.leaves(), vertical));
            if (Math.abs(fromMid - toMid) > 0.5) {
                route.add(point(fromMid, across, vertical));
                route.add(point(toMid, across, vertical));
                route.add(point(toMid, gap.enters(), vertical));
            } else {
                route.add(point(fromMid, gap.enters(), vertical));
            }
            routes.put(edge, route);
        });
    }

    /** Where a line leaves its source and enters its target, along the layout's axis (both y, or both x). */
    private record Gap(double leaves, double enters) {
    }

    /** The gap between the boxes along the axis, or null when they overlap along it. */
    private static Gap gap(Box from, Box to, boolean vertical) {
        double fromStart = vertical ? from.y() : from.x();
        double fromEnd = vertical ? from.bottom() : from.right();
        double toStart = vertical ? to.y() : to.x();
        double toEnd = vertical ? to.bottom() : to.right();
        if (fromStart >= toEnd) {
            return new Gap(fromStart, toEnd);
        }
        if (toStart >= fromEnd) {
            return new Gap(fromEnd, toStart);
        }
        return null;
    }

    private static Point point(double along, double across, boolean vertical) {
        return vertical ? new Point(along, across) : new Point(across, along);
    }
}
