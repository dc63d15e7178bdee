// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import org.disputatio.layout.FontSpec;
import org.disputatio.layout.TextMeasurer;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Measures with the fonts the viewer paints with, so that nodes laid out on screen fit their text.
 */
final class SwtTextMeasurer implements TextMeasurer {

    private final SwtResources resources;
    private final Image scratch;
    private final GC gc;

    SwtTextMeasurer(Display display, SwtResources resources) {
        this.resources = resources;
        this.scratch = new Image(display, 1, 1);
        this.gc = new GC(scratch);
    }

    @Override
    public double width(String text, FontSpec font) {
        gc.setFont(resources.font(font));
        return gc.textExtent(text).x;
    }

    @Override
    public double lineHeight(FontSpec font) {
        return resources.metrics(gc, font).getHeight();
    }

    @Override
    public double ascent(FontSpec font) {
        FontMetrics metrics = resources.metrics(gc, font);
        return metrics.getAscent() + metrics.getLeading();
    }

    void dispose() {
        gc.dispose();
        scratch.dispose();
    }
}
