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

    private record Wrapping(String text, FontSpec font, double maxWidth) {
    }

    /**
     * Texts wrapped before: a render measured every box twice (for the layout, then for the
     * scene), and every caption again for each statement of the same source. Emptied when it
     * holds more than {@link #KEPT} texts, for a measurer that lives long.
     */
    private final ConcurrentHashMap<Wrapping, NodeText.Block> wrapped = new ConcurrentHashMap<>();

    private static final int KEPT = 100_000;

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
    public NodeText.Block wrapped(String text, FontSpec font, double maxWidth) {
        Wrapping key = new Wrapping(text, font, maxWidth);
        NodeText.Block block = wrapped.get(key);
        if (block == null) {
            block = NodeText.block(text, font, maxWidth, this);
            if (wrapped.size() >= KEPT) {
                wrapped.clear();
            }
            wrapped.put(key, block);
        }
        return block;
    }

    /** Whether the text is in the store of wrapped texts (for the tests). */
    boolean holds(String text, FontSpec font, double maxWidth) {
        return wrapped.containsKey(new Wrapping(text, font, maxWidth));
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
