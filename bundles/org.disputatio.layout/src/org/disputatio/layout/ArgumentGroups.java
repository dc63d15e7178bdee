// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.model.Argument;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.disputatio.views.geometry.Box;

/**
 * The arguments a diagram draws as groups: an open argument is a frame around the shapes of its
 * inferences (premises, conclusions, junctions), a collapsed one a single box that stands for
 * them. A statement that belongs to several arguments (a sub-argument's conclusion is the next
 * one's premise) is framed with the first of them in the diagram, so frames never nest or share
 * shapes.
 */
public final class ArgumentGroups {

    /** Between a frame and the shapes in it. */
    public static final double PADDING = 16;

    private final Map<Shape, List<Shape>> members = new LinkedHashMap<>();
    private final Map<Shape, Shape> groupOf = new HashMap<>();

    private ArgumentGroups() {
    }

    public static ArgumentGroups of(Diagram diagram) {
        ArgumentGroups groups = new ArgumentGroups();
        Map<Element, Shape> shapes = new HashMap<>();
        for (Shape shape : diagram.getShapes()) {
            if (!(shape.getElement() instanceof Argument)) {
                shapes.putIfAbsent((Element) shape.getElement(), shape);
            }
        }
        for (Shape shape : diagram.getShapes()) {
            if (shape.getElement() instanceof Argument argument) {
                List<Shape> claimed = new ArrayList<>();
                for (Element element : elements(argument)) {
                    Shape member = shapes.get(element);
                    if (member != null && !groups.groupOf.containsKey(member)) {
                        groups.groupOf.put(member, shape);
                        claimed.add(member);
                    }
                }
                groups.members.put(shape, claimed);
            }
        }
        return groups;
    }

    /** The statements and inferences an argument is made of, conclusion last. */
    private static Set<Element> elements(Argument argument) {
        Set<Element> elements = new LinkedHashSet<>();
        for (Inference inference : argument.getInferences()) {
            elements.addAll(inference.getPremises());
            elements.add(inference);
            if (inference.getConclusion() != null) {
                elements.add(inference.getConclusion());
            }
        }
        if (argument.getMainConclusion() != null) {
            elements.add(argument.getMainConclusion());
        }
        return elements;
    }

    /** The diagram's argument shapes, open and collapsed. */
    public Set<Shape> groups() {
        return members.keySet();
    }

    public boolean isGroup(Shape shape) {
        return members.containsKey(shape);
    }

    /** An argument drawn as a frame around its shapes: not collapsed, and with shapes to frame. */
    public boolean isOpen(Shape shape) {
        return isGroup(shape) && !shape.isCollapsed() && !members(shape).isEmpty();
    }

    /** The shapes an argument's frame holds, or a collapsed argument hides. */
    public List<Shape> members(Shape group) {
        return members.getOrDefault(group, List.of());
    }

    /** The argument framing or hiding a shape, or null. */
    public Shape groupOf(Shape shape) {
        return groupOf.get(shape);
    }

    /** The shape drawn in this one's place: itself, or the collapsed argument that hides it. */
    public Shape visible(Shape shape) {
        Shape group = groupOf.get(shape);
        return group != null && group.isCollapsed() ? group : shape;
    }

    /**
     * Whether a shape is left out of the drawing: hidden by a collapsed argument, or an open
     * argument with nothing of its own to frame (its statements are framed by earlier arguments).
     */
    public boolean isHidden(Shape shape) {
        return visible(shape) != shape || isGroup(shape) && !shape.isCollapsed() && members(shape).isEmpty();
    }

    /** The frame around laid-out member boxes, leaving room above them for the title. */
    static Box frame(List<Box> memberBoxes, double titleWidth, double titleHeight) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Box b : memberBoxes) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.right());
            maxY = Math.max(maxY, b.bottom());
        }
        double width = Math.max(maxX - minX + 2 * PADDING, titleWidth + 2 * PADDING);
        double x = (minX + maxX) / 2 - width / 2;
        return new Box(x, minY - PADDING - titleHeight, width, maxY - minY + 2 * PADDING + titleHeight);
    }
}
