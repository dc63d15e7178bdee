// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.disputatio.layout.FontSpec;

/**
 * Writes SVG. All text is escaped, so a statement reading {@code <script>} stays text.
 * The document is made as UTF-8 bytes ({@link Utf8}): through a {@code Writer}, encoding a big
 * map's document was a third of writing its SVG on the main thread (the UTF-8 encoder takes
 * every character in turn from the first non-ASCII one of each piece on; a statement with a
 * caption has a dash).
 */
public final class SvgSurface implements Surface {

    /** How much is drawn before it goes to the stream of a streamed document. */
    private static final int CHUNK = 1 << 16;

    /** What is drawn and not yet handed on; all of it for a surface kept for {@link #document}. */
    private final Utf8 body = new Utf8(CHUNK + 1024);
    /** Where a streamed document goes, chunk by chunk; null while it is kept for {@link #document}. */
    private final OutputStream sink;
    /** Where a text is escaped ({@link Markup}'s rule) before it is written as UTF-8. */
    private final StringBuilder escaped = new StringBuilder();

    /** What a {@linkplain #part() part} has drawn, chunk by chunk; null for the other surfaces. */
    private final java.util.List<byte[]> chunks;
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

    private SvgSurface(java.util.List<byte[]> chunks) {
        sink = null;
        this.chunks = chunks;
        idPrefix = "";
    }

    /**
     * A surface for a part of a document, drawn on another thread and then {@linkplain #append
     * appended} to it; kept in chunks, which a big buffer would have copied on growing.
     */
    static SvgSurface part() {
        return new SvgSurface(new java.util.ArrayList<>());
    }

    /**
     * A surface that writes the document to {@code sink} as it is drawn (the view box first,
     * {@link #finish()} last), in UTF-8, so that a big map is never held whole in memory: at
     * 10,000 statements the drawing, the document string and its bytes were each megabytes.
     * Drawing throws {@link UncheckedIOException} when the stream fails.
     */
    public SvgSurface(OutputStream sink, double x, double y, double width, double height, double scale, int background) {
        this.sink = sink;
        chunks = null;
        idPrefix = "";
        body.ascii(header(x, y, width, height, scale, background));
    }

    /** Ends a streamed document and flushes the stream. */
    public void finish() throws IOException {
        body.put(END_SVG);
        sink.write(body.bytes, 0, body.size);
        body.size = 0;
        sink.flush();
    }

    /** Adds what was drawn on {@code part}, made by {@link #part()}, as if it had been drawn here. */
    void append(SvgSurface part) {
        for (byte[] chunk : part.chunks) {
            body.put(chunk);
            drawn();
        }
        body.put(part.body.bytes, part.body.size);
        drawn();
        // What is drawn after the part is numbered as if the part had been drawn here.
        ids.addAll(part.ids);
    }

    /** Hands a streamed document's next chunk to the stream, or a part's to its chunks. */
    private void drawn() {
        if (body.size < CHUNK) {
            return;
        }
        if (sink != null) {
            try {
                sink.write(body.bytes, 0, body.size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            body.size = 0;
        } else if (chunks != null) {
            chunks.add(body.toByteArray());
            body.size = 0;
        }
    }

    private static final byte[] POLYGON = Utf8.of("<polygon points=\""), POLYLINE = Utf8.of("<polyline points=\""),
            PATH = Utf8.of("<path d=\""), FILL = Utf8.of("\" fill=\""), NO_FILL = Utf8.of("\" fill=\"none\""),
            END_EMPTY = Utf8.of("/>\n"), QUOTE_END_EMPTY = Utf8.of("\"/>\n"), ROUND_END = Utf8.of(" stroke-linejoin=\"round\"/>\n"),
            RECT = Utf8.of("<rect x=\""), Y = Utf8.of("\" y=\""), WIDTH = Utf8.of("\" width=\""), HEIGHT = Utf8.of("\" height=\""),
            RX = Utf8.of("\" rx=\""), ELLIPSE = Utf8.of("<ellipse cx=\""), CY = Utf8.of("\" cy=\""), RY = Utf8.of("\" ry=\""),
            TEXT = Utf8.of("<text x=\""), FONT_SIZE = Utf8.of("\" font-size=\""), BOLD = Utf8.of(" font-weight=\"bold\""),
            MIDDLE = Utf8.of(" text-anchor=\"middle\" fill=\""), START = Utf8.of(" text-anchor=\"start\" fill=\""),
            END_TEXT = Utf8.of("</text>\n"), GROUP = Utf8.of("<g class=\""), ID = Utf8.of(" id=\""), TITLE = Utf8.of("<title>"),
            END_TITLE = Utf8.of("</title>\n"), END_GROUP = Utf8.of("</g>\n"), STROKE = Utf8.of(" stroke=\""),
            STROKE_WIDTH = Utf8.of("\" stroke-width=\""), DASHED = Utf8.of(" stroke-dasharray=\"7 5\""),
            END_SVG = Utf8.of("</svg>\n");

    @Override
    public void polygon(double[] xy, int fill, int stroke, double strokeWidth) {
        body.put(POLYGON);
        points(xy);
        body.put(FILL).color(fill).put('"');
        stroke(stroke, strokeWidth, false);
        body.put(END_EMPTY);
        drawn();
    }

    @Override
    public void roundedRectangle(double x, double y, double width, double height, double radius, int fill, int stroke, double strokeWidth) {
        body.put(RECT).number(x);
        body.put(Y).number(y);
        body.put(WIDTH).number(width);
        body.put(HEIGHT).number(height);
        body.put(RX).number(radius);
        body.put(FILL).color(fill).put('"');
        stroke(stroke, strokeWidth, false);
        body.put(END_EMPTY);
        drawn();
    }

    @Override
    public void ellipse(double x, double y, double width, double height, int fill) {
        body.put(ELLIPSE).number(x + width / 2);
        body.put(CY).number(y + height / 2);
        body.put(RX).number(width / 2);
        body.put(RY).number(height / 2);
        body.put(FILL).color(fill).put(QUOTE_END_EMPTY);
        drawn();
    }

    @Override
    public void polyline(double[] xy, int color, double width, boolean dashed) {
        body.put(POLYLINE);
        points(xy);
        body.put(NO_FILL);
        stroke(color, width, dashed);
        body.put(ROUND_END);
        drawn();
    }

    @Override
    public void curve(double[] xy, int color, double width, boolean dashed) {
        body.put(PATH);
        Surface.trace(xy, new PathBuilder() {
            @Override
            public void moveTo(double x, double y) {
                point(body.put('M'), x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                point(body.put(' ').put('L'), x, y);
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                point(point(body.put(' ').put('Q'), cx, cy).put(' '), x, y);
            }

            @Override
            public void cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                point(point(point(body.put(' ').put('C'), c1x, c1y).put(' '), c2x, c2y).put(' '), x, y);
            }
        });
        body.put(NO_FILL);
        stroke(color, width, dashed);
        body.put(END_EMPTY);
        drawn();
    }

    @Override
    public void text(String text, double centerX, double baseline, FontSpec font, int color) {
        text(text, centerX, baseline, font, color, MIDDLE);
    }

    @Override
    public void textFromLeft(String text, double x, double baseline, FontSpec font, int color) {
        text(text, x, baseline, font, color, START);
    }

    private void text(String text, double x, double baseline, FontSpec font, int color, byte[] anchorAndFill) {
        body.put(TEXT).number(x);
        body.put(Y).number(baseline);
        body.put(FONT_SIZE).number(font.size()).put('"');
        if (font.bold()) {
            body.put(BOLD);
        }
        body.put(anchorAndFill).color(color).put('"').put('>');
        escaped(text).put(END_TEXT);
        drawn();
    }

    /** {@code text} escaped by {@link Markup}'s rule onto the body, which it returns. */
    private Utf8 escaped(String text) {
        escaped.setLength(0);
        return body.text(Markup.escape(escaped, text));
    }

    /** A group per element, with its full text as a title: SVG viewers show it on hover. */
    @Override
    public void beginElement(String cssClass, String id, String title) {
        body.put(GROUP);
        escaped(cssClass).put('"');
        if (id != null) {
            body.put(ID);
            escaped(unique(id)).put('"');
        }
        body.put('>').put('\n');
        if (title != null && !title.isEmpty()) {
            body.put(TITLE);
            escaped(title).put(END_TITLE);
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
        body.put(END_GROUP);
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
            body.put(STROKE).color(color);
            body.put(STROKE_WIDTH).number(width).put('"');
            if (dashed) {
                body.put(DASHED);
            }
        }
    }

    /** A path's point: its two numbers with a space between, written onto {@code out}, which it returns. */
    private static Utf8 point(Utf8 out, double x, double y) {
        return out.number(x).put(' ').number(y);
    }

    private void points(double[] xy) {
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                body.put(' ');
            }
            body.number(xy[i]).put(',').number(xy[i + 1]);
        }
    }

    /**
     * A number with at most two decimals and no trailing zeros, as {@code %.2f} rounds it (half
     * up on the shortest decimal form); {@link Utf8#number}.
     */
    static String n(double value) {
        return new Utf8(16).number(value).toString();
    }

    /** A colour as {@code #rrggbb}; {@link Utf8#color}. */
    static String color(int rgb) {
        return new Utf8(8).color(rgb).toString();
    }

    /**
     * A document's bytes as they are made: markup, numbers and colours written as ASCII,
     * escaped text encoded as UTF-8 by hand.
     */
    static final class Utf8 {

        byte[] bytes;
        int size;

        Utf8(int capacity) {
            bytes = new byte[capacity];
        }

        /** The bytes of markup written in ASCII. */
        static byte[] of(String ascii) {
            return ascii.getBytes(StandardCharsets.US_ASCII);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
            }
        }

        Utf8 put(byte[] ascii) {
            return put(ascii, ascii.length);
        }

        Utf8 put(byte[] from, int length) {
            room(length);
            System.arraycopy(from, 0, bytes, size, length);
            size += length;
            return this;
        }

        Utf8 put(char ascii) {
            room(1);
            bytes[size++] = (byte) ascii;
            return this;
        }

        Utf8 ascii(String ascii) {
            return put(of(ascii));
        }

        /**
         * Text as UTF-8, as the JDK's encoder writes it (a surrogate without its other half, which
         * {@link Markup#escape} never leaves, as {@code ?}).
         */
        Utf8 text(CharSequence text) {
            int length = text.length();
            room(3 * length);
            byte[] b = bytes;
            int at = size;
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    b[at++] = (byte) c;
                } else if (c < 0x800) {
                    b[at++] = (byte) (0xC0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        int code = Character.toCodePoint(c, text.charAt(++i));
                        b[at++] = (byte) (0xF0 | code >> 18);
                        b[at++] = (byte) (0x80 | code >> 12 & 0x3F);
                        b[at++] = (byte) (0x80 | code >> 6 & 0x3F);
                        b[at++] = (byte) (0x80 | code & 0x3F);
                    } else {
                        b[at++] = '?';
                    }
                } else {
                    b[at++] = (byte) (0xE0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
            size = at;
            return this;
        }

        /**
         * A number with at most two decimals and no trailing zeros, as {@code %.2f} rounds it (half
         * up on the shortest decimal form). Written by hand: at 10,000 statements formatting the
         * coordinates with {@code String.format} and regular expressions was a fifth of a render,
         * and writing them as strings first a seventh of what a render allocated (JFR samples).
         */
        Utf8 number(double value) {
            double hundredths = value * 100;
            // The fraction by a cast, not Math.floor (a call the client compiler does not inline):
            // a tie is a half either way from zero.
            double fraction = Math.abs(hundredths - (long) hundredths);
            if (!(Math.abs(value) < 1e7) || Math.abs(fraction - 0.5) < 1e-6) {
                // Not finite, huge, or on a tie, where binary and decimal forms may round apart.
                String s = String.format(Locale.ROOT, "%.2f", value);
                s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
                return ascii(s.equals("-0") ? "0" : s);
            }
            // Below 10^9 hundredths: an int, at most eight digits, a sign, a point and two decimals.
            int scaled = (int) Math.round(hundredths);
            room(12);
            if (scaled == 0) {
                bytes[size++] = '0';
                return this;
            }
            if (scaled < 0) {
                bytes[size++] = '-';
                scaled = -scaled;
            }
            int whole = (int) ((scaled * 0x51EB851FL) >>> 37); // scaled / 100, as tenth() divides
            int cents = scaled - 100 * whole;
            int digits = 1;
            for (int rest = whole; rest >= 10; rest = tenth(rest)) {
                digits++;
            }
            for (int i = size + digits - 1; i >= size; i--) {
                int next = tenth(whole);
                bytes[i] = (byte) ('0' + whole - 10 * next);
                whole = next;
            }
            size += digits;
            if (cents != 0) {
                int tens = tenth(cents);
                bytes[size++] = '.';
                bytes[size++] = (byte) ('0' + tens);
                if (cents != 10 * tens) {
                    bytes[size++] = (byte) ('0' + cents - 10 * tens);
                }
            }
            return this;
        }

        /**
         * {@code n / 10} for {@code 0 <= n < 2^31} by a multiplication: the client compiler divides
         * by a constant with a division instruction, the slowest step of writing the numbers.
         */
        private static int tenth(int n) {
            return (int) ((n * 0xCCCCCCCDL) >>> 35);
        }

        private static final byte[] HEX = of("0123456789abcdef");

        /** A colour as {@code #rrggbb}. */
        Utf8 color(int rgb) {
            room(7);
            bytes[size++] = '#';
            for (int i = 5; i >= 0; i--) {
                bytes[size++] = HEX[(rgb >> (4 * i)) & 0xF];
            }
            return this;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }

        /** The bytes written, as text. */
        @Override
        public String toString() {
            return new String(bytes, 0, size, StandardCharsets.UTF_8);
        }
    }

    /** XML escaping for text and attribute values: {@link Markup#escape(String)}, the one rule for every export. */
    public static String escape(String text) {
        return Markup.escape(text);
    }
}
