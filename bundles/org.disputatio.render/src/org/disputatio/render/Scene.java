// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.util.List;

import org.disputatio.layout.NodeFormat;
import org.disputatio.render.VisualStyle.EdgeStyle;
import org.disputatio.render.VisualStyle.NodeStyle;
import org.disputatio.views.Edge;
import org.disputatio.views.Shape;
import org.disputatio.views.geometry.Point;

/**
 * A laid-out diagram ready to paint: boxes, lines and the text in them, in diagram units. Plain
 * data; the painters draw it on a screen, into SVG or into an image.
 */
public record Scene(List<Node> nodes, List<Line> lines, double x, double y, double width, double height) {

    /** A shape with its text, set in its format; junctions have no text. */
    public record Node(Shape shape, NodeStyle style, NodeFormat format, double x, double y, double width, double height,
            List<String> label, List<String> caption, String tooltip) {

        /** This node drawn elsewhere (where a drag would drop it). */
        public Node movedBy(double dx, double dy) {
            return new Node(shape, style, format, x + dx, y + dy, width, height, label, caption, tooltip);
        }

        public Node withStyle(NodeStyle newStyle) {
            return new Node(shape, newStyle, format, x, y, width, height, label, caption, tooltip);
        }

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /**
     * A line through its points, or, when {@code curved}, a spline whose inner points are
     * control points; the head, if any, is at the last point.
     */
    public record Line(Edge edge, EdgeStyle style, List<Point> points, boolean head, boolean curved) {

        public Line withStyle(EdgeStyle newStyle) {
            return new Line(edge, newStyle, points, head, curved);
        }
    }
}
