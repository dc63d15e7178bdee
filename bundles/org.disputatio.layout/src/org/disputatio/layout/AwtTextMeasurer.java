// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures with java.awt fonts, which work without a display (java.awt.headless). Used by the
 * command line, the exporters and the tests.
 */
public final class AwtTextMeasurer implements TextMeasurer {

    public static final String FAMILY = Font.SANS_SERIF;

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final ConcurrentHashMap<FontSpec, Font> fonts = new ConcurrentHashMap<>();

    public Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, s -> new Font(FAMILY, s.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) s.size()));
    }

    @Override
    public double width(String text, FontSpec font) {
        return font(font).getStringBounds(text, CONTEXT).getWidth();
    }

    @Override
    public double lineHeight(FontSpec font) {
        LineMetrics metrics = font(font).getLineMetrics("Xg", CONTEXT);
        return metrics.getAscent() + metrics.getDescent() + metrics.getLeading();
    }

    @Override
    public double ascent(FontSpec font) {
        return font(font).getLineMetrics("Xg", CONTEXT).getAscent();
    }
}
