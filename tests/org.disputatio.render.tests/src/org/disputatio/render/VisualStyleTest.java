// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.disputatio.model.StatementKind;
import org.disputatio.render.VisualStyle.NodeStyle;
import org.junit.jupiter.api.Test;

/** The colour schemes: the same shapes and lines, other colours. */
class VisualStyleTest {

    private static List<Integer> colours(VisualStyle style) {
        List<Integer> colours = new ArrayList<>();
        for (NodeStyle node : List.of(style.statement(StatementKind.CLAIM), style.statement(StatementKind.EVIDENCE),
                style.statement(StatementKind.REBUTTAL), style.supportJunction(), style.attackJunction())) {
            colours.addAll(List.of(node.fill(), node.stroke(), node.text(), node.caption()));
        }
        colours.addAll(List.of(style.support().color(), style.attack().color(), style.undercut().color(), style.background()));
        return colours;
    }

    @Test
    void greyscaleHasOnlyGreysAndTellsKindsApartByShapeAndFill() {
        for (int colour : colours(VisualStyle.GREYSCALE)) {
            int r = colour >> 16 & 0xFF;
            int g = colour >> 8 & 0xFF;
            int b = colour & 0xFF;
            assertTrue(r == g && g == b, Integer.toHexString(colour) + " is not a grey");
        }
        for (StatementKind kind : StatementKind.VALUES) {
            assertEquals(VisualStyle.DEFAULT.statement(kind).outline(), VisualStyle.GREYSCALE.statement(kind).outline());
        }
        assertEquals(3, StatementKind.VALUES.stream().map(k -> VisualStyle.GREYSCALE.statement(k).fill()).distinct().count(),
                "each kind has its own fill");
        assertEquals(VisualStyle.DEFAULT.undercut().dashed(), VisualStyle.GREYSCALE.undercut().dashed());
        assertEquals(VisualStyle.DEFAULT.attack().head(), VisualStyle.GREYSCALE.attack().head());
    }

    @Test
    void schemesNameTheirStyles() {
        assertEquals(VisualStyle.DEFAULT, VisualStyle.Scheme.OKABE_ITO.style());
        assertEquals(VisualStyle.GREYSCALE, VisualStyle.Scheme.GREYSCALE.style());
        assertNotEquals(VisualStyle.DEFAULT, VisualStyle.GREYSCALE);
        assertEquals(0xD55E00, VisualStyle.DEFAULT.statement(StatementKind.REBUTTAL).stroke(), "the default stays Okabe-Ito");
    }

    @Test
    void theProjectorSchemeKeepsItsContrastOnAWashedOutScreen() {
        VisualStyle projector = VisualStyle.Scheme.PROJECTOR.style();
        assertEquals(VisualStyle.Scheme.PROJECTOR, MapSettings.scheme("projector"));
        for (StatementKind kind : StatementKind.VALUES) {
            NodeStyle node = projector.statement(kind);
            assertEquals(VisualStyle.DEFAULT.statement(kind).outline(), node.outline());
            assertTrue(contrast(node.text(), node.fill()) >= 7, kind + ": text on its fill, WCAG AAA");
            assertTrue(contrast(node.stroke(), projector.background()) >= 4.5, kind + ": its outline on the background");
            assertTrue(contrast(node.stroke(), projector.background()) > contrast(VisualStyle.DEFAULT.statement(kind).stroke(),
                    VisualStyle.DEFAULT.background()), kind + ": stronger than on screen");
        }
        for (VisualStyle.EdgeStyle line : List.of(projector.support(), projector.attack(), projector.undercut())) {
            assertTrue(contrast(line.color(), projector.background()) >= 4.5, "lines stand out");
        }
        assertTrue(projector.support().width() > VisualStyle.DEFAULT.support().width(), "thicker lines");
        assertTrue(projector.attack().width() > VisualStyle.DEFAULT.attack().width(), "thicker lines");
    }

    /** The WCAG 2 contrast ratio of two colours, 1 to 21. */
    private static double contrast(int a, int b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = (rgb >> (16 - 8 * i) & 0xFF) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
