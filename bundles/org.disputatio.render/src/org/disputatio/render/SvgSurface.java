// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

import org.disputatio.layout.FontSpec;

/**
 * Writes SVG. All text is escaped, so a statement reading {@code <script>} stays text.
 */
public final class SvgSurface implements Surface {

    /** How much is drawn before it goes to the writer of a streamed document. */
    private static final int CHUNK = 1 << 16;

    private final StringBuilder body = new StringBuilder();
    /** Where a streamed document goes, chunk by chunk; null while it is kept for {@link #document}. */
    private final Writer sink;

    /** A surface that keeps what is drawn, for {@link #document}. */
    public SvgSurface() {
        sink = null;
    }

    /**
     * A surface that writes the document to {@code sink} as it is drawn (the view box first,
     * {@link #finish()} last), so that a big map is never held whole in memory: at 10,000
     * statements the drawing, the document string and its bytes were each megabytes.
     * Drawing throws {@link UncheckedIOException} when the writer fails.
     */
    public SvgSurface(Writer sink, double x, double y, double width, double height, double scale, int background) {
        this.sink = sink;
        body.append(header(x, y, width, height, scale, background));
    }

    /** Ends a streamed document and flushes the writer. */
    public void finish() throws IOException {
        body.append("</svg>\n");
        sink.append(body);
        body.setLength(0);
        sink.flush();
    }

    /** Hands a streamed document's next chunk to the writer. */
    private void drawn() {
        if (sink != null && body.length() >= CHUNK) {
            try {
                sink.append(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            body.setLength(0);
        }
    }

    @Override
    public void polygon(double[] xy, int fill, int stroke, double strokeWidth) {
        body.append("<polygon points=\"").append(points(xy)).append("\" fill=\"").append(color(fill)).append('"');
        stroke(stroke, strokeWidth, false);
        body.append("/>\n");
        drawn();
    }

    @Override
    public void roundedRectangle(double x, double y, double width, double height, double radius, int fill, int stroke, double strokeWidth) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" rx=\"").append(n(radius)).append("\" fill=\"")
                .append(color(fill)).append('"');
        stroke(stroke, strokeWidth, false);
        body.append("/>\n");
        drawn();
    }

    @Override
    public void ellipse(double x, double y, double width, double height, int fill) {
        body.append("<ellipse cx=\"").append(n(x + width / 2)).append("\" cy=\"").append(n(y + height / 2)).append("\" rx=\"")
                .append(n(width / 2)).append("\" ry=\"").append(n(height / 2)).append("\" fill=\"").append(color(fill)).append("\"/>\n");
        drawn();
    }

    @Override
    public void polyline(double[] xy, int color, double width, boolean dashed) {
        body.append("<polyline points=\"").append(points(xy)).append("\" fill=\"none\"");
        stroke(color, width, dashed);
        body.append(" stroke-linejoin=\"round\"/>\n");
        drawn();
    }

    @Override
    public void curve(double[] xy, int color, double width, boolean dashed) {
        StringBuilder d = new StringBuilder();
        Surface.trace(xy, new PathBuilder() {
            @Override
            public void moveTo(double x, double y) {
                d.append('M').append(n(x)).append(' ').append(n(y));
            }

            @Override
            public void lineTo(double x, double y) {
                d.append(" L").append(n(x)).append(' ').append(n(y));
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                d.append(" Q").append(n(cx)).append(' ').append(n(cy)).append(' ').append(n(x)).append(' ').append(n(y));
            }

            @Override
            public void cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                d.append(" C").append(n(c1x)).append(' ').append(n(c1y)).append(' ').append(n(c2x)).append(' ').append(n(c2y))
                        .append(' ').append(n(x)).append(' ').append(n(y));
            }
        });
        body.append("<path d=\"").append(d).append("\" fill=\"none\"");
        stroke(color, width, dashed);
        body.append("/>\n");
        drawn();
    }

    @Override
    public void text(String text, double centerX, double baseline, FontSpec font, int color) {
        text(text, centerX, baseline, font, color, "middle");
    }

    @Override
    public void textFromLeft(String text, double x, double baseline, FontSpec font, int color) {
        text(text, x, baseline, font, color, "start");
    }

    private void text(String text, double x, double baseline, FontSpec font, int color, String anchor) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(baseline)).append("\" font-size=\"").append(n(font.size()))
                .append('"').append(font.bold() ? " font-weight=\"bold\"" : "").append(" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(color(color)).append("\">").append(escape(text)).append("</text>\n");
        drawn();
    }

    /** A group per element, with its full text as a title: SVG viewers show it on hover. */
    @Override
    public void beginElement(String cssClass, String id, String title) {
        body.append("<g class=\"").append(escape(cssClass)).append('"');
        if (id != null) {
            body.append(" id=\"").append(escape(id)).append('"');
        }
        body.append(">\n");
        if (title != null && !title.isEmpty()) {
            body.append("<title>").append(escape(title)).append("</title>\n");
        }
    }

    @Override
    public void endElement() {
        body.append("</g>\n");
        drawn();
    }

    /** The document: a view box over the given area, scaled. */
    public String document(double x, double y, double width, double height, double scale, int background) {
        if (sink != null) {
            throw new IllegalStateException("a streamed document is finished, not returned");
        }
        return header(x, y, width, height, scale, background) + body + "</svg>\n";
    }

    private static String header(double x, double y, double width, double height, double scale, int background) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + n(width * scale) + "\" height=\""
                + n(height * scale) + "\" viewBox=\"" + n(x) + " " + n(y) + " " + n(width) + " " + n(height) + "\""
                + " font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">\n"
                + "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(width) + "\" height=\"" + n(height) + "\" fill=\""
                + color(background) + "\"/>\n";
    }

    private void stroke(int color, double width, boolean dashed) {
        if (width > 0) {
            body.append(" stroke=\"").append(color(color)).append("\" stroke-width=\"").append(n(width)).append('"');
            if (dashed) {
                body.append(" stroke-dasharray=\"7 5\"");
            }
        }
    }

    private static String points(double[] xy) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            s.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        return s.toString();
    }

    /**
     * A number with at most two decimals and no trailing zeros, as {@code %.2f} rounds it (half
     * up on the shortest decimal form). Written by hand: at 10,000 statements formatting the
     * coordinates with {@code String.format} and regular expressions was a fifth of a render.
     */
    static String n(double value) {
        double hundredths = value * 100;
        double fraction = hundredths - Math.floor(hundredths);
        if (!(Math.abs(value) < 1e7) || Math.abs(fraction - 0.5) < 1e-6) {
            // Not finite, huge, or on a tie, where binary and decimal forms may round apart.
            String s = String.format(Locale.ROOT, "%.2f", value);
            s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
            return s.equals("-0") ? "0" : s;
        }
        long scaled = Math.round(hundredths);
        if (scaled == 0) {
            return "0";
        }
        StringBuilder s = new StringBuilder(12);
        if (scaled < 0) {
            s.append('-');
            scaled = -scaled;
        }
        s.append(scaled / 100);
        int cents = (int) (scaled % 100);
        if (cents != 0) {
            s.append('.').append((char) ('0' + cents / 10));
            if (cents % 10 != 0) {
                s.append((char) ('0' + cents % 10));
            }
        }
        return s.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String color(int rgb) {
        char[] s = new char[7];
        s[0] = '#';
        for (int i = 0; i < 6; i++) {
            s[6 - i] = HEX[(rgb >> (4 * i)) & 0xF];
        }
        return new String(s);
    }

    /** XML escaping for text and attribute values: {@link Markup#escape(String)}, the one rule for every export. */
    public static String escape(String text) {
        return Markup.escape(text);
    }
}
