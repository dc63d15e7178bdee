package org.disputatio.render;

import org.disputatio.layout.FontSpec;

/**
 * What {@link ScenePainter} draws on: the one drawing interface behind the screen, SVG and
 * images. Coordinates are diagram units; colours 0xRRGGBB.
 */
public interface Surface {

    /** A closed polygon, filled then outlined ({@code strokeWidth} 0: no outline). */
    void polygon(double[] xy, int fill, int stroke, double strokeWidth);

    void roundedRectangle(double x, double y, double width, double height, double radius, int fill, int stroke,
            double strokeWidth);

    void ellipse(double x, double y, double width, double height, int fill);

    /** An open line through the points {@code x0, y0, x1, y1, ...}. */
    void polyline(double[] xy, int color, double width, boolean dashed);

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
}
