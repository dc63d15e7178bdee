// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.FontSpec;

/**
 * Draws with java.awt, for PNG (and later PDF) export without a display.
 */
public final class AwtSurface implements Surface {

    private final Graphics2D g;
    private final AwtTextMeasurer fonts;

    public AwtSurface(Graphics2D g, AwtTextMeasurer fonts) {
        this.g = g;
        this.fonts = fonts;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public void polygon(double[] xy, int fill, int stroke, double strokeWidth) {
        Path2D path = path(xy);
        path.closePath();
        g.setColor(new Color(fill));
        g.fill(path);
        if (strokeWidth > 0) {
            g.setColor(new Color(stroke));
            g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
    }

    @Override
    public void roundedRectangle(double x, double y, double width, double height, double radius, int fill, int stroke, double strokeWidth) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius);
        g.setColor(new Color(fill));
        g.fill(shape);
        if (strokeWidth > 0) {
            g.setColor(new Color(stroke));
            g.setStroke(new BasicStroke((float) strokeWidth));
            g.draw(shape);
        }
    }

    @Override
    public void ellipse(double x, double y, double width, double height, int fill) {
        g.setColor(new Color(fill));
        g.fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void polyline(double[] xy, int color, double width, boolean dashed) {
        line(color, width, dashed);
        g.draw(path(xy));
    }

    @Override
    public void curve(double[] xy, int color, double width, boolean dashed) {
        line(color, width, dashed);
        Path2D.Double path = new Path2D.Double();
        Surface.trace(xy, new PathBuilder() {
            @Override
            public void moveTo(double x, double y) {
                path.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                path.lineTo(x, y);
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                path.quadTo(cx, cy, x, y);
            }

            @Override
            public void cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                path.curveTo(c1x, c1y, c2x, c2y, x, y);
            }
        });
        g.draw(path);
    }

    private void line(int color, double width, boolean dashed) {
        g.setColor(new Color(color));
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] { 7, 5 }, 0)
                : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    @Override
    public void text(String text, double centerX, double baseline, FontSpec font, int color) {
        g.setFont(fonts.font(font));
        g.setColor(new Color(color));
        g.drawString(text, (float) (centerX - fonts.width(text, font) / 2), (float) baseline);
    }

    @Override
    public void textFromLeft(String text, double x, double baseline, FontSpec font, int color) {
        g.setFont(fonts.font(font));
        g.setColor(new Color(color));
        g.drawString(text, (float) x, (float) baseline);
    }

    private static Path2D path(double[] xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        return path;
    }
}
