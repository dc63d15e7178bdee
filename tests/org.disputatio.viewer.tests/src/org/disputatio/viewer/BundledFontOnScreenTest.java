// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.FontSpec;
import org.disputatio.render.BundledFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The canvas measures with the DejaVu Sans bundled in .render, as the PDF and the layout of the command line do. */
class BundledFontOnScreenTest {

    private final ViewerFixture fixture = new ViewerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theCanvasMeasuresTextAsTheExportsDo() {
        assertTrue(BundledFonts.load(fixture.display), "SWT took the bundled font files");
        SwtTextMeasurer screen = fixture.viewer.getCanvas().getTextMeasurer();
        AwtTextMeasurer exports = BundledFont.measurer();
        for (FontSpec font : List.of(new FontSpec(15, false), new FontSpec(15, true), new FontSpec(24, false))) {
            for (String text : List.of("Soft power can be mutually reinforcing", "Regime security, p. 14", "Whom is China's soft power for?")) {
                double a = screen.width(text, font), b = exports.width(text, font);
                assertEquals(b, a, Math.max(2, b * 0.03), "'" + text + "' at " + font + ": on screen " + a + ", in the exports " + b);
            }
        }
    }
}
