// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.zip.ZipEntry;

import org.disputatio.layout.AdvanceTable;
import org.disputatio.layout.AwtTextMeasurer;

/**
 * DejaVu Sans, shipped in this bundle (fonts/, with its licence), so that a map is measured,
 * drawn and embedded with the same font on every machine and in every output.
 */
public final class BundledFont {

    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    /**
     * The system property naming the file of the faces' advances ({@link AdvanceTable}) that
     * {@code ./disputatio} makes with the command line's class cache: with it, a render to SVG
     * loads no font.
     */
    public static final String ADVANCES = "disputatio.advances";

    /**
     * Java 2D's faces, loaded when first used: an SVG measured from the table never needs them,
     * and the workbench's canvas only copies the files out for SWT (reading them cost its start-up).
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

    /** A measurer with the bundled faces, from the table {@link #ADVANCES} names when it was made of them. */
    public static AwtTextMeasurer measurer() {
        String file = System.getProperty(ADVANCES);
        AdvanceTable table = null;
        if (file != null) {
            String key = key();
            table = key == null ? null : AdvanceTable.read(Path.of(file), key);
        }
        return new AwtTextMeasurer(() -> Faces.REGULAR_FONT, () -> Faces.BOLD_FONT, table);
    }

    /**
     * What a table of the bundled faces' advances is made for: the two font files, by their size
     * and checksum in this bundle's jar (read from its directory, without reading the fonts), and
     * the JDK that measures them. Null outside a jar (in the workbench), where no table is used.
     */
    public static String key() {
        StringBuilder key = new StringBuilder("DejaVu Sans");
        for (String path : new String[] { REGULAR, BOLD }) {
            URL url = BundledFont.class.getResource(path);
            try {
                URLConnection connection = url == null ? null : url.openConnection();
                if (!(connection instanceof JarURLConnection jar)) {
                    return null;
                }
                ZipEntry entry = jar.getJarEntry();
                key.append(' ').append(path).append(' ').append(entry.getSize()).append(' ').append(Long.toHexString(entry.getCrc()));
            } catch (IOException e) {
                return null;
            }
        }
        return key.append(", Java ").append(System.getProperty("java.vm.version")).toString();
    }

    private static Font load(String path) {
        try (InputStream in = open(path)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read the font " + path + ": " + e.getMessage(), e);
        }
    }
}
