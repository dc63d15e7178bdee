// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import org.disputatio.layout.FontSpec;

/**
 * What {@link ScenePainter} draws on: the one drawing interface behind the screen, SVG and
 * images. Coordinates are diagram units; colours 0xRRGGBB. Points go as flat arrays
 * {@code x0, y0, x1, y1, ...}, not as geometry values: that is what SWT, AWT and PDF take, and
 * the painter builds one per shape on every frame.
 */
public interface Surface {

    /** A closed polygon, filled then outlined ({@code strokeWidth} 0: no outline). */
    void polygon(double[] xy, int fill, int stroke, double strokeWidth);

    void roundedRectangle(double x, double y, double width, double height, double radius, int fill, int stroke,
            double strokeWidth);

    void ellipse(double x, double y, double width, double height, int fill);

    /** An open line through the points {@code x0, y0, x1, y1, ...}. */
    void polyline(double[] xy, int color, double width, boolean dashed);

    /**
     * A smooth line from the first point to the last; the points between are Bézier control
     * points, as ELK gives spline routes (see {@link #trace}).
     */
    void curve(double[] xy, int color, double width, boolean dashed);

    /** One line of text, centred on {@code centerX}, standing on {@code baseline}. */
    void text(String text, double centerX, double baseline, FontSpec font, int color);

    /** Text starting at {@code x} (for the legend). */
    void textFromLeft(String text, double x, double baseline, FontSpec font, int color);

    /**
     * Marks the start of one element's drawing, for surfaces that keep structure (SVG groups
     * with the element's identifier and its full text as a tooltip).
     */
    default void beginElement(String kind, String id, String tooltip) {
    }

    default void endElement() {
    }

    /** What {@link #trace} draws into: the path operations every output knows. */
    interface PathBuilder {

        void moveTo(double x, double y);

        void lineTo(double x, double y);

        void quadTo(double cx, double cy, double x, double y);

        void cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y);
    }

    /**
     * Traces a spline route {@code x0, y0, x1, y1, ...}: after the start, every three points are
     * a cubic piece (two control points and its end); two left over make a quadratic piece, one
     * a straight end.
     */
    static void trace(double[] xy, PathBuilder path) {
        path.moveTo(xy[0], xy[1]);
        int i = 2;
        while (xy.length - i >= 6) {
            path.cubicTo(xy[i], xy[i + 1], xy[i + 2], xy[i + 3], xy[i + 4], xy[i + 5]);
            i += 6;
        }
        if (xy.length - i == 4) {
            path.quadTo(xy[i], xy[i + 1], xy[i + 2], xy[i + 3]);
        } else if (xy.length - i == 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
    }
}
