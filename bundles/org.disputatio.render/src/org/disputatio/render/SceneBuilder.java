// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.disputatio.layout.ArgumentGroups;
import org.disputatio.layout.Captions;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.Geometry;
import org.disputatio.layout.NodeFormat;
import org.disputatio.layout.NodeText;
import org.disputatio.layout.TextMeasurer;
import org.disputatio.model.Argument;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.Citations;
import org.disputatio.render.VisualStyle.EdgeStyle;
import org.disputatio.render.VisualStyle.NodeStyle;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.LineRouting;
import org.disputatio.views.Shape;
import org.disputatio.views.Style;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;

/**
 * Turns a laid-out diagram into a {@link Scene}: wraps each statement's text to its shape (when
 * first read, {@link WrappedText}),
 * picks the style for its kind, frames open arguments (first, so that they are drawn behind),
 * lets a collapsed argument stand for what it hides, and routes lines that have no stored route
 * straight between their shapes' borders. A shape that has never been laid out is drawn at the
 * size its text needs; that size is the scene's, never written into the model.
 */
public final class SceneBuilder {

    private final NodeFormat format;
    private final TextMeasurer measurer;
    private final VisualStyle style;

    public SceneBuilder(NodeFormat format, TextMeasurer measurer, VisualStyle style) {
        this.format = format;
        this.measurer = measurer;
        this.style = style;
    }

    public Scene build(Diagram diagram) {
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        List<Shape> shown = new ArrayList<>();
        diagram.getShapes().stream().filter(groups::isOpen).forEach(shown::add);
        diagram.getShapes().stream().filter(s -> !groups.isOpen(s) && !groups.isHidden(s)).forEach(shown::add);
        List<Scene.Node> nodes = new ArrayList<>();
        Map<Shape, Box> boxes = new HashMap<>();
        DiagramLayouter sizes = new DiagramLayouter(measurer, format);
        Captions captions = new Captions();
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Shape shape : shown) {
            Box box = sizes.box(shape);
            boxes.put(shape, box);
            nodes.add(node(shape, box, groups, captions));
            minX = Math.min(minX, box.x());
            minY = Math.min(minY, box.y());
            maxX = Math.max(maxX, box.right());
            maxY = Math.max(maxY, box.bottom());
        }
        List<Scene.Line> lines = new ArrayList<>();
        Set<List<Object>> drawn = new HashSet<>();
        for (Edge edge : diagram.getEdges()) {
            Shape source = groups.visible(edge.getSource());
            Shape target = groups.visible(edge.getTarget());
            Box from = boxes.get(source);
            Box to = boxes.get(target);
            // Lines inside a collapsed argument vanish; those into it are drawn once for each end and kind.
            if (from == null || to == null || source == target) {
                continue;
            }
            EdgeStyle edgeStyle = edgeStyle(edge);
            if (!drawn.add(List.of(source, target, edgeStyle))) {
                continue;
            }
            List<Point> points = new ArrayList<>();
            for (org.disputatio.views.Point p : edge.getRoute()) {
                points.add(new Point(p.getX(), p.getY()));
            }
            // A route whose ends are off its shapes was laid out for shapes that have moved or been collapsed since.
            if (points.size() >= 2 && !(from.onBorder(points.get(0), 1.5) && to.onBorder(points.get(points.size() - 1), 1.5))) {
                points.clear();
            }
            boolean curved = diagram.getLineRouting() == LineRouting.SPLINES && points.size() > 2;
            if (points.size() < 2) {
                points = new ArrayList<>(Geometry.straightRoute(from, to));
            }
            for (Point p : points) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
            // The leg into a junction carries no head: the head marks where support or attack lands.
            boolean head = target.getElement() != edge.getElement();
            lines.add(new Scene.Line(edge, edgeStyle, points, head, curved));
        }
        if (nodes.isEmpty()) {
            minX = minY = 0;
            maxX = maxY = 0;
        }
        return new Scene(nodes, lines, minX, minY, maxX - minX, maxY - minY);
    }

    private Scene.Node node(Shape shape, Box box, ArgumentGroups groups, Captions captions) {
        if (shape.getElement() instanceof Argument argument) {
            int hidden = groups.isOpen(shape) ? 0 : groups.members(shape).size();
            NodeFormat own = format.of(shape);
            WrappedText text = new WrappedText(() -> NodeText.of(argument, hidden, own, measurer), hidden > 0);
            String tooltip = argument.getDescription() == null || argument.getDescription().isBlank() ? argument.getTitle()
                    : argument.getTitle() + "\n\n" + argument.getDescription();
            return new Scene.Node(shape, groups.isOpen(shape) ? style.argument() : style.collapsedArgument(), own,
                    box.x(), box.y(), box.width(), box.height(), text.label(), text.caption(), tooltip);
        }
        if (shape.getElement() instanceof Statement statement) {
            NodeFormat own = format.of(shape);
            // The caption made once for the box's text and its tooltip.
            String caption = captions.of(statement);
            WrappedText text = new WrappedText(() -> NodeText.of(statement, caption, own, measurer), !caption.isEmpty());
            return new Scene.Node(shape, overridden(style.statement(statement.getKind()), shape.getStyle()), own, box.x(), box.y(),
                    box.width(), box.height(), text.label(), text.caption(), tooltip(statement, caption));
        }
        boolean attack = shape.getElement() instanceof Conflict;
        String tooltip = shape.getElement() instanceof Inference ? "Linked argument: these premises support together" : "Joint attack";
        return new Scene.Node(shape, attack ? style.attackJunction() : style.supportJunction(), format, box.x(), box.y(), box.width(), box.height(),
                List.of(), List.of(), tooltip);
    }

    /** A shape's own colours, where the diagram gives it any, over its kind's. */
    private static NodeStyle overridden(NodeStyle base, Style own) {
        if (own == null) {
            return base;
        }
        return new NodeStyle(base.outline(), color(own.getFillColor(), base.fill()), color(own.getLineColor(), base.stroke()),
                color(own.getTextColor(), base.text()), base.caption());
    }

    /** A #rrggbb colour, or the fallback when there is none or it cannot be read. */
    static int color(String hex, int fallback) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            return fallback;
        }
        return Integer.parseInt(hex.substring(1), 16);
    }

    /** The full text, the quote and where it stands: what a reader wants on hovering. */
    public static String tooltip(Statement statement) {
        return tooltip(statement, Citations.caption(statement));
    }

    private static String tooltip(Statement statement, String caption) {
        String text = statement.getText() != null && !statement.getText().isBlank() ? statement.getText()
                : statement.getLabel() == null ? "" : statement.getLabel();
        String quote = statement.getQuote() != null && !statement.getQuote().isBlank()
                ? "\n\n\u201C" + statement.getQuote().strip() + "\u201D" : "";
        // Concatenated, not appended to a builder: the dash makes the tooltip two bytes a
        // character, and a builder widened the text already in it, then tried to narrow the
        // whole again; that was two fifths of building the scene of 5,000 statements.
        return caption.isEmpty() ? text + quote : text + quote + "\n\u2014 " + caption;
    }

    private EdgeStyle edgeStyle(Edge edge) {
        EdgeStyle base = edge.getElement() instanceof Conflict conflict
                ? conflict.getKind() == ConflictKind.UNDERCUT ? style.undercut() : style.attack()
                : style.support();
        if (edge.getStyle() == null) {
            return base;
        }
        return new EdgeStyle(color(edge.getStyle().getLineColor(), base.color()), base.width(), base.dashed(), base.head());
    }
}
