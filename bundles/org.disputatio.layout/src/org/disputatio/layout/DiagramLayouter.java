// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.model.Argument;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.Shape;
import org.disputatio.views.ViewsFactory;
import org.disputatio.views.ViewsPackage;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;
import org.disputatio.views.geometry.Size;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Lays a diagram out with ELK in three steps: build an ELK graph from the shapes and edges
 * (node sizes from the wrapped text), run the algorithm, and carry the positions and routes back.
 * <p>
 * Shapes that are pinned, or outside the selection being laid out, keep their places: the others
 * are laid out around them, moved off any they would overlap, and lines touching a moved
 * shape are redrawn straight between borders.
 */
public final class DiagramLayouter {

    /** The least distance between boxes, kept by the layout and by whatever makes room later. */
    static final double GAP = 24;

    private final TextMeasurer measurer;
    private final NodeFormat format;
    private final LayoutAlgorithm defaultAlgorithm;
    private final LayoutDirection defaultDirection;

    /** A layouter for diagrams that choose their algorithm and direction, or accept layered and up. */
    public DiagramLayouter(TextMeasurer measurer, NodeFormat format) {
        this(measurer, format, LayoutAlgorithm.LAYERED, LayoutDirection.UP);
    }

    /**
     * A layouter that uses the given algorithm and direction for diagrams that have none set
     * (which in a file means: none written).
     */
    public DiagramLayouter(TextMeasurer measurer, NodeFormat format, LayoutAlgorithm defaultAlgorithm,
            LayoutDirection defaultDirection) {
        this.measurer = measurer;
        this.format = format;
        this.defaultAlgorithm = defaultAlgorithm;
        this.defaultDirection = defaultDirection;
    }

    /** The result: new bounds of shapes and new routes of edges. */
    public record Result(Map<Shape, Box> bounds, Map<Edge, List<Point>> routes) {
    }

    /** The size a shape's element needs (for an open argument: the size of its title). */
    public Size size(Shape shape) {
        return size(shape, new Captions());
    }

    /**
     * The room a new statement's box is put down in: its size, grown to the widest a box gets and
     * by two lines of label, so that the label typed into it next does not make it reach what
     * stands beside it (the box grows about its centre).
     */
    public Size roomFor(Shape shape) {
        Size size = size(shape);
        NodeFormat own = format.of(shape);
        return new Size(Math.max(size.width(), own.maxTextWidth() + 2 * own.padding()), size.height() + 2 * measurer.lineHeight(own.label()));
    }

    /**
     * {@link #size(Shape)}, a statement's caption taken from {@code captions}, which is kept for a
     * pass over the shapes of a map that does not change meanwhile.
     */
    private Size size(Shape shape, Captions captions) {
        if (shape.getElement() instanceof Statement statement) {
            NodeText text = NodeText.of(statement, captions.of(statement), format.of(shape), measurer);
            return new Size(text.width(), text.height());
        }
        if (shape.getElement() instanceof Argument argument) {
            NodeText text = NodeText.of(argument, shape.isCollapsed() ? ArgumentGroups.of(diagramOf(shape)).members(shape).size() : 0,
                    format.of(shape), measurer);
            return new Size(text.width(), text.height());
        }
        return new Size(format.junctionSize(), format.junctionSize());
    }

    /**
     * Where a shape stands and how large it is (x, y, width, height): its own size, or, for a
     * shape never laid out, the size its text needs.
     */
    public Box box(Shape shape) {
        if (shape.getWidth() > 0 && shape.getHeight() > 0) {
            return new Box(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight());
        }
        return size(shape).at(shape.getX(), shape.getY());
    }

    private static Diagram diagramOf(Shape shape) {
        return (Diagram) shape.eContainer();
    }

    /** The room above an open argument's shapes for its title. */
    private double titleHeight(Shape group) {
        NodeText title = NodeText.of((Argument) group.getElement(), 0, format.of(group), measurer);
        return title.labelLines().size() * measurer.lineHeight(format.of(group).label()) + format.padding() / 2;
    }

    private LayoutAlgorithm algorithm(Diagram diagram) {
        return diagram.eIsSet(ViewsPackage.Literals.DIAGRAM__LAYOUT_ALGORITHM) ? diagram.getLayoutAlgorithm() : defaultAlgorithm;
    }

    private LayoutDirection direction(Diagram diagram) {
        return diagram.eIsSet(ViewsPackage.Literals.DIAGRAM__LAYOUT_DIRECTION) ? diagram.getLayoutDirection() : defaultDirection;
    }

    /** Whether the diagram's lines run in horizontal and vertical segments: layered and tree draw them so when asked. */
    boolean orthogonal(Diagram diagram) {
        LayoutAlgorithm algorithm = algorithm(diagram);
        return diagram.getLineRouting() == org.disputatio.views.LineRouting.ORTHOGONAL
                && (algorithm == LayoutAlgorithm.LAYERED || algorithm == LayoutAlgorithm.TREE);
    }

    /** Whether the diagram's conclusions stand above or below their premises (else beside them). */
    boolean vertical(Diagram diagram) {
        LayoutDirection direction = direction(diagram);
        return direction == LayoutDirection.UP || direction == LayoutDirection.DOWN;
    }

    /**
     * Computes a layout.
     *
     * @param movable the shapes that may move; {@code null} for every shape that is not pinned
     */
    public Result compute(Diagram diagram, Collection<Shape> movable) {
        return prepare(diagram, movable).run().result();
    }

    /**
     * The first of a layout's three steps, on the thread that owns the model (and the text
     * measurer): the ELK graph with every size measured. {@link Pending#run()} may then run on
     * another thread; {@link Pending#result()} comes back to the model's.
     *
     * @param movable the shapes that may move; {@code null} for every shape that is not pinned
     */
    public Pending prepare(Diagram diagram, Collection<Shape> movable) {
        LayoutAlgorithm algorithm = algorithm(diagram);
        LayoutDirection direction = direction(diagram);
        ElkNode graph = ElkGraphUtil.createGraph();
        LayoutAlgorithms.configure(graph, algorithm, direction, diagram.getLineRouting());
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        // Layered lays the shapes of each open argument out inside its frame; the other
        // algorithms know no frames, so their frames are drawn around wherever the shapes land.
        boolean nested = algorithm == LayoutAlgorithm.LAYERED && groups.groups().stream().anyMatch(groups::isOpen);
        if (nested) {
            graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        }
        Map<Shape, ElkNode> frames = new HashMap<>();
        for (Shape shape : diagram.getShapes()) {
            if (nested && groups.isOpen(shape)) {
                ElkNode frame = ElkGraphUtil.createNode(graph);
                frame.setProperty(CoreOptions.PADDING, new ElkPadding(ArgumentGroups.PADDING + titleHeight(shape), ArgumentGroups.PADDING,
                        ArgumentGroups.PADDING, ArgumentGroups.PADDING));
                frames.put(shape, frame);
            }
        }
        Map<Shape, ElkNode> nodes = new LinkedHashMap<>();
        Map<Shape, Size> sizes = new HashMap<>();
        // Each caption made once for statements in turn that share it: sizing the boxes of 5,000
        // statements with a source and a proponent took 28 to 31 ms with each caption made anew,
        // 8 to 18 ms with this (in code still cold).
        Captions captions = new Captions();
        for (Shape shape : diagram.getShapes()) {
            if (groups.isOpen(shape) || groups.isHidden(shape)) {
                continue;
            }
            Size size = size(shape, captions);
            sizes.put(shape, size);
            ElkNode node = ElkGraphUtil.createNode(frames.getOrDefault(groups.groupOf(shape), graph));
            node.setDimensions(size.width(), size.height());
            nodes.put(shape, node);
        }
        // A collapsed argument takes the lines of the shapes it hides: one line for each pair of ends.
        Map<Edge, ElkEdge> edges = new LinkedHashMap<>();
        Map<List<ElkNode>, ElkEdge> byEnds = new HashMap<>();
        for (Edge edge : diagram.getEdges()) {
            ElkNode source = nodes.get(groups.visible(edge.getSource()));
            ElkNode target = nodes.get(groups.visible(edge.getTarget()));
            if (source != null && target != null && source != target) {
                edges.put(edge, byEnds.computeIfAbsent(List.of(source, target), ends -> ElkGraphUtil.createSimpleEdge(source, target)));
            }
        }
        LayoutAlgorithms.forSize(graph, algorithm, nodes.size());
        return new Pending(diagram, algorithm, direction, movable, graph, groups, nodes, sizes, edges);
    }

    /** A layout prepared from a diagram, to be run and then carried back. */
    public final class Pending {

        private final Diagram diagram;
        private final LayoutAlgorithm algorithm;
        private final LayoutDirection direction;
        private final Collection<Shape> movable;
        private final ElkNode graph;
        private final ArgumentGroups groups;
        private final Map<Shape, ElkNode> nodes;
        private final Map<Shape, Size> sizes;
        private final Map<Edge, ElkEdge> edges;

        private Pending(Diagram diagram, LayoutAlgorithm algorithm, LayoutDirection direction, Collection<Shape> movable, ElkNode graph, ArgumentGroups groups, Map<Shape, ElkNode> nodes,
                Map<Shape, Size> sizes, Map<Edge, ElkEdge> edges) {
            this.diagram = diagram;
            this.algorithm = algorithm;
            this.direction = direction;
            this.movable = movable;
            this.graph = graph;
            this.groups = groups;
            this.nodes = nodes;
            this.sizes = sizes;
            this.edges = edges;
        }

        /** How many boxes are laid out. */
        public int size() {
            return nodes.size();
        }

        /** Runs ELK on the prepared graph; it reads nothing of the model, so any thread may run it. */
        public Pending run() {
            new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
            return this;
        }

        /** The positions and routes ELK found, with fixed shapes kept in place, on the model's thread. */
        public Result result() {
            Map<Shape, Box> bounds = new LinkedHashMap<>();
            nodes.forEach((shape, node) -> {
                Point origin = absolute(node.getParent());
                bounds.put(shape, new Box(origin.x() + node.getX(), origin.y() + node.getY(), node.getWidth(), node.getHeight()));
            });
            Map<Edge, List<Point>> routes = new LinkedHashMap<>();
            edges.forEach((edge, elkEdge) -> routes.put(edge, route(elkEdge)));

            Set<Shape> fixed = new java.util.HashSet<>();
            for (Shape shape : bounds.keySet()) {
                boolean mayMove = movable == null ? !shape.isPinned() : movable.contains(shape) && !shape.isPinned();
                if (!mayMove) {
                    fixed.add(shape);
                }
            }
            // With nothing kept in place, layered's drawing stands as it is: its spacings (36
            // between boxes, 56 between layers) are wider than the half gap settling looks for.
            // Settling it anyway was 2% of rendering 5,000 statements, run once and so uncompiled.
            if (!fixed.isEmpty() || algorithm != LayoutAlgorithm.LAYERED) {
                settle(diagram, groups, fixed, bounds, sizes, routes);
            }
            if (algorithm == LayoutAlgorithm.TREE && diagram.getLineRouting() == org.disputatio.views.LineRouting.ORTHOGONAL) {
                Map<Edge, Shape[]> ends = new LinkedHashMap<>();
                routes.keySet().forEach(edge -> ends.put(edge, new Shape[] { groups.visible(edge.getSource()), groups.visible(edge.getTarget()) }));
                TreeLines.route(direction, bounds, ends, routes);
            }
            for (Shape group : groups.groups()) {
                if (groups.isOpen(group)) {
                    bounds.put(group, frame(group, groups, bounds));
                }
            }
            return new Result(bounds, routes);
        }
    }

    /**
     * The frame an open argument needs around its shapes, where {@code boxes} puts them (shapes
     * it leaves out stay where they are).
     */
    public Box frame(Shape group, ArgumentGroups groups, Map<Shape, Box> boxes) {
        List<Box> members = groups.members(group).stream()
                .map(m -> boxes.containsKey(m) ? boxes.get(m) : box(m)).toList();
        return ArgumentGroups.frame(members, size(group).width(), titleHeight(group));
    }

    /** Where a node's inside begins, in the coordinates of the whole graph. */
    private static Point absolute(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            x += n.getX();
            y += n.getY();
        }
        return new Point(x, y);
    }

    private static List<Point> route(ElkEdge edge) {
        List<Point> points = new ArrayList<>();
        if (edge.getSections().isEmpty()) {
            return points;
        }
        // Routes are relative to the node that contains the edge (a frame, for a line inside it).
        Point origin = absolute(edge.getContainingNode());
        ElkEdgeSection section = edge.getSections().get(0);
        points.add(origin.plus(section.getStartX(), section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(origin.plus(bend.getX(), bend.getY()));
        }
        points.add(origin.plus(section.getEndX(), section.getEndY()));
        return points;
    }

    /**
     * Puts fixed shapes back where they were (keeping the size their text needs), pushes the
     * others off anything they overlap (force and radial layouts can overlap too), and
     * straightens the lines whose ends moved.
     */
    private static void settle(Diagram diagram, ArgumentGroups groups, Set<Shape> fixed, Map<Shape, Box> bounds,
            Map<Shape, Size> sizes, Map<Edge, List<Point>> routes) {
        // Align the laid-out block with the fixed shapes' original frame rather than at 0,0.
        Point shift = alignment(fixed, bounds);
        routes.replaceAll((edge, route) -> route.stream().map(shift::plus).toList());
        java.util.Set<Shape> moved = new java.util.HashSet<>(fixed);
        for (Map.Entry<Shape, Box> entry : bounds.entrySet()) {
            Shape shape = entry.getKey();
            if (fixed.contains(shape)) {
                Size size = shape.getWidth() > 0 ? new Size(shape.getWidth(), shape.getHeight()) : sizes.get(shape);
                entry.setValue(size.at(shape.getX(), shape.getY()));
            } else {
                entry.setValue(entry.getValue().movedBy(shift));
            }
        }
        List<Shape> free = bounds.keySet().stream().filter(s -> !fixed.contains(s)).toList();
        for (int pass = 0; pass < 50; pass++) {
            boolean changed = false;
            // Sweep in x order: only boxes that start before this one ends can overlap it.
            List<Shape> byX = new ArrayList<>(bounds.keySet());
            byX.sort(java.util.Comparator.comparingDouble(s -> bounds.get(s).x()));
            double widest = byX.stream().mapToDouble(s -> bounds.get(s).width()).max().orElse(0) + GAP;
            for (Shape shape : free) {
                Box b = bounds.get(shape);
                int start = lowerBound(byX, bounds, b.x() - widest);
                for (int k = start; k < byX.size() && bounds.get(byX.get(k)).x() <= b.right() + GAP; k++) {
                    Shape other = byX.get(k);
                    if (other == shape) {
                        continue;
                    }
                    Box o = bounds.get(other);
                    if (overlap(b, o)) {
                        // Push along the axis that needs the smaller move.
                        double right = o.right() + GAP - b.x();
                        double down = o.bottom() + GAP - b.y();
                        b = right < down ? b.movedBy(right, 0) : b.movedBy(0, down);
                        bounds.put(shape, b);
                        moved.add(shape);
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        for (Edge edge : diagram.getEdges()) {
            Shape source = groups.visible(edge.getSource());
            Shape target = groups.visible(edge.getTarget());
            if (!routes.containsKey(edge)) {
                continue;
            }
            if (fixed.contains(source) && fixed.contains(target)) {
                // Both ends stayed: the line stays as drawn (ELK's route ran between where it had moved them).
                routes.remove(edge);
            } else if (moved.contains(source) || moved.contains(target)) {
                routes.put(edge, Geometry.straightRoute(bounds.get(source), bounds.get(target)));
            }
        }
    }

    private static int lowerBound(List<Shape> byX, Map<Shape, Box> bounds, double x) {
        int low = 0;
        int high = byX.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (bounds.get(byX.get(mid)).x() < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static Point alignment(Set<Shape> fixed, Map<Shape, Box> bounds) {
        double dx = 0;
        double dy = 0;
        int n = 0;
        for (Shape shape : fixed) {
            if (shape.getWidth() > 0) {
                Box laid = bounds.get(shape);
                dx += shape.getX() - laid.x();
                dy += shape.getY() - laid.y();
                n++;
            }
        }
        return n == 0 ? Point.ORIGIN : new Point(dx / n, dy / n);
    }

    static boolean overlap(Box a, Box b) {
        return a.x() < b.right() + GAP / 2 && b.x() < a.right() + GAP / 2
                && a.y() < b.bottom() + GAP / 2 && b.y() < a.bottom() + GAP / 2;
    }

    /** Writes a result into a diagram that is not being edited. */
    public static void applyDirectly(Result result) {
        result.bounds().forEach((shape, b) -> {
            shape.setX(b.x());
            shape.setY(b.y());
            shape.setWidth(b.width());
            shape.setHeight(b.height());
        });
        result.routes().forEach((edge, route) -> {
            edge.getRoute().clear();
            edge.getRoute().addAll(points(route));
        });
    }

    /** The result as one undoable command that sets only places, sizes and routes (and back). */
    public static Command command(EditingDomain domain, Result result) {
        Placement placement = new Placement("Layout", result.bounds(), result.routes());
        return placement.isEmpty() ? org.eclipse.emf.common.command.IdentityCommand.INSTANCE : placement;
    }

    /** Route points as the file keeps them, to a tenth of a unit. */
    static List<org.disputatio.views.Point> points(List<Point> route) {
        List<org.disputatio.views.Point> points = new ArrayList<>();
        for (Point p : route) {
            org.disputatio.views.Point point = ViewsFactory.eINSTANCE.createPoint();
            point.setX(Math.round(p.x() * 10) / 10.0);
            point.setY(Math.round(p.y() * 10) / 10.0);
            points.add(point);
        }
        return points;
    }
}
