// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disputatio.views.Edge;
import org.disputatio.views.Shape;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.ECollections;

/**
 * Where shapes stand and how their lines run, set as one undoable command: what a layout or
 * making room changes, and nothing else. Undo and redo only put the numbers back (no command per
 * value through the item providers), so that undoing the layout of a thousand statements is
 * quick. An empty route is a line drawn straight, border to border.
 */
public final class Placement extends AbstractCommand {

    private final List<Shape> shapes = new ArrayList<>();
    private final List<Box> boxes = new ArrayList<>();
    private final List<Box> boxesBefore = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<List<org.disputatio.views.Point>> routes = new ArrayList<>();
    private final List<List<org.disputatio.views.Point>> routesBefore = new ArrayList<>();

    /**
     * @param boxes new boxes (x, y, width, height); those a shape has already are left out
     * @param routes new routes (an empty one draws the line straight)
     */
    public Placement(String label, Map<Shape, Box> boxes, Map<Edge, List<Point>> routes) {
        super(label);
        boxes.forEach((shape, box) -> {
            if (MakingRoom.differs(box, boxOf(shape))) {
                shapes.add(shape);
                this.boxes.add(box);
            }
        });
        routes.forEach((edge, route) -> {
            if (!(route.isEmpty() && edge.getRoute().isEmpty())) {
                edges.add(edge);
                this.routes.add(DiagramLayouter.points(route));
            }
        });
    }

    /** Whether it changes nothing. */
    public boolean isEmpty() {
        return shapes.isEmpty() && edges.isEmpty();
    }

    @Override
    protected boolean prepare() {
        return !isEmpty();
    }

    @Override
    public void execute() {
        boxesBefore.clear();
        routesBefore.clear();
        shapes.forEach(shape -> boxesBefore.add(boxOf(shape)));
        edges.forEach(edge -> routesBefore.add(new ArrayList<>(edge.getRoute())));
        apply(boxes, routes);
    }

    @Override
    public void undo() {
        apply(boxesBefore, routesBefore);
    }

    @Override
    public void redo() {
        apply(boxes, routes);
    }

    @Override
    public java.util.Collection<?> getAffectedObjects() {
        return shapes;
    }

    private void apply(List<Box> newBoxes, List<List<org.disputatio.views.Point>> newRoutes) {
        for (int i = 0; i < shapes.size(); i++) {
            Shape shape = shapes.get(i);
            Box box = newBoxes.get(i);
            shape.setX(box.x());
            shape.setY(box.y());
            shape.setWidth(box.width());
            shape.setHeight(box.height());
        }
        for (int i = 0; i < edges.size(); i++) {
            ECollections.setEList(edges.get(i).getRoute(), newRoutes.get(i));
        }
    }

    private static Box boxOf(Shape shape) {
        return new Box(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight());
    }
}
