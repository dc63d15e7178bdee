// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.disputatio.model.Argument;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.Shape;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;
import org.disputatio.views.geometry.Size;

/**
 * A diagram's boxes sized for their text again after the text size changed, with the map's
 * arrangement kept. Every box with text is resized about its centre; when boxes grow, the
 * centres spread out from the diagram's top left by the least factor at which no two boxes that
 * stood apart overlap (everything grows, so nobody can step aside for the others, as
 * {@link MakingRoom} lets neighbours do for one box); when text gets smaller, boxes shrink where
 * they stand. Frames are fitted again around their shapes, and lines keep their course.
 */
final class TextRefitting {

    /** The least distance kept between boxes that stood at least this far apart, as the layouter keeps it. */
    private static final double GAP = DiagramLayouter.GAP;

    private TextRefitting() {
    }

    /** The new places of the diagram's shapes and routes of its lines; empty when every box fits its text already. */
    static Placement of(String label, Diagram diagram, DiagramLayouter layouter) {
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        Map<Shape, Box> before = new LinkedHashMap<>();
        Map<Shape, Size> sized = new LinkedHashMap<>();
        for (Shape shape : diagram.getShapes()) {
            if (groups.isOpen(shape) || shape.getWidth() <= 0 || shape.getHeight() <= 0) {
                continue;
            }
            Box box = layouter.box(shape);
            before.put(shape, box);
            boolean text = shape.getElement() instanceof Statement || shape.getElement() instanceof Argument;
            sized.put(shape, text ? layouter.size(shape) : box.size());
        }
        if (before.entrySet().stream().noneMatch(e -> Math.abs(e.getValue().width() - sized.get(e.getKey()).width()) > 0.01
                || Math.abs(e.getValue().height() - sized.get(e.getKey()).height()) > 0.01)) {
            return new Placement(label, Map.of(), Map.of());
        }
        List<Shape> drawn = before.keySet().stream().filter(s -> !groups.isHidden(s)).toList();
        double spread = spread(drawn, before, sized);
        double ox = before.values().stream().mapToDouble(Box::x).min().orElse(0);
        double oy = before.values().stream().mapToDouble(Box::y).min().orElse(0);
        Map<Shape, Box> after = new LinkedHashMap<>();
        before.forEach((shape, box) -> {
            Size size = sized.get(shape);
            double cx = ox + spread * (box.center().x() - ox);
            double cy = oy + spread * (box.center().y() - oy);
            after.put(shape, size.at(cx - size.width() / 2, cy - size.height() / 2));
        });
        for (Shape group : groups.groups()) {
            if (groups.isOpen(group) && group.getWidth() > 0) {
                after.put(group, layouter.frame(group, groups, after));
            }
        }
        Map<Edge, List<Point>> routes = new LinkedHashMap<>();
        for (Edge edge : diagram.getEdges()) {
            if (edge.getRoute().size() < 2) {
                continue;
            }
            Shape from = groups.visible(edge.getSource());
            Shape to = groups.visible(edge.getTarget());
            List<Point> route = new ArrayList<>();
            int last = edge.getRoute().size() - 1;
            for (int i = 0; i <= last; i++) {
                Point p = new Point(edge.getRoute().get(i).getX(), edge.getRoute().get(i).getY());
                Shape end = i == 0 ? from : i == last ? to : null;
                // An end stays at the same place on its box's border; bend points follow the spread.
                route.add(end != null && before.containsKey(end) && before.get(end).onBorder(p, 1.5)
                        ? onto(p, before.get(end), after.get(end))
                        : new Point(ox + spread * (p.x() - ox), oy + spread * (p.y() - oy)));
            }
            routes.put(edge, route);
        }
        return new Placement(label, after, routes);
    }

    /**
     * The least factor (at least 1) by which the centres spread so that no two boxes that stood
     * apart overlap at their new sizes, each pair keeping the gap it had, up to {@link #GAP}.
     * <p>
     * A pair asks for more than 1 only when its centres stand closer than {@code reachX} across
     * and {@code reachY} down (the widest new box and the gap, or the widest old box), so the
     * pairs are found by a sweep in x order over a window of boxes kept in y order: n log n plus
     * the pairs that are near, instead of every pair.
     */
    static double spread(List<Shape> shapes, Map<Shape, Box> before, Map<Shape, Size> sized) {
        int n = shapes.size();
        double[] cx = new double[n];
        double[] cy = new double[n];
        double reachX = 0;
        double reachY = 0;
        for (int i = 0; i < n; i++) {
            Box box = before.get(shapes.get(i));
            Size size = sized.get(shapes.get(i));
            cx[i] = box.center().x();
            cy[i] = box.center().y();
            reachX = Math.max(reachX, Math.max(size.width() + GAP, box.width()));
            reachY = Math.max(reachY, Math.max(size.height() + GAP, box.height()));
        }
        // A little more than the reach, so that rounding never leaves out a pair that counts.
        double windowX = reachX * (1 + 1e-9) + 1e-6;
        double windowY = reachY * (1 + 1e-9) + 1e-6;
        Integer[] byX = new Integer[n];
        for (int i = 0; i < n; i++) {
            byX[i] = i;
        }
        Arrays.sort(byX, Comparator.comparingDouble(i -> cx[i]));
        // The boxes whose centres stand less than the window to the left, in y order.
        TreeSet<Near> window = new TreeSet<>(Comparator.comparingDouble(Near::y).thenComparingInt(Near::index));
        double spread = 1;
        int oldest = 0;
        for (int k = 0; k < n; k++) {
            int i = byX[k];
            while (cx[i] - cx[byX[oldest]] > windowX) {
                window.remove(new Near(cy[byX[oldest]], byX[oldest]));
                oldest++;
            }
            for (Near j : window.subSet(new Near(cy[i] - windowY, -1), true, new Near(cy[i] + windowY, n), true)) {
                spread = Math.max(spread, need(before.get(shapes.get(j.index())), sized.get(shapes.get(j.index())),
                        before.get(shapes.get(i)), sized.get(shapes.get(i))));
            }
            window.add(new Near(cy[i], i));
        }
        return spread;
    }

    /** A box in the sweep's window: its centre's y and its place in the list. */
    private record Near(double y, int index) {
    }

    /** The factor two boxes need to keep apart at their new sizes, or 1 when they do not stand apart. */
    private static double need(Box a, Size a2, Box b, Size b2) {
        double dx = Math.abs(b.center().x() - a.center().x());
        double dy = Math.abs(b.center().y() - a.center().y());
        double gapX = dx - (a.width() + b.width()) / 2;
        double gapY = dy - (a.height() + b.height()) / 2;
        double needX = gapX >= 0 && dx > 0 ? ((a2.width() + b2.width()) / 2 + Math.min(gapX, GAP)) / dx : Double.MAX_VALUE;
        double needY = gapY >= 0 && dy > 0 ? ((a2.height() + b2.height()) / 2 + Math.min(gapY, GAP)) / dy : Double.MAX_VALUE;
        double need = Math.min(needX, needY);
        return need == Double.MAX_VALUE ? 1 : need;
    }

    /** A point of one box's border at the same place on another's. */
    private static Point onto(Point p, Box from, Box to) {
        double fx = from.width() > 0 ? (p.x() - from.x()) / from.width() : 0.5;
        double fy = from.height() > 0 ? (p.y() - from.y()) / from.height() : 0.5;
        return new Point(to.x() + fx * to.width(), to.y() + fy * to.height());
    }
}
