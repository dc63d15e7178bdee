// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Measures with java.awt fonts, which work without a display (java.awt.headless). Used by the
 * command line, the exporters and the tests. With an {@link AdvanceTable} of its faces it gives
 * AWT's numbers without loading them, until a text or size the table does not hold.
 */
public final class AwtTextMeasurer implements TextMeasurer {

    public static final String FAMILY = Font.SANS_SERIF;

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final ConcurrentHashMap<FontSpec, Font> fonts = new ConcurrentHashMap<>();

    /** The sizes measured by AWT in this process, for the table the command line's training run writes. */
    private static final Set<FontSpec> MEASURED = ConcurrentHashMap.newKeySet();

    /** Equality written out: a record's goes through method handles made at run time, slower cold. */
    private static final class Wrapping {
        private final String text;
        private final FontSpec font;
        private final double maxWidth;

        Wrapping(String text, FontSpec font, double maxWidth) {
            this.text = text;
            this.font = font;
            this.maxWidth = maxWidth;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Wrapping w && text.equals(w.text) && font.equals(w.font)
                    && Double.compare(maxWidth, w.maxWidth) == 0;
        }

        @Override
        public int hashCode() {
            return (text.hashCode() * 31 + font.hashCode()) * 31 + Double.hashCode(maxWidth);
        }
    }

    /**
     * Texts wrapped before: a render measured every box twice (for the layout, then for the
     * scene), and every caption again for each statement of the same source. Emptied when it
     * holds more than {@link #KEPT} texts, for a measurer that lives long.
     */
    private final ConcurrentHashMap<Wrapping, NodeText.Block> wrapped = new ConcurrentHashMap<>();

    private static final int KEPT = 100_000;

    private final Supplier<Font> regular;
    private final Supplier<Font> bold;
    private final AdvanceTable table;

    /** Measures with the platform's sans-serif. */
    public AwtTextMeasurer() {
        this(new Font(FAMILY, Font.PLAIN, 1), new Font(FAMILY, Font.BOLD, 1));
    }

    /** Measures with these faces (loaded from font files), so that every machine measures alike. */
    public AwtTextMeasurer(Font regular, Font bold) {
        this(() -> regular, () -> bold, null);
    }

    /**
     * Measures with these faces, loaded when first needed, and from {@code table} (or null), which
     * must have been made of the same faces ({@link #tabulate}).
     */
    public AwtTextMeasurer(Supplier<Font> regular, Supplier<Font> bold, AdvanceTable table) {
        this.regular = regular;
        this.bold = bold;
        this.table = table;
    }

    public Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, s -> {
            MEASURED.add(s);
            return (s.bold() ? bold : regular).get().deriveFont((float) s.size());
        });
    }

    /** The sizes AWT has measured in this process, with any measurer. */
    public static Set<FontSpec> measured() {
        return Set.copyOf(MEASURED);
    }

    /** AWT's advances of every character the table keeps, for each of {@code sizes}, under {@code key}. */
    public AdvanceTable tabulate(Collection<FontSpec> sizes, String key) {
        char[] kept = AdvanceTable.kept();
        Map<FontSpec, AdvanceTable.Face> faces = new LinkedHashMap<>();
        for (FontSpec size : sizes) {
            Font font = font(size);
            float[] advances = new float[kept.length];
            for (int i = 0; i < kept.length; i++) {
                advances[i] = (float) font.getStringBounds(String.valueOf(kept[i]), CONTEXT).getWidth();
            }
            faces.put(size, new AdvanceTable.Face(advances, awtLineHeight(size), awtAscent(size)));
        }
        return new AdvanceTable(key, faces);
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
        if (table != null) {
            double width = table.width(text, font);
            if (!Double.isNaN(width)) {
                return width;
            }
        }
        return font(font).getStringBounds(text, CONTEXT).getWidth();
    }

    @Override
    public double lineHeight(FontSpec font) {
        AdvanceTable.Face face = table == null ? null : table.face(font);
        return face != null ? face.lineHeight() : awtLineHeight(font);
    }

    @Override
    public double ascent(FontSpec font) {
        AdvanceTable.Face face = table == null ? null : table.face(font);
        return face != null ? face.ascent() : awtAscent(font);
    }

    private double awtLineHeight(FontSpec font) {
        LineMetrics metrics = font(font).getLineMetrics("Xg", CONTEXT);
        return metrics.getAscent() + metrics.getDescent() + metrics.getLeading();
    }

    private double awtAscent(FontSpec font) {
        return font(font).getLineMetrics("Xg", CONTEXT).getAscent();
    }
}
