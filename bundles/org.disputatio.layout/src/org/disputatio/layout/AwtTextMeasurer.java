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

    private final Font regular;
    private final Font bold;

    /** Measures with the platform's sans-serif. */
    public AwtTextMeasurer() {
        this(new Font(FAMILY, Font.PLAIN, 1), new Font(FAMILY, Font.BOLD, 1));
    }

    /** Measures with these faces (loaded from font files), so that every machine measures alike. */
    public AwtTextMeasurer(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    public Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, s -> (s.bold() ? bold : regular).deriveFont((float) s.size()));
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
