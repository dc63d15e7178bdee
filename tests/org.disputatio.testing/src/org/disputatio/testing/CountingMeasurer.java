// SPDX-License-Identifier: EPL-2.0
package org.disputatio.testing;

import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.FontSpec;
import org.disputatio.layout.TextMeasurer;

/**
 * The AWT measurer without what it keeps: it wraps every time as the interface's default does,
 * and counts the widths it measures, so that a test can tell whether text was measured at all.
 */
public final class CountingMeasurer implements TextMeasurer {

    private final AwtTextMeasurer awt = new AwtTextMeasurer();
    private int widths;

    @Override
    public double width(String text, FontSpec font) {
        widths++;
        return awt.width(text, font);
    }

    @Override
    public double lineHeight(FontSpec font) {
        return awt.lineHeight(font);
    }

    @Override
    public double ascent(FontSpec font) {
        return awt.ascent(font);
    }

    /** How many widths were measured so far. */
    public int widths() {
        return widths;
    }
}
