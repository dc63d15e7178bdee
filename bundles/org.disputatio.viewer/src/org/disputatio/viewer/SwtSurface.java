// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import org.disputatio.layout.FontSpec;
import org.disputatio.render.Surface;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.TextLayout;

/**
 * Paints on an SWT graphics context; the viewer has already set its zoom and scroll transform.
 */
public final class SwtSurface implements Surface {

    private static final int[] DASH = { 7, 5 };

    private final GC gc;
    private final SwtResources resources;

    public SwtSurface(GC gc, SwtResources resources) {
        this.gc = gc;
        this.resources = resources;
    }

    @Override
    public void polygon(double[] xy, int fill, int stroke, double strokeWidth) {
        int[] points = ints(xy);
        gc.setBackground(resources.color(fill));
        gc.fillPolygon(points);
        if (strokeWidth > 0) {
            line(stroke, strokeWidth, false);
            gc.drawPolygon(points);
        }
    }

    @Override
    public void roundedRectangle(double x, double y, double width, double height, double radius, int fill, int stroke, double strokeWidth) {
        int arc = (int) Math.round(2 * radius);
        gc.setBackground(resources.color(fill));
        gc.fillRoundRectangle(r(x), r(y), r(width), r(height), arc, arc);
        if (strokeWidth > 0) {
            line(stroke, strokeWidth, false);
            gc.drawRoundRectangle(r(x), r(y), r(width), r(height), arc, arc);
        }
    }

    @Override
    public void ellipse(double x, double y, double width, double height, int fill) {
        gc.setBackground(resources.color(fill));
        gc.fillOval(r(x), r(y), r(width), r(height));
    }

    @Override
    public void polyline(double[] xy, int color, double width, boolean dashed) {
        line(color, width, dashed);
        gc.drawPolyline(ints(xy));
    }

    @Override
    public void curve(double[] xy, int color, double width, boolean dashed) {
        line(color, width, dashed);
        Path path = new Path(gc.getDevice());
        try {
            traceCurve(path, xy);
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
    }

    @Override
    public void text(String text, double centerX, double baseline, FontSpec font, int color) {
        draw(resources.layout(text, font), centerX - resources.textWidth(gc, text, font) / 2.0, baseline, font, color);
    }

    @Override
    public void textFromLeft(String text, double x, double baseline, FontSpec font, int color) {
        draw(resources.layout(text, font), x, baseline, font, color);
    }

    private void draw(TextLayout layout, double x, double baseline, FontSpec font, int color) {
        gc.setForeground(resources.color(color));
        FontMetrics metrics = resources.metrics(gc, font);
        layout.draw(gc, r(x), r(baseline - metrics.getAscent() - metrics.getLeading()));
    }

    private void line(int color, double width, boolean dashed) {
        gc.setForeground(resources.color(color));
        gc.setLineWidth((int) Math.max(1, Math.round(width)));
        gc.setLineCap(dashed ? SWT.CAP_FLAT : SWT.CAP_ROUND);
        gc.setLineJoin(SWT.JOIN_ROUND);
        gc.setLineDash(dashed ? DASH : null);
    }

    private static int[] ints(double[] xy) {
        int[] points = new int[xy.length];
        for (int i = 0; i < xy.length; i++) {
            points[i] = r(xy[i]);
        }
        return points;
    }

    private static int r(double value) {
        return (int) Math.round(value);
    }

    /** Traces the points of a {@link Surface#curve curve} into an SWT path. */
    static void traceCurve(Path path, double[] xy) {
        Surface.trace(xy, new PathBuilder() {
            @Override
            public void moveTo(double x, double y) {
                path.moveTo((float) x, (float) y);
            }

            @Override
            public void lineTo(double x, double y) {
                path.lineTo((float) x, (float) y);
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                path.quadTo((float) cx, (float) cy, (float) x, (float) y);
            }

            @Override
            public void cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                path.cubicTo((float) c1x, (float) c1y, (float) c2x, (float) c2y, (float) x, (float) y);
            }
        });
    }
}
