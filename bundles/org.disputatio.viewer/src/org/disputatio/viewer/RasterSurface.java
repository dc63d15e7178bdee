// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.Arrays;

import org.disputatio.layout.FontSpec;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Paints into pixels of its own, for a map seen so small that its statements are plain blocks
 * ({@link org.disputatio.render.ScenePainter#onlyBlocks}): shapes and lines there are a pixel or
 * two, and setting them in an array and showing the array as one image takes a fraction of the
 * time thousands of calls into the graphics context take (a full frame of 5,000 statements, see
 * the benchmark). Lines are one pixel wide, curves are followed by short segments, corners are
 * square: nothing finer than a pixel is drawn at that size anyway.
 */
final class RasterSurface implements org.disputatio.render.Surface {

    private final int width;
    private final int height;
    private final int[] pixels;
    private final double originX;
    private final double originY;
    private final double scale;

    /** A {@code width} by {@code height} pixel area whose top left pixel shows diagram point ({@code originX}, {@code originY}). */
    RasterSurface(int width, int height, double originX, double originY, double scale, int background) {
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
        Arrays.fill(pixels, background & 0xFFFFFF);
        this.originX = originX;
        this.originY = originY;
        this.scale = scale;
    }

    /** Draws the pixels with their top left corner at ({@code x}, {@code y}) of the graphics context. */
    void drawOn(GC gc, int x, int y) {
        ImageData data = new ImageData(width, height, 32, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        data.setPixels(0, 0, pixels.length, pixels, 0);
        Image image = new Image(gc.getDevice(), data);
        try {
            gc.drawImage(image, x, y);
        } finally {
            image.dispose();
        }
    }

    private double px(double x) {
        return (x - originX) * scale;
    }

    private double py(double y) {
        return (y - originY) * scale;
    }

    /** Fills the pixels whose centres lie inside the polygon (even-odd rule), one row at a time. */
    @Override
    public void polygon(double[] xy, int fill, int stroke, double strokeWidth) {
        int n = xy.length / 2;
        double minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minY = Math.min(minY, py(xy[2 * i + 1]));
            maxY = Math.max(maxY, py(xy[2 * i + 1]));
        }
        double[] crossings = new double[n];
        for (int row = Math.max(0, (int) Math.floor(minY)); row <= Math.min(height - 1, (int) Math.ceil(maxY)); row++) {
            double y = row + 0.5;
            int count = 0;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double y1 = py(xy[2 * i + 1]), y2 = py(xy[2 * j + 1]);
                if ((y1 <= y) != (y2 <= y)) {
                    double x1 = px(xy[2 * i]), x2 = px(xy[2 * j]);
                    crossings[count++] = x1 + (y - y1) / (y2 - y1) * (x2 - x1);
                }
            }
            Arrays.sort(crossings, 0, count);
            for (int k = 0; k + 1 < count; k += 2) {
                span(row, (int) Math.ceil(crossings[k] - 0.5), (int) Math.ceil(crossings[k + 1] - 0.5) - 1, fill);
            }
        }
        // Something smaller than a pixel still shows as one.
        if (maxY - minY < 1 || width(xy) < 1) {
            set((int) px(xy[0]), (int) Math.floor(minY), fill);
        }
        if (strokeWidth > 0) {
            double[] closed = Arrays.copyOf(xy, xy.length + 2);
            closed[xy.length] = xy[0];
            closed[xy.length + 1] = xy[1];
            polyline(closed, stroke, strokeWidth, false);
        }
    }

    private double width(double[] xy) {
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            min = Math.min(min, px(xy[i]));
            max = Math.max(max, px(xy[i]));
        }
        return max - min;
    }

    @Override
    public void roundedRectangle(double x, double y, double width, double height, double radius, int fill, int stroke, double strokeWidth) {
        polygon(new double[] { x, y, x + width, y, x + width, y + height, x, y + height }, fill, stroke, strokeWidth);
    }

    @Override
    public void ellipse(double x, double y, double width, double height, int fill) {
        double cx = px(x + width / 2), cy = py(y + height / 2), rx = width * scale / 2, ry = height * scale / 2;
        for (int row = Math.max(0, (int) Math.floor(cy - ry)); row <= Math.min(this.height - 1, (int) Math.ceil(cy + ry)); row++) {
            double dy = (row + 0.5 - cy) / ry;
            if (dy * dy <= 1) {
                double half = rx * Math.sqrt(1 - dy * dy);
                span(row, (int) Math.ceil(cx - half - 0.5), (int) Math.ceil(cx + half - 0.5) - 1, fill);
            }
        }
        set((int) Math.floor(cx), (int) Math.floor(cy), fill);
    }

    @Override
    public void polyline(double[] xy, int color, double width, boolean dashed) {
        for (int i = 0; i + 3 < xy.length; i += 2) {
            segment(px(xy[i]), py(xy[i + 1]), px(xy[i + 2]), py(xy[i + 3]), color);
        }
    }

    @Override
    public void curve(double[] xy, int color, double width, boolean dashed) {
        double[] at = new double[2];
        org.disputatio.render.Surface.trace(xy, new PathBuilder() {
            @Override
            public void moveTo(double x, double y) {
                at[0] = x;
                at[1] = y;
            }

            @Override
            public void lineTo(double x, double y) {
                segment(px(at[0]), py(at[1]), px(x), py(y), color);
                moveTo(x, y);
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                cubicTo(at[0] + 2.0 / 3 * (cx - at[0]), at[1] + 2.0 / 3 * (cy - at[1]), x + 2.0 / 3 * (cx - x), y + 2.0 / 3 * (cy - y), x, y);
            }

            @Override
            public void cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                double x0 = at[0], y0 = at[1];
                for (int k = 1; k <= 8; k++) {
                    double t = k / 8.0, u = 1 - t;
                    lineTo(u * u * u * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x,
                            u * u * u * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y);
                }
            }
        });
    }

    /** Text this small is a bar about its length, as the painter draws text too small to read. */
    @Override
    public void text(String text, double centerX, double baseline, FontSpec font, int color) {
        double half = text.length() * font.size() * 0.55 / 2;
        double top = baseline - font.size() * 0.6;
        polygon(new double[] { centerX - half, top, centerX + half, top, centerX + half, baseline, centerX - half, baseline }, color, color, 0);
    }

    @Override
    public void textFromLeft(String text, double x, double baseline, FontSpec font, int color) {
        text(text, x + text.length() * font.size() * 0.55 / 2, baseline, font, color);
    }

    /** A line one pixel wide between two points in pixels (Bresenham, clipped to the area). */
    private void segment(double x0d, double y0d, double x1d, double y1d, int color) {
        // Cut the segment to the area first (Liang and Barsky), so a long line costs what shows of it.
        double dxd = x1d - x0d, dyd = y1d - y0d, t0 = 0, t1 = 1;
        double[] p = { -dxd, dxd, -dyd, dyd };
        double[] q = { x0d + 1, width - x0d, y0d + 1, height - y0d };
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (t0 > t1) {
            return;
        }
        double ax = x0d + t0 * dxd, ay = y0d + t0 * dyd;
        x1d = x0d + t1 * dxd;
        y1d = y0d + t1 * dyd;
        x0d = ax;
        y0d = ay;
        int x0 = (int) Math.floor(x0d), y0 = (int) Math.floor(y0d), x1 = (int) Math.floor(x1d), y1 = (int) Math.floor(y1d);
        int dx = Math.abs(x1 - x0), dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1;
        int error = dx + dy;
        while (true) {
            set(x0, y0, color);
            if (x0 == x1 && y0 == y1) {
                return;
            }
            int e2 = 2 * error;
            if (e2 >= dy) {
                error += dy;
                x0 += sx;
            }
            if (e2 <= dx) {
                error += dx;
                y0 += sy;
            }
        }
    }

    private void span(int row, int from, int to, int color) {
        if (row < 0 || row >= height) {
            return;
        }
        int a = Math.max(0, from), b = Math.min(width - 1, to);
        if (a <= b) {
            Arrays.fill(pixels, row * width + a, row * width + b + 1, color & 0xFFFFFF);
        }
    }

    private void set(int x, int y, int color) {
        if (x >= 0 && x < width && y >= 0 && y < height) {
            pixels[y * width + x] = color & 0xFFFFFF;
        }
    }
}
