// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

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

    /** What a {@linkplain #part() part} has drawn, chunk by chunk; null for the other surfaces. */
    private final java.util.List<String> chunks;
    /** Put before every element id: the HTML slides hold one SVG per step in one document. */
    private final String idPrefix;
    /** The element ids written so far: ids are unique within the document, even for an element shown twice. */
    private final Set<String> ids = new HashSet<>();

    /** A surface that keeps what is drawn, for {@link #document}. */
    public SvgSurface() {
        this("");
    }

    /** A surface that keeps what is drawn and puts {@code idPrefix} before every element id. */
    public SvgSurface(String idPrefix) {
        sink = null;
        chunks = null;
        this.idPrefix = idPrefix;
    }

    private SvgSurface(java.util.List<String> chunks) {
        sink = null;
        this.chunks = chunks;
        idPrefix = "";
    }

    /**
     * A surface for a part of a document, drawn on another thread and then {@linkplain #append
     * appended} to it; kept in chunks, which a big builder would have copied on growing.
     */
    static SvgSurface part() {
        return new SvgSurface(new java.util.ArrayList<>());
    }

    /**
     * A surface that writes the document to {@code sink} as it is drawn (the view box first,
     * {@link #finish()} last), so that a big map is never held whole in memory: at 10,000
     * statements the drawing, the document string and its bytes were each megabytes.
     * Drawing throws {@link UncheckedIOException} when the writer fails.
     */
    public SvgSurface(Writer sink, double x, double y, double width, double height, double scale, int background) {
        this.sink = sink;
        chunks = null;
        idPrefix = "";
        body.append(header(x, y, width, height, scale, background));
    }

    /** Ends a streamed document and flushes the writer. */
    public void finish() throws IOException {
        body.append("</svg>\n");
        sink.append(body);
        body.setLength(0);
        sink.flush();
    }

    /** Adds what was drawn on {@code part}, made by {@link #part()}, as if it had been drawn here. */
    void append(SvgSurface part) {
        for (String chunk : part.chunks) {
            body.append(chunk);
            drawn();
        }
        body.append(part.body);
        drawn();
        // What is drawn after the part is numbered as if the part had been drawn here.
        ids.addAll(part.ids);
    }

    /** Hands a streamed document's next chunk to the writer, or a part's to its chunks. */
    private void drawn() {
        if (body.length() < CHUNK) {
            return;
        }
        if (sink != null) {
            try {
                sink.append(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            body.setLength(0);
        } else if (chunks != null) {
            chunks.add(body.toString());
            body.setLength(0);
        }
    }

    @Override
    public void polygon(double[] xy, int fill, int stroke, double strokeWidth) {
        body.append("<polygon points=\"");
        points(xy);
        body.append("\" fill=\"");
        color(body, fill).append('"');
        stroke(stroke, strokeWidth, false);
        body.append("/>\n");
        drawn();
    }

    @Override
    public void roundedRectangle(double x, double y, double width, double height, double radius, int fill, int stroke, double strokeWidth) {
        n(body.append("<rect x=\""), x);
        n(body.append("\" y=\""), y);
        n(body.append("\" width=\""), width);
        n(body.append("\" height=\""), height);
        n(body.append("\" rx=\""), radius);
        color(body.append("\" fill=\""), fill).append('"');
        stroke(stroke, strokeWidth, false);
        body.append("/>\n");
        drawn();
    }

    @Override
    public void ellipse(double x, double y, double width, double height, int fill) {
        n(body.append("<ellipse cx=\""), x + width / 2);
        n(body.append("\" cy=\""), y + height / 2);
        n(body.append("\" rx=\""), width / 2);
        n(body.append("\" ry=\""), height / 2);
        color(body.append("\" fill=\""), fill).append("\"/>\n");
        drawn();
    }

    @Override
    public void polyline(double[] xy, int color, double width, boolean dashed) {
        body.append("<polyline points=\"");
        points(xy);
        body.append("\" fill=\"none\"");
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
                point(d.append('M'), x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                point(d.append(" L"), x, y);
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                point(point(d.append(" Q"), cx, cy).append(' '), x, y);
            }

            @Override
            public void cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                point(point(point(d.append(" C"), c1x, c1y).append(' '), c2x, c2y).append(' '), x, y);
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
        n(body.append("<text x=\""), x);
        n(body.append("\" y=\""), baseline);
        n(body.append("\" font-size=\""), font.size());
        body.append('"').append(font.bold() ? " font-weight=\"bold\"" : "").append(" text-anchor=\"").append(anchor);
        color(body.append("\" fill=\""), color).append("\">");
        Markup.escape(body, text).append("</text>\n");
        drawn();
    }

    /** A group per element, with its full text as a title: SVG viewers show it on hover. */
    @Override
    public void beginElement(String cssClass, String id, String title) {
        Markup.escape(body.append("<g class=\""), cssClass).append('"');
        if (id != null) {
            Markup.escape(body.append(" id=\""), unique(id)).append('"');
        }
        body.append(">\n");
        if (title != null && !title.isEmpty()) {
            Markup.escape(body.append("<title>"), title).append("</title>\n");
        }
    }

    /** The id with the prefix, and a number after it when the document already has it. */
    private String unique(String id) {
        String candidate = idPrefix + id;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = idPrefix + id + "-" + n;
        }
        return candidate;
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
            color(body.append(" stroke=\""), color);
            n(body.append("\" stroke-width=\""), width).append('"');
            if (dashed) {
                body.append(" stroke-dasharray=\"7 5\"");
            }
        }
    }

    /** A path's point: its two numbers with a space between, written onto {@code out}, which it returns. */
    private static StringBuilder point(StringBuilder out, double x, double y) {
        return n(n(out, x).append(' '), y);
    }

    private void points(double[] xy) {
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                body.append(' ');
            }
            n(n(body, xy[i]).append(','), xy[i + 1]);
        }
    }

    /**
     * A number with at most two decimals and no trailing zeros, as {@code %.2f} rounds it (half
     * up on the shortest decimal form). Written by hand: at 10,000 statements formatting the
     * coordinates with {@code String.format} and regular expressions was a fifth of a render.
     */
    static String n(double value) {
        return n(new StringBuilder(12), value).toString();
    }

    /**
     * {@link #n(double)} written onto {@code out}, which it returns: writing the numbers of a
     * big map as strings first was a seventh of what a render allocated (JFR samples).
     */
    static StringBuilder n(StringBuilder out, double value) {
        double hundredths = value * 100;
        double fraction = hundredths - Math.floor(hundredths);
        if (!(Math.abs(value) < 1e7) || Math.abs(fraction - 0.5) < 1e-6) {
            // Not finite, huge, or on a tie, where binary and decimal forms may round apart.
            String s = String.format(Locale.ROOT, "%.2f", value);
            s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
            return out.append(s.equals("-0") ? "0" : s);
        }
        long scaled = Math.round(hundredths);
        if (scaled == 0) {
            return out.append('0');
        }
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / 100);
        int cents = (int) (scaled % 100);
        if (cents != 0) {
            out.append('.').append((char) ('0' + cents / 10));
            if (cents % 10 != 0) {
                out.append((char) ('0' + cents % 10));
            }
        }
        return out;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String color(int rgb) {
        return color(new StringBuilder(7), rgb).toString();
    }

    /** {@link #color(int)} written onto {@code out}, which it returns. */
    static StringBuilder color(StringBuilder out, int rgb) {
        out.append('#');
        for (int i = 5; i >= 0; i--) {
            out.append(HEX[(rgb >> (4 * i)) & 0xF]);
        }
        return out;
    }

    /** XML escaping for text and attribute values: {@link Markup#escape(String)}, the one rule for every export. */
    public static String escape(String text) {
        return Markup.escape(text);
    }
}
