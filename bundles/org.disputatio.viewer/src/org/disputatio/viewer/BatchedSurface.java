// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.disputatio.layout.FontSpec;
import org.disputatio.render.Surface;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Transform;

/**
 * Paints a map seen so small that its statements are plain blocks
 * ({@link org.disputatio.render.ScenePainter#onlyBlocks}): the shapes and lines of one colour
 * and width are gathered into one path and drawn by one call, at the end. Thousands of
 * separate calls into the graphics context, each setting its colour and line, were what made
 * such a frame slow (a full frame of 5,000 statements, see the benchmark). Batches are drawn in
 * the order they were begun, so what the painter draws first (frames, then lines, then blocks)
 * stays below.
 * <p>
 * The paths are made in screen pixels, not under the zoom's transform: lines at least a pixel
 * wide (thinner ones, as a shrunk map's lines were, fell between the pixels and showed or not by
 * where they lay), and blocks and level and upright lines as rectangles of whole pixels, which
 * cairo fills as rows of pixels instead of polygons to scan (stroking the lines under the
 * transform was four fifths of the frame). A block covers the pixels it covered under the
 * transform: those whose centres it holds.
 */
final class BatchedSurface implements Surface {

    private record Style(boolean fill, int color, int width, boolean level) {
    }

    private final GC gc;
    private final SwtResources resources;
    /** Diagram units to screen pixels: x' = a x + c y + e, y' = b x + d y + f. */
    private final double a, b, c, d, e, f;
    private final double zoom;
    private final Map<Style, Path> batches = new LinkedHashMap<>();

    /** Paints on {@code gc}, whose transform is the zoom's ({@code transform}), in screen pixels. */
    BatchedSurface(GC gc, SwtResources resources, Transform transform) {
        this.gc = gc;
        this.resources = resources;
        float[] m = new float[6];
        transform.getElements(m);
        a = m[0];
        b = m[1];
        c = m[2];
        d = m[3];
        e = m[4];
        f = m[5];
        zoom = Math.sqrt(Math.abs(a * d - b * c));
    }

    /** Lines of {@code width} diagram units, at least a pixel wide; a dash would be under a pixel at this zoom: lines are whole. */
    private Path batch(boolean fill, int color, double width, boolean level) {
        int pixels = fill ? 0 : (int) Math.max(1, Math.round(width * zoom));
        return batches.computeIfAbsent(new Style(fill, color, pixels, level), style -> new Path(gc.getDevice()));
    }

    private double x(double px, double py) {
        return a * px + c * py + e;
    }

    private double y(double px, double py) {
        return b * px + d * py + f;
    }

    /** The points in pixels; with {@code snap}, on the nearest pixel corners. */
    private double[] screen(double[] xy, boolean snap) {
        double[] out = new double[xy.length];
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double sx = x(xy[i], xy[i + 1]);
            double sy = y(xy[i], xy[i + 1]);
            out[i] = snap ? Math.floor(sx + 0.5) : sx;
            out[i + 1] = snap ? Math.floor(sy + 0.5) : sy;
        }
        return out;
    }

    /** Whether every step between the points is level or upright (the matrix keeps that: no rotation). */
    private boolean level(double[] xy) {
        if (b != 0 || c != 0) {
            return false;
        }
        for (int i = 2; i + 1 < xy.length; i += 2) {
            if (xy[i] != xy[i - 2] && xy[i + 1] != xy[i - 1]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void polygon(double[] xy, int fill, int stroke, double strokeWidth) {
        boolean level = level(xy);
        trace(batch(true, fill, 0, level), screen(xy, level), true);
        if (strokeWidth > 0) {
            line(xy, stroke, strokeWidth, level, true);
        }
    }

    @Override
    public void roundedRectangle(double x, double y, double width, double height, double radius, int fill, int stroke, double strokeWidth) {
        // Corners of a pixel or less: a rectangle.
        polygon(new double[] { x, y, x + width, y, x + width, y + height, x, y + height }, fill, stroke, strokeWidth);
    }

    @Override
    public void ellipse(double x, double y, double width, double height, int fill) {
        Path path = batch(true, fill, 0, false);
        double x0 = x(x, y), y0 = y(x, y), x1 = x(x + width, y + height), y1 = y(x + width, y + height);
        path.moveTo((float) x1, (float) ((y0 + y1) / 2));
        path.addArc((float) x0, (float) y0, (float) (x1 - x0), (float) (y1 - y0), 0, 360);
        path.close();
    }

    @Override
    public void polyline(double[] xy, int color, double width, boolean dashed) {
        line(xy, color, width, level(xy), false);
    }

    private void line(double[] xy, int color, double width, boolean level, boolean closed) {
        Path path = batch(false, color, width, level);
        if (!level) {
            trace(path, screen(xy, false), closed);
            return;
        }
        // Each step a rectangle of the pixels it crosses (the pixel holding each point, as a line
        // through the pixels' centres would cover): cairo strokes under the half-pixel shift SWT
        // gives thin lines as polygons, but fills whole-pixel rectangles as rows of pixels.
        int pixels = (int) Math.max(1, Math.round(width * zoom));
        int before = (pixels - 1) / 2;
        int n = xy.length / 2;
        for (int i = 0; i < (closed ? n : n - 1); i++) {
            int j = (i + 1) % n;
            double x0 = Math.floor(x(xy[2 * i], xy[2 * i + 1])) - before, y0 = Math.floor(y(xy[2 * i], xy[2 * i + 1])) - before;
            double x1 = Math.floor(x(xy[2 * j], xy[2 * j + 1])) - before, y1 = Math.floor(y(xy[2 * j], xy[2 * j + 1])) - before;
            path.addRectangle((float) Math.min(x0, x1), (float) Math.min(y0, y1), (float) (Math.abs(x1 - x0) + pixels),
                    (float) (Math.abs(y1 - y0) + pixels));
        }
    }

    @Override
    public void curve(double[] xy, int color, double width, boolean dashed) {
        SwtSurface.traceCurve(batch(false, color, width, false), screen(xy, false));
    }

    /** The painter draws no text this small (it draws bars); should it, the text goes on top, after the batches. */
    @Override
    public void text(String text, double centerX, double baseline, FontSpec font, int color) {
        flush();
        new SwtSurface(gc, resources).text(text, centerX, baseline, font, color);
    }

    @Override
    public void textFromLeft(String text, double x, double baseline, FontSpec font, int color) {
        flush();
        new SwtSurface(gc, resources).textFromLeft(text, x, baseline, font, color);
    }

    private static void trace(Path path, double[] xy, boolean closed) {
        path.moveTo((float) xy[0], (float) xy[1]);
        for (int i = 2; i + 1 < xy.length; i += 2) {
            path.lineTo((float) xy[i], (float) xy[i + 1]);
        }
        if (closed) {
            path.close();
        }
    }

    /** Draws the batches, in the order they were begun, and empties them; the zoom's transform is kept. */
    void flush() {
        if (batches.isEmpty()) {
            return;
        }
        Transform zoomed = new Transform(gc.getDevice());
        gc.getTransform(zoomed);
        gc.setTransform(null);
        int rule = gc.getFillRule();
        gc.setFillRule(SWT.FILL_WINDING);
        try {
            for (Map.Entry<Style, Path> batch : batches.entrySet()) {
                Style style = batch.getKey();
                if (style.fill() || style.level()) {
                    // Level lines are rectangles too; where they cross or meet, the union is filled.
                    gc.setBackground(resources.color(style.color()));
                    gc.fillPath(batch.getValue());
                } else {
                    gc.setForeground(resources.color(style.color()));
                    gc.setLineWidth(style.width());
                    gc.setLineCap(SWT.CAP_ROUND);
                    gc.setLineJoin(SWT.JOIN_ROUND);
                    gc.setLineDash(null);
                    gc.drawPath(batch.getValue());
                }
            }
        } finally {
            batches.values().forEach(Path::dispose);
            batches.clear();
            gc.setTransform(zoomed);
            gc.setFillRule(rule);
            zoomed.dispose();
        }
    }
}
