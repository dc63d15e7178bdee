// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.disputatio.render.BundledFont;
import org.eclipse.swt.widgets.Display;

/**
 * Gives SWT the DejaVu Sans that {@code org.disputatio.render} bundles, so that the canvas
 * measures and draws with the same font as the PDF, SVG and PNG exports, whatever fonts the
 * machine has. SWT loads fonts from files only: the bundled ones are copied out once.
 */
final class BundledFonts {

    private static final String LOADED = BundledFonts.class.getName();
    private static Path[] files;

    private BundledFonts() {
    }

    /**
     * Loads the bundled faces into the display (once); false, with the reason on standard error,
     * when they could not be, and the installed font of that name is used instead.
     */
    static boolean load(Display display) {
        if (display.getData(LOADED) instanceof Boolean loaded) {
            return loaded;
        }
        boolean loaded;
        try {
            loaded = true;
            for (Path file : files()) {
                loaded &= display.loadFont(file.toString());
            }
            if (!loaded) {
                System.err.println("Disputatio: SWT refused the bundled DejaVu Sans; the canvas uses the installed one");
            }
        } catch (IOException e) {
            System.err.println("Disputatio: cannot copy out the bundled DejaVu Sans (" + e.getMessage()
                    + "); the canvas uses the installed one");
            loaded = false;
        }
        display.setData(LOADED, loaded);
        return loaded;
    }

    private static synchronized Path[] files() throws IOException {
        if (files == null) {
            Path folder = Files.createTempDirectory("disputatio-fonts");
            Path regular = Files.write(folder.resolve("DejaVuSans.ttf"), BundledFont.bytes(false));
            Path bold = Files.write(folder.resolve("DejaVuSans-Bold.ttf"), BundledFont.bytes(true));
            for (Path file : new Path[] { regular, bold, folder }) {
                file.toFile().deleteOnExit();
            }
            files = new Path[] { regular, bold };
        }
        return files;
    }
}
