// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.disputatio.layout.FontSpec;
import org.disputatio.render.Surface;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;

/**
 * Paints a map seen so small that its statements are plain blocks
 * ({@link org.disputatio.render.ScenePainter#onlyBlocks}): the shapes and lines of one colour,
 * width and dash are gathered into one path and drawn by one call, at the end. Thousands of
 * separate calls into the graphics context, each setting its colour and line, were what made
 * such a frame slow (a full frame of 5,000 statements, see the benchmark). Batches are drawn in
 * the order they were begun, so what the painter draws first (frames, then lines, then blocks)
 * stays below.
 */
final class BatchedSurface implements Surface {

    private static final int[] DASH = { 7, 5 };

    private record Style(boolean fill, int color, int width, boolean dashed) {
    }

    private final GC gc;
    private final SwtResources resources;
    private final Map<Style, Path> batches = new LinkedHashMap<>();

    BatchedSurface(GC gc, SwtResources resources) {
        this.gc = gc;
        this.resources = resources;
    }

    private Path batch(boolean fill, int color, double width, boolean dashed) {
        return batches.computeIfAbsent(new Style(fill, color, fill ? 0 : (int) Math.max(1, Math.round(width)), !fill && dashed),
                style -> new Path(gc.getDevice()));
    }

    @Override
    public void polygon(double[] xy, int fill, int stroke, double strokeWidth) {
        trace(batch(true, fill, 0, false), xy, true);
        if (strokeWidth > 0) {
            trace(batch(false, stroke, strokeWidth, false), xy, true);
        }
    }

    @Override
    public void roundedRectangle(double x, double y, double width, double height, double radius, int fill, int stroke, double strokeWidth) {
        // Corners of a pixel or less: a rectangle.
        batch(true, fill, 0, false).addRectangle((float) x, (float) y, (float) width, (float) height);
        if (strokeWidth > 0) {
            batch(false, stroke, strokeWidth, false).addRectangle((float) x, (float) y, (float) width, (float) height);
        }
    }

    @Override
    public void ellipse(double x, double y, double width, double height, int fill) {
        Path path = batch(true, fill, 0, false);
        path.moveTo((float) (x + width), (float) (y + height / 2));
        path.addArc((float) x, (float) y, (float) width, (float) height, 0, 360);
        path.close();
    }

    @Override
    public void polyline(double[] xy, int color, double width, boolean dashed) {
        trace(batch(false, color, width, dashed), xy, false);
    }

    @Override
    public void curve(double[] xy, int color, double width, boolean dashed) {
        SwtSurface.traceCurve(batch(false, color, width, dashed), xy);
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

    /** Draws the batches, in the order they were begun, and empties them. */
    void flush() {
        for (Map.Entry<Style, Path> batch : batches.entrySet()) {
            Style style = batch.getKey();
            try {
                if (style.fill()) {
                    gc.setBackground(resources.color(style.color()));
                    gc.fillPath(batch.getValue());
                } else {
                    gc.setForeground(resources.color(style.color()));
                    gc.setLineWidth(style.width());
                    gc.setLineCap(style.dashed() ? SWT.CAP_FLAT : SWT.CAP_ROUND);
                    gc.setLineJoin(SWT.JOIN_ROUND);
                    gc.setLineDash(style.dashed() ? DASH : null);
                    gc.drawPath(batch.getValue());
                }
            } finally {
                batch.getValue().dispose();
            }
        }
        batches.clear();
    }
}
