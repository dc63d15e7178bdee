// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.disputatio.layout.AwtTextMeasurer;

/**
 * DejaVu Sans, shipped in this bundle (fonts/, with its licence), so that a map is measured,
 * drawn and embedded with the same font on every machine and in every output.
 */
public final class BundledFont {

    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    /**
     * Java 2D's faces, read when a measurer is first asked for: the workbench's canvas only
     * copies the files out for SWT, and reading them here cost its start-up.
     */
    private static final class Faces {
        static final Font REGULAR_FONT = load(REGULAR);
        static final Font BOLD_FONT = load(BOLD);
    }

    private BundledFont() {
    }

    /** The font file's bytes, for surfaces that embed it. */
    public static InputStream open(boolean bold) {
        return open(bold ? BOLD : REGULAR);
    }

    private static InputStream open(String path) {
        InputStream in = BundledFont.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the font " + path + " is missing from org.disputatio.render");
        }
        return in;
    }

    public static byte[] bytes(boolean bold) {
        try (InputStream in = open(bold)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A measurer with the bundled faces. */
    public static AwtTextMeasurer measurer() {
        return new AwtTextMeasurer(Faces.REGULAR_FONT, Faces.BOLD_FONT);
    }

    private static Font load(String path) {
        try (InputStream in = open(path)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read the font " + path + ": " + e.getMessage(), e);
        }
    }
}
