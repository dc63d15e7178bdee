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
}
