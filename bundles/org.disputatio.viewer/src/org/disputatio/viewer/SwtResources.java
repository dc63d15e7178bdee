// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.disputatio.layout.FontSpec;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Display;

/**
 * The fonts and colours one viewer draws with, made once and disposed with it.
 */
public final class SwtResources {

    private final Display display;
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<FontSpec, Map<String, Integer>> widths = new HashMap<>();
    private final Map<FontSpec, FontMetrics> metrics = new HashMap<>();

    /**
     * Many more lines than a screen of the smallest statements drawn as text shows (at most about
     * 750 in a 1600 x 1000 window of the 5,000-statement benchmark debate), so that a frame never
     * lays out again what the last one drew.
     */
    private static final int LAID_OUT = 10_000;

    private record Line(String text, FontSpec font) {
    }

    /**
     * Lines of text shaped once and drawn many times, the least recently drawn dropped: drawing a
     * string shapes it anew each time, which is most of a frame full of small statements.
     */
    private final Map<Line, TextLayout> layouts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Line, TextLayout> eldest) {
            if (size() <= LAID_OUT) {
                return false;
            }
            eldest.getValue().dispose();
            return true;
        }
    };

    public SwtResources(Display display) {
        this.display = display;
        BundledFonts.load(display);
    }

    /**
     * Diagram units are pixels at 100%; SWT sizes fonts in points. The face is the DejaVu Sans
     * bundled in {@code .render} ({@link BundledFonts}), the one the exports use.
     */
    Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, s -> {
            double pointsPerPixel = 72.0 / display.getDPI().y;
            FontData data = new FontData("DejaVu Sans", 10, s.bold() ? SWT.BOLD : SWT.NORMAL);
            data.height = (float) (s.size() * pointsPerPixel);
            return new Font(display, data);
        });
    }

    public Color color(int rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color(display, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }

    /** Text widths are asked for on every repaint; measuring is the slow part of painting text. */
    int textWidth(GC gc, String text, FontSpec font) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(text, t -> {
            gc.setFont(font(font));
            return gc.textExtent(t).x;
        });
    }

    /**
     * A font's metrics, asked for with every line painted and measured; Pango computes them
     * afresh on each call (most of a frame full of small text), and they do not depend on the
     * graphics context's transform.
     */
    FontMetrics metrics(GC gc, FontSpec font) {
        return metrics.computeIfAbsent(font, f -> {
            gc.setFont(font(f));
            return gc.getFontMetrics();
        });
    }

    /** One line of text in a font, laid out (kept for later frames: do not dispose it). */
    TextLayout layout(String text, FontSpec font) {
        return layouts.computeIfAbsent(new Line(text, font), line -> {
            TextLayout layout = new TextLayout(display);
            layout.setFont(font(font));
            layout.setText(text);
            return layout;
        });
    }

    public void dispose() {
        layouts.values().forEach(TextLayout::dispose);
        layouts.clear();
        metrics.clear();
        fonts.values().forEach(Font::dispose);
        fonts.clear();
        colors.clear();
    }
}
