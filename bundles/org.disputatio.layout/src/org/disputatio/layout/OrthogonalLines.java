// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayList;
import java.util.List;

import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;

/**
 * One line in horizontal and vertical segments between two boxes that stand where they are, for
 * the lines that making room redraws in a diagram whose lines are orthogonal (ELK routes only
 * whole layouts). Of a few candidate routes (straight across a shared span; one bend; two bends
 * with the middle segment at several places between the boxes or beside what stands in between;
 * four bends, along a lane beside the boxes in between), the one that crosses the fewest other
 * boxes is taken, then the one that leaves along the layout's axis, as the layout's own lines
 * do, then the shortest with the fewest bends.
 */
final class OrthogonalLines {

    /** What a crossed box costs against length: more than any detour between two boxes. */
    private static final double CROSSING = 1e7;

    /** What a line that leaves across the layout's axis costs, in length. */
    private static final double ACROSS = 200;

    /** What each bend costs, in length. */
    private static final double BEND = 20;

    private final List<Box> obstacles;
    private final boolean vertical;
    private final double widest;
    private final double tallest;

    /**
     * @param obstacles the boxes a line should not cross (its own ends among them do no harm)
     * @param vertical whether the layout's axis is vertical (conclusions above or below)
     */
    OrthogonalLines(List<Box> obstacles, boolean vertical) {
        this.obstacles = obstacles;
        this.vertical = vertical;
        this.widest = obstacles.stream().mapToDouble(Box::width).max().orElse(0);
        this.tallest = obstacles.stream().mapToDouble(Box::height).max().orElse(0);
    }

    /** The route from border to border, or an empty one (drawn straight) when the boxes overlap. */
    List<Point> route(Box from, Box to) {
        // Only the boxes near the two can be in the way of a candidate: lanes lie at most two boxes beside them.
        double reachX = 2 * widest + DiagramLayouter.GAP;
        double reachY = 2 * tallest + DiagramLayouter.GAP;
        double left = Math.min(from.x(), to.x()) - reachX;
        double right = Math.max(from.right(), to.right()) + reachX;
        double top = Math.min(from.y(), to.y()) - reachY;
        double bottom = Math.max(from.bottom(), to.bottom()) + reachY;
        List<Box> near = obstacles.stream().filter(o -> o.right() > left && o.x() < right && o.bottom() > top && o.y() < bottom).toList();
        List<List<Point>> candidates = new ArrayList<>();
        // Lines that leave along y (top or bottom), then those along x, by the same code with x and y swapped.
        for (boolean alongY : new boolean[] { true, false }) {
            Box a = alongY ? from : swap(from);
            Box b = alongY ? to : swap(to);
            List<Box> others = alongY ? near : near.stream().map(OrthogonalLines::swap).toList();
            List<List<Point>> found = new ArrayList<>();
            straightAndStepped(a, b, others, found);
            bent(a, b, found);
            for (List<Point> route : found) {
                candidates.add(alongY ? route : route.stream().map(OrthogonalLines::swap).toList());
            }
        }
        List<Point> best = List.of();
        double bestCost = Double.MAX_VALUE;
        for (List<Point> route : candidates) {
            double cost = cost(route, from, to, near);
            if (cost < bestCost) {
                bestCost = cost;
                best = route;
            }
        }
        return best.isEmpty() ? best : onto(best, from, to);
    }

    /**
     * The route with its ends moved along their segments onto the tenth of a unit, as the file
     * keeps routes, inside their boxes: rounded outwards, an end would stand off its box.
     */
    private static List<Point> onto(List<Point> route, Box from, Box to) {
        List<Point> inside = new ArrayList<>(route);
        int last = route.size() - 1;
        inside.set(0, inward(route.get(0), route.get(1), from));
        inside.set(last, inward(route.get(last), route.get(last - 1), to));
        return inside;
    }

    private static Point inward(Point end, Point next, Box box) {
        boolean vertical = Math.abs(end.x() - next.x()) < 1e-9;
        return vertical ? new Point(end.x(), tenthWithin(end.y(), box.y(), box.bottom()))
                : new Point(tenthWithin(end.x(), box.x(), box.right()), end.y());
    }

    private static double tenthWithin(double value, double low, double high) {
        return Math.max(Math.ceil(low * 10) / 10, Math.min(Math.floor(high * 10) / 10, Math.round(value * 10) / 10.0));
    }

    /**
     * Routes that leave a's top or bottom and enter b's facing side (the boxes stand apart in y):
     * straight down a shared span of x, or stepping across on a horizontal segment between them.
     */
    private static void straightAndStepped(Box a, Box b, List<Box> others, List<List<Point>> found) {
        boolean down = a.bottom() <= b.y();
        if (!down && b.bottom() > a.y()) {
            return;
        }
        double leaves = down ? a.bottom() : a.y();
        double enters = down ? b.y() : b.bottom();
        double low = Math.max(a.x(), b.x());
        double high = Math.min(a.right(), b.right());
        if (low < high) {
            for (double f : new double[] { 0.5, 0.25, 0.75, 0.1, 0.9 }) {
                double x = low + f * (high - low);
                found.add(List.of(new Point(x, leaves), new Point(x, enters)));
            }
        }
        List<Double> middles = new ArrayList<>();
        for (double f : new double[] { 0.5, 0.25, 0.75 }) {
            middles.add(leaves + f * (enters - leaves));
        }
        // Beside the boxes that stand between the two, so that the step can pass them.
        double top = Math.min(leaves, enters);
        double bottom = Math.max(leaves, enters);
        double left = Math.min(a.x(), b.x());
        double right = Math.max(a.right(), b.right());
        for (Box o : others) {
            if (o.right() < left || o.x() > right) {
                continue;
            }
            for (double y : new double[] { o.y() - DiagramLayouter.GAP / 2, o.bottom() + DiagramLayouter.GAP / 2 }) {
                if (y > top && y < bottom) {
                    middles.add(y);
                }
            }
        }
        // Round what stands between: out a little, along a free lane beside the boxes, and in.
        double out = leaves + (down ? 1 : -1) * DiagramLayouter.GAP / 2;
        double in = enters - (down ? 1 : -1) * DiagramLayouter.GAP / 2;
        List<Double> lanes = new ArrayList<>(List.of(left - DiagramLayouter.GAP / 2, right + DiagramLayouter.GAP / 2));
        for (Box o : others) {
            if (o.bottom() > top && o.y() < bottom && o.right() > left - o.width() && o.x() < right + o.width()) {
                lanes.add(o.x() - DiagramLayouter.GAP / 2);
                lanes.add(o.right() + DiagramLayouter.GAP / 2);
            }
        }
        for (double x : lanes) {
            found.add(List.of(new Point(a.center().x(), leaves), new Point(a.center().x(), out), new Point(x, out), new Point(x, in),
                    new Point(b.center().x(), in), new Point(b.center().x(), enters)));
        }
        double[] leaving = { a.center().x(), a.x() + a.width() / 4, a.right() - a.width() / 4 };
        double[] entering = { b.center().x(), b.x() + b.width() / 4, b.right() - b.width() / 4 };
        for (double x1 : leaving) {
            for (double x2 : entering) {
                for (double y : middles) {
                    found.add(List.of(new Point(x1, leaves), new Point(x1, y), new Point(x2, y), new Point(x2, enters)));
                }
            }
        }
    }

    /** The route with one bend: out of a's top or bottom, into b's left or right side. */
    private static void bent(Box a, Box b, List<List<Point>> found) {
        double x = a.center().x();
        double y = b.center().y();
        if (x > b.x() && x < b.right() || y > a.y() && y < a.bottom()) {
            return;
        }
        Point out = new Point(x, y < a.y() ? a.y() : a.bottom());
        Point in = new Point(x < b.x() ? b.x() : b.right(), y);
        found.add(List.of(out, new Point(x, y), in));
    }

    private double cost(List<Point> route, Box from, Box to, List<Box> near) {
        double cost = 0;
        for (int i = 1; i < route.size(); i++) {
            Point p = route.get(i - 1);
            Point q = route.get(i);
            cost += Math.abs(q.x() - p.x()) + Math.abs(q.y() - p.y());
            for (Box o : near) {
                if (!o.equals(from) && !o.equals(to) && crosses(p, q, o)) {
                    cost += CROSSING;
                }
            }
        }
        cost += BEND * (route.size() - 2);
        boolean leavesAlongY = Math.abs(route.get(1).x() - route.get(0).x()) < 1e-9;
        return leavesAlongY == vertical ? cost : cost + ACROSS;
    }

    /** Whether a horizontal or vertical segment passes through a box's inside. */
    private static boolean crosses(Point p, Point q, Box o) {
        double e = 0.5;
        return Math.max(p.x(), q.x()) > o.x() + e && Math.min(p.x(), q.x()) < o.right() - e
                && Math.max(p.y(), q.y()) > o.y() + e && Math.min(p.y(), q.y()) < o.bottom() - e;
    }

    private static Box swap(Box b) {
        return new Box(b.y(), b.x(), b.height(), b.width());
    }

    private static Point swap(Point p) {
        return new Point(p.y(), p.x());
    }
}
