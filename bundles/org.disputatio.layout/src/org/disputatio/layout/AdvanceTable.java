// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The advance widths AWT gives for each character of a font at each size, kept in a file, so that
 * a command line run measures its text without loading a font (AWT's fonts were about a tenth of
 * rendering 1,000 statements). AWT measures a string of such characters as the float sum of their
 * advances, in order ({@code FontDesignMetrics.getSimpleBounds}); summed here the same way, a width
 * is the very number AWT gives. A string with a character outside {@link #covers(char)} (combining
 * marks, right-to-left and Indic scripts, surrogates: text AWT lays out) is left to AWT.
 */
public final class AdvanceTable {

    private static final int FORMAT = 1;

    /** The characters kept: below AWT's layout range, Greek to Armenian, and common punctuation. */
    private static final char[][] RANGES = { { 0, 0x2FF }, { 0x370, 0x58F }, { 0x2010, 0x2027 }, { 0x2030, 0x205E },
            { 0x20A0, 0x20C0 } };

    /** Index of each kept character in a size's advances, -1 for those not kept. */
    private static final short[] INDEX = new short[0x20C1];

    private static final int KEPT;

    static {
        java.util.Arrays.fill(INDEX, (short) -1);
        int n = 0;
        for (char[] range : RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                INDEX[c] = (short) n++;
            }
        }
        KEPT = n;
    }

    /** One face at one size: what AWT gave for each kept character, and for the line. */
    record Face(float[] advances, double lineHeight, double ascent) {
    }

    private final String key;
    private final Map<FontSpec, Face> faces;

    AdvanceTable(String key, Map<FontSpec, Face> faces) {
        this.key = key;
        this.faces = faces;
    }

    /** Whether AWT measures a string of this character by its advance alone, and the table keeps it. */
    static boolean covers(char c) {
        return c < INDEX.length && INDEX[c] >= 0;
    }

    /** Every character the table keeps, in its order. */
    static char[] kept() {
        char[] kept = new char[KEPT];
        for (int c = 0; c < INDEX.length; c++) {
            if (INDEX[c] >= 0) {
                kept[INDEX[c]] = (char) c;
            }
        }
        return kept;
    }

    /** What the table was made for: the font files and the JDK that measured them. */
    public String key() {
        return key;
    }

    Face face(FontSpec font) {
        return faces.get(font);
    }

    /** The width as AWT gives it, or NaN for a size not kept or a character not kept. */
    double width(String text, FontSpec font) {
        Face face = faces.get(font);
        if (face == null) {
            return Double.NaN;
        }
        float[] advances = face.advances;
        float width = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int index = c < INDEX.length ? INDEX[c] : -1;
            if (index < 0) {
                return Double.NaN;
            }
            width += advances[index];
        }
        return width;
    }

    public void write(Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream))) {
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeInt(KEPT);
            out.writeInt(faces.size());
            for (Map.Entry<FontSpec, Face> entry : faces.entrySet()) {
                out.writeDouble(entry.getKey().size());
                out.writeBoolean(entry.getKey().bold());
                out.writeDouble(entry.getValue().lineHeight);
                out.writeDouble(entry.getValue().ascent);
                for (float advance : entry.getValue().advances) {
                    out.writeFloat(advance);
                }
            }
        }
    }

    /**
     * The table in the file, or null when there is none, it was made for other fonts or another
     * JDK ({@code key}), or it cannot be read: then AWT measures, as without a table.
     */
    public static AdvanceTable read(Path file, String key) {
        try (InputStream stream = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(key) || in.readInt() != KEPT) {
                return null;
            }
            int count = in.readInt();
            Map<FontSpec, Face> faces = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                FontSpec font = new FontSpec(in.readDouble(), in.readBoolean());
                double lineHeight = in.readDouble();
                double ascent = in.readDouble();
                float[] advances = new float[KEPT];
                for (int c = 0; c < KEPT; c++) {
                    advances[c] = in.readFloat();
                }
                faces.put(font, new Face(advances, lineHeight, ascent));
            }
            return in.read() == -1 ? new AdvanceTable(key, faces) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
