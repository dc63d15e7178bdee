// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.core.DeferredCommand;
import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapCommands;
import org.disputatio.core.StatementDefaults;
import org.disputatio.model.Argument;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.Shape;
import org.disputatio.views.ViewsPackage;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;
import org.disputatio.views.geometry.Size;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What the gestures on a diagram do, as undoable commands: moving shapes (frames fitted again
 * around what moved), collapsing and opening arguments, laying out again, drawing what an edit
 * added. Headless, so that a canvas, a script or a test gets the same commands; the canvas only
 * says what was dragged where. Sizes a shape lacks are set here, by a command, never by a viewer.
 */
public final class DiagramEdits {

    private final EditingDomain domain;
    private final DiagramLayouter layouter;

    /** @param layouter sizes and lays out as the shown map is drawn (its settings' text and layout defaults) */
    public DiagramEdits(EditingDomain domain, DiagramLayouter layouter) {
        this.domain = domain;
        this.layouter = layouter;
    }

    /** The shapes a drag of the selected ones carries: them and, for an open argument's frame, its shapes. */
    public static Set<Shape> carried(Diagram diagram, Collection<Shape> selected) {
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        Set<Shape> moved = new LinkedHashSet<>();
        for (Shape shape : selected) {
            moved.add(shape);
            if (groups.isOpen(shape)) {
                moved.addAll(groups.members(shape));
            }
        }
        return moved;
    }

    /**
     * Moves the selected shapes by a distance in diagram units: a frame carries its argument's
     * shapes along, and frames are fitted again around shapes that left or moved inside them.
     */
    public Command move(Diagram diagram, Collection<Shape> selected, double dx, double dy) {
        if (selected.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        Map<Shape, Box> boxes = new LinkedHashMap<>();
        for (Shape shape : carried(diagram, selected)) {
            if (!groups.isOpen(shape)) {
                boxes.put(shape, layouter.box(shape).movedBy(dx, dy));
            }
        }
        Map<Shape, Point> positions = new LinkedHashMap<>();
        boxes.forEach((shape, box) -> positions.put(shape, box.topLeft()));
        CompoundCommand move = new CompoundCommand("Move");
        for (Shape group : groups.groups()) {
            if (groups.isOpen(group) && groups.members(group).stream().anyMatch(boxes::containsKey)) {
                Box frame = layouter.frame(group, groups, boxes);
                positions.put(group, frame.topLeft());
                move.append(MapCommands.resize(domain, group, frame.width(), frame.height()));
            }
        }
        move.append(MapCommands.move(domain, positions));
        return move.unwrap();
    }

    /** Lays the diagram out: only the given shapes when there are any (the rest stay), else every shape that is not pinned. */
    public Command layOut(Diagram diagram, Collection<Shape> movable) {
        return DiagramLayouter.command(domain, layouter.compute(diagram, movable == null || movable.isEmpty() ? null : movable));
    }

    /**
     * Collapses the given open arguments into single boxes, or opens them when the first is
     * collapsed: one command. A collapsed box stands in the middle of where its frame was, an
     * opened frame around its shapes where they were; what the frame now covers steps aside, and
     * the rest of the diagram stays.
     */
    public Command toggleArguments(Diagram diagram, Collection<Shape> arguments) {
        List<Shape> toggled = arguments.stream().filter(s -> s.getElement() instanceof Argument).toList();
        if (toggled.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        boolean collapse = !toggled.get(0).isCollapsed();
        CompoundCommand toggle = new CompoundCommand(collapse ? "Collapse Argument" : "Open Argument");
        for (Shape argument : toggled) {
            toggle.append(MapCommands.set(domain, argument, ViewsPackage.Literals.SHAPE__COLLAPSED, collapse));
        }
        // Sizes and frames depend on what the toggle hides, so they are worked out once that is done.
        toggle.append(new DeferredCommand("Make Room", () -> {
            ArgumentGroups groups = ArgumentGroups.of(diagram);
            Map<Shape, Box> changed = new LinkedHashMap<>();
            for (Shape argument : toggled) {
                if (groups.members(argument).isEmpty()) {
                    continue;
                }
                Box frame = layouter.frame(argument, groups, Map.of());
                if (argument.isCollapsed()) {
                    // Where the frame was drawn, if it ever was.
                    frame = argument.getWidth() > 0 ? layouter.box(argument) : frame;
                    Size size = layouter.size(argument);
                    changed.put(argument, size.at(frame.center().x() - size.width() / 2, frame.center().y() - size.height() / 2));
                } else if (groups.isOpen(argument)) {
                    changed.put(argument, frame);
                }
            }
            return reshape("Make Room", diagram, groups, changed);
        }));
        return toggle;
    }

    /**
     * A map edit after which the shapes of the given elements whose text the edit made measure
     * otherwise are sized for it again, about their centres, and their neighbours make room (the
     * rest stays): one command under the edit's name.
     */
    public Command fitted(String label, Diagram diagram, Command edit, Collection<?> elements) {
        // What the boxes' text measures before the edit: an edit of what a box does not show (a
        // quote, notes) leaves it so, and the box and its lines stay as they are.
        Map<Shape, Size> before = new LinkedHashMap<>();
        for (Shape shape : diagram.getShapes()) {
            if (elements.contains(shape.getElement()) && shape.getWidth() > 0 && shape.getHeight() > 0) {
                before.put(shape, layouter.size(shape));
            }
        }
        CompoundCommand command = new CompoundCommand(label);
        command.append(edit);
        command.append(new DeferredCommand("Make Room", () -> {
            Map<Shape, Box> changed = new LinkedHashMap<>();
            before.forEach((shape, was) -> {
                Size size = layouter.size(shape);
                if (!size.equals(was)) {
                    changed.put(shape, size.at(shape.getX() + (shape.getWidth() - size.width()) / 2,
                            shape.getY() + (shape.getHeight() - size.height()) / 2));
                }
            });
            changed.entrySet().removeIf(e -> !MakingRoom.differs(e.getValue(), layouter.box(e.getKey())));
            return reshape("Make Room", diagram, ArgumentGroups.of(diagram), changed);
        }));
        return command.unwrap();
    }

    /**
     * After the text size changed: the boxes of the given diagrams sized for their text again,
     * the arrangement kept ({@link TextRefitting}); one command, which cannot be executed when
     * every box fits already.
     */
    public Command textResized(String label, Collection<Diagram> diagrams) {
        CompoundCommand command = new CompoundCommand(label);
        for (Diagram diagram : diagrams) {
            Placement placement = TextRefitting.of(label, diagram, layouter);
            if (!placement.isEmpty()) {
                command.append(placement);
            }
        }
        return command;
    }

    /**
     * The changed boxes and those of the shapes that step aside for them, as one command: lines
     * carried along with both their ends keep their routes; lines to a shape that changed
     * otherwise are routed again, in horizontal and vertical segments round the other boxes
     * when the diagram's lines are orthogonal ({@link OrthogonalLines}), else drawn straight.
     */
    private Command reshape(String label, Diagram diagram, ArgumentGroups groups, Map<Shape, Box> changed) {
        if (changed.isEmpty()) {
            return IdentityCommand.INSTANCE;
        }
        Map<Shape, Box> boxes = MakingRoom.around(diagram, layouter, groups, changed);
        OrthogonalLines lines = layouter.orthogonal(diagram) ? orthogonalLines(diagram, groups, boxes) : null;
        Map<List<Shape>, List<Point>> redrawn = new LinkedHashMap<>();
        Map<Edge, List<Point>> routes = new LinkedHashMap<>();
        for (Edge edge : diagram.getEdges()) {
            Shape from = groups.visible(edge.getSource());
            Shape to = groups.visible(edge.getTarget());
            boolean regrouped = changed.containsKey(groups.groupOf(edge.getSource())) || changed.containsKey(groups.groupOf(edge.getTarget()));
            if (!regrouped && !boxes.containsKey(from) && !boxes.containsKey(to)) {
                continue;
            }
            Point d = carriedBy(from, boxes);
            Point e = carriedBy(to, boxes);
            if (!regrouped && d != null && d.equals(e)) {
                routes.put(edge, edge.getRoute().stream().map(p -> new Point(p.getX() + d.x(), p.getY() + d.y())).toList());
            } else if (lines == null || from == to) {
                routes.put(edge, List.of());
            } else {
                // Lines that the collapsed box takes over share their ends, and so their route.
                routes.put(edge, redrawn.computeIfAbsent(List.of(from, to),
                        ends -> lines.route(boxes.getOrDefault(from, layouter.box(from)), boxes.getOrDefault(to, layouter.box(to)))));
            }
        }
        Placement placement = new Placement(label, boxes, routes);
        return placement.isEmpty() ? IdentityCommand.INSTANCE : placement;
    }

    /** How far a shape was carried without changing size, or null when it changed otherwise. */
    private Point carriedBy(Shape shape, Map<Shape, Box> boxes) {
        Box was = layouter.box(shape);
        Box now = boxes.getOrDefault(shape, was);
        return Math.abs(now.width() - was.width()) > 0.01 || Math.abs(now.height() - was.height()) > 0.01 ? null
                : new Point(now.x() - was.x(), now.y() - was.y());
    }

    /** Sets a layout setting of the diagram (algorithm, direction, lines) and lays it out again. */
    public Command changeLayout(Diagram diagram, EAttribute setting, Object value) {
        if (value.equals(diagram.eGet(setting))) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand("Change Layout");
        command.append(MapCommands.set(domain, diagram, setting, value));
        command.append(new DeferredCommand("Layout", () -> layOut(diagram, null)));
        return command;
    }

    /**
     * A map edit that draws itself: the edit, the diagram brought in step, and the shapes that
     * brought sized for their text, undone together under the edit's name.
     */
    public Command drawn(String label, ArgumentMap map, Diagram diagram, Command edit) {
        CompoundCommand command = new CompoundCommand(label);
        command.append(edit);
        command.append(DiagramContents.update(domain, diagram, map));
        command.append(new DeferredCommand("Size", () -> sizeUnsized(diagram)));
        command.append(new DeferredCommand("Route", () -> routeUnrouted(diagram)));
        return command;
    }

    /**
     * In a diagram whose lines are orthogonal, the lines an edit drew (they have no route yet)
     * in horizontal and vertical segments round the boxes, as the layout draws the others; in
     * other diagrams they stay straight.
     */
    private Command routeUnrouted(Diagram diagram) {
        if (!layouter.orthogonal(diagram)) {
            return IdentityCommand.INSTANCE;
        }
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        OrthogonalLines lines = null;
        Map<Edge, List<Point>> routes = new LinkedHashMap<>();
        for (Edge edge : diagram.getEdges()) {
            Shape from = edge.getSource() == null ? null : groups.visible(edge.getSource());
            Shape to = edge.getTarget() == null ? null : groups.visible(edge.getTarget());
            if (!edge.getRoute().isEmpty() || from == null || to == null || from == to || groups.isOpen(from) || groups.isOpen(to)) {
                continue;
            }
            if (lines == null) {
                lines = orthogonalLines(diagram, groups, Map.of());
            }
            List<Point> route = lines.route(layouter.box(from), layouter.box(to));
            if (!route.isEmpty()) {
                routes.put(edge, route);
            }
        }
        return routes.isEmpty() ? IdentityCommand.INSTANCE : new Placement("Route", Map.of(), routes);
    }

    /** Lines in horizontal and vertical segments round the drawn boxes, those in {@code boxes} where they are about to stand. */
    private OrthogonalLines orthogonalLines(Diagram diagram, ArgumentGroups groups, Map<Shape, Box> boxes) {
        return new OrthogonalLines(diagram.getShapes().stream().filter(s -> !groups.isHidden(s) && !groups.isOpen(s))
                .map(s -> boxes.getOrDefault(s, layouter.box(s))).toList(), layouter.vertical(diagram));
    }

    private Command sizeUnsized(Diagram diagram) {
        CompoundCommand sizes = new CompoundCommand("Size");
        for (Shape shape : diagram.getShapes()) {
            if (shape.getWidth() <= 0 || shape.getHeight() <= 0) {
                Size size = layouter.size(shape);
                sizes.append(MapCommands.resize(domain, shape, size.width(), size.height()));
            }
        }
        return sizes.isEmpty() ? IdentityCommand.INSTANCE : sizes;
    }

    /**
     * Adds a statement to the map and its shape, sized for its text, centred on a point of the
     * diagram when no box or line stands there, else at the nearest place where none does
     * ({@link FreePlace}): a statement put down at the pointer. It takes the source and
     * proponent last used in the map ({@link StatementDefaults}).
     */
    public Command addStatement(ArgumentMap map, Diagram diagram, Statement statement, double centreX, double centreY) {
        return addStatement(map, diagram, statement, centreX, centreY, false);
    }

    /**
     * {@link #addStatement}, for a place no one pointed at (the middle of the view): there, or
     * at the nearest place, with room around the box for the label typed into it next
     * ({@link DiagramLayouter#roomFor}), so that growing it reaches no box or line.
     */
    public Command addStatementNear(ArgumentMap map, Diagram diagram, Statement statement, double centreX, double centreY) {
        return addStatement(map, diagram, statement, centreX, centreY, true);
    }

    private Command addStatement(ArgumentMap map, Diagram diagram, Statement statement, double centreX, double centreY, boolean withRoom) {
        StatementDefaults.of(map).apply(statement);
        Shape shape = org.disputatio.core.MapElements.shape(statement, 0, 0, 0, 0);
        Size size = layouter.size(shape);
        Size room = withRoom ? layouter.roomFor(shape) : size;
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        Point centre = FreePlace.nearest(drawnBoxes(diagram, groups), drawnLines(diagram, groups),
                room.at(centreX - room.width() / 2, centreY - room.height() / 2)).center();
        shape.setX(centre.x() - size.width() / 2);
        shape.setY(centre.y() - size.height() / 2);
        shape.setWidth(size.width());
        shape.setHeight(size.height());
        CompoundCommand add = new CompoundCommand(statement.getLabel());
        add.append(MapCommands.add(domain, map, statement));
        add.append(MapCommands.addShape(domain, diagram, shape));
        return add;
    }

    /**
     * The lines a new shape must not stand on: each line between two drawn shapes, along its
     * route, or straight between the shapes' centres when it has none (drawn from border to border).
     */
    private List<FreePlace.Segment> drawnLines(Diagram diagram, ArgumentGroups groups) {
        List<FreePlace.Segment> lines = new ArrayList<>();
        for (Edge edge : diagram.getEdges()) {
            if (edge.getSource() == null || edge.getTarget() == null || groups.isHidden(edge.getSource()) || groups.isHidden(edge.getTarget())) {
                continue;
            }
            List<Point> points = new ArrayList<>();
            if (edge.getRoute().size() >= 2) {
                edge.getRoute().forEach(p -> points.add(new Point(p.getX(), p.getY())));
            } else {
                points.add(layouter.box(edge.getSource()).center());
                points.add(layouter.box(edge.getTarget()).center());
            }
            for (int i = 1; i < points.size(); i++) {
                lines.add(new FreePlace.Segment(points.get(i - 1), points.get(i)));
            }
        }
        return lines;
    }

    /** The boxes a new shape must not cover: every one drawn, open frames included. */
    private List<Box> drawnBoxes(Diagram diagram, ArgumentGroups groups) {
        return diagram.getShapes().stream().filter(s -> !groups.isHidden(s)).map(layouter::box).toList();
    }
}
