// SPDX-License-Identifier: EPL-2.0
package org.disputatio.testing.swt;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/**
 * What an SWT control shows on the screen, for the tests that look at pixels (the viewer's on
 * their own shell, the workbench's). The only part of this bundle that needs SWT, which it
 * requires optionally, so that the headless tests run without it.
 */
public final class ScreenPixels {

    /** How far, in each of red, green and blue, a pixel may be from a colour and still be it (antialiasing, dithering). */
    public static final int TOLERANCE = 12;

    private ScreenPixels() {
    }

    /** The control's pixels as the window system has painted them on the screen so far. */
    public static ImageData of(Control control) {
        Image image = new Image(control.getDisplay(), control.getSize().x, control.getSize().y);
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Whether a pixel is the colour 0xRRGGBB, within {@link #TOLERANCE}. */
    public static boolean near(int expected, RGB actual) {
        return Math.abs((expected >> 16 & 0xFF) - actual.red) <= TOLERANCE && Math.abs((expected >> 8 & 0xFF) - actual.green) <= TOLERANCE
                && Math.abs((expected & 0xFF) - actual.blue) <= TOLERANCE;
    }
}
