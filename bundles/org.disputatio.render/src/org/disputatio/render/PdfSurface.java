// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.disputatio.layout.FontSpec;

/**
 * Draws into a PDF page with Apache PDFBox: vector shapes, and text as text in the bundled font,
 * embedded as a subset, so that it can be searched and copied. The caller sets the page's
 * transformation; this surface draws in diagram units with y growing downwards, as the others.
 */
public final class PdfSurface implements Surface {

    /** The bundled faces, embedded once per document. */
    public static final class Fonts {

        private final PDType0Font regular;
        private final PDType0Font bold;
        private final Map<Integer, Boolean> drawable = new HashMap<>();

        public Fonts(PDDocument document) throws IOException {
            try (InputStream r = BundledFont.open(false); InputStream b = BundledFont.open(true)) {
                regular = PDType0Font.load(document, r, true);
                bold = PDType0Font.load(document, b, true);
            }
        }

        public PDType0Font font(boolean isBold) {
            return isBold ? bold : regular;
        }

        /** The text with the characters the font has no glyph for replaced, since PDFBox refuses them. */
        public String drawable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                boolean ok = drawable.computeIfAbsent(c, code -> {
                    try {
                        regular.encode(new String(Character.toChars(code)));
                        bold.encode(new String(Character.toChars(code)));
                        return true;
                    } catch (IOException | IllegalArgumentException e) {
                        return false;
                    }
                });
                out.appendCodePoint(ok ? c : '?');
            });
            return out.toString();
        }

        /** The advance width of the text in this font, in the font size's units. */
        public double width(String text, FontSpec font) {
            try {
                return font(font.bold()).getStringWidth(drawable(text)) / 1000 * font.size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final float KAPPA = 0.5522848f;

    private final PDPageContentStream out;
    private final Fonts fonts;

    public PdfSurface(PDPageContentStream out, Fonts fonts) {
        this.out = out;
        this.fonts = fonts;
    }

    @Override
    public void polygon(double[] xy, int fill, int stroke, double strokeWidth) {
        run(() -> {
            path(xy);
            out.closePath();
            paint(fill, stroke, strokeWidth);
        });
    }

    @Override
    public void roundedRectangle(double x, double y, double width, double height, double radius, int fill, int stroke,
            double strokeWidth) {
        run(() -> {
            float r = (float) Math.min(radius, Math.min(width, height) / 2);
            float x0 = (float) x, y0 = (float) y, x1 = (float) (x + width), y1 = (float) (y + height);
            float k = r * (1 - KAPPA);
            out.moveTo(x0 + r, y0);
            out.lineTo(x1 - r, y0);
            out.curveTo(x1 - k, y0, x1, y0 + k, x1, y0 + r);
            out.lineTo(x1, y1 - r);
            out.curveTo(x1, y1 - k, x1 - k, y1, x1 - r, y1);
            out.lineTo(x0 + r, y1);
            out.curveTo(x0 + k, y1, x0, y1 - k, x0, y1 - r);
            out.lineTo(x0, y0 + r);
            out.curveTo(x0, y0 + k, x0 + k, y0, x0 + r, y0);
            out.closePath();
            paint(fill, stroke, strokeWidth);
        });
    }

    @Override
    public void ellipse(double x, double y, double width, double height, int fill) {
        run(() -> {
            float rx = (float) width / 2, ry = (float) height / 2;
            float cx = (float) x + rx, cy = (float) y + ry;
            out.moveTo(cx + rx, cy);
            out.curveTo(cx + rx, cy + ry * KAPPA, cx + rx * KAPPA, cy + ry, cx, cy + ry);
            out.curveTo(cx - rx * KAPPA, cy + ry, cx - rx, cy + ry * KAPPA, cx - rx, cy);
            out.curveTo(cx - rx, cy - ry * KAPPA, cx - rx * KAPPA, cy - ry, cx, cy - ry);
            out.curveTo(cx + rx * KAPPA, cy - ry, cx + rx, cy - ry * KAPPA, cx + rx, cy);
            out.closePath();
            color(fill, false);
            out.fill();
        });
    }

    @Override
    public void polyline(double[] xy, int color, double width, boolean dashed) {
        run(() -> {
            line(color, width, dashed);
            path(xy);
            out.stroke();
        });
    }

    @Override
    public void curve(double[] xy, int color, double width, boolean dashed) {
        run(() -> {
            line(color, width, dashed);
            double[] last = new double[2];
            Surface.trace(xy, new PathBuilder() {
                @Override
                public void moveTo(double x, double y) {
                    run(() -> out.moveTo((float) x, (float) y));
                    last[0] = x;
                    last[1] = y;
                }

                @Override
                public void lineTo(double x, double y) {
                    run(() -> out.lineTo((float) x, (float) y));
                    last[0] = x;
                    last[1] = y;
                }

                @Override
                public void quadTo(double cx, double cy, double x, double y) {
                    // PDF has cubic pieces only: raise the degree.
                    double c1x = last[0] + 2.0 / 3 * (cx - last[0]), c1y = last[1] + 2.0 / 3 * (cy - last[1]);
                    double c2x = x + 2.0 / 3 * (cx - x), c2y = y + 2.0 / 3 * (cy - y);
                    cubicTo(c1x, c1y, c2x, c2y, x, y);
                }

                @Override
                public void cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                    run(() -> out.curveTo((float) c1x, (float) c1y, (float) c2x, (float) c2y, (float) x, (float) y));
                    last[0] = x;
                    last[1] = y;
                }
            });
            out.stroke();
        });
    }

    @Override
    public void text(String text, double centerX, double baseline, FontSpec font, int color) {
        textFromLeft(text, centerX - fonts.width(text, font) / 2, baseline, font, color);
    }

    @Override
    public void textFromLeft(String text, double x, double baseline, FontSpec font, int color) {
        if (text.isEmpty()) {
            return;
        }
        run(() -> {
            color(color, false);
            out.beginText();
            out.setFont(fonts.font(font.bold()), (float) font.size());
            // The page is flipped to y-down; flip the glyphs back upright.
            out.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) baseline));
            out.showText(fonts.drawable(text));
            out.endText();
        });
    }

    private void path(double[] xy) throws IOException {
        out.moveTo((float) xy[0], (float) xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            out.lineTo((float) xy[i], (float) xy[i + 1]);
        }
    }

    private void paint(int fill, int stroke, double strokeWidth) throws IOException {
        color(fill, false);
        if (strokeWidth > 0) {
            color(stroke, true);
            out.setLineWidth((float) strokeWidth);
            out.setLineDashPattern(new float[0], 0);
            out.fillAndStroke();
        } else {
            out.fill();
        }
    }

    private void line(int color, double width, boolean dashed) throws IOException {
        color(color, true);
        out.setLineWidth((float) width);
        out.setLineCapStyle(dashed ? 0 : 1);
        out.setLineJoinStyle(1);
        out.setLineDashPattern(dashed ? new float[] { 7, 5 } : new float[0], 0);
    }

    private void color(int rgb, boolean stroking) throws IOException {
        float r = ((rgb >> 16) & 0xFF) / 255f, g = ((rgb >> 8) & 0xFF) / 255f, b = (rgb & 0xFF) / 255f;
        if (stroking) {
            out.setStrokingColor(r, g, b);
        } else {
            out.setNonStrokingColor(r, g, b);
        }
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    private static void run(Drawing drawing) {
        try {
            drawing.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
