// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.testing.CountingMeasurer;
import org.disputatio.testing.SyntheticDebates;
import org.junit.jupiter.api.Test;

/** The text of a box is wrapped once for the layout and the scene, and wrapped as before. */
class MeasuredOnceTest {

    /** Measures as AWT does, keeping nothing: the wrapping every measurer falls back on. */
    @Test
    void wordsAreWhatTheRegularExpressionSplitGave() {
        Random random = new Random(3);
        char[] alphabet = { 'a', 'b', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u0001', '\u00A0', '\u2003', 'é' };
        Pattern spaces = Pattern.compile("\\s+");
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String paragraph = text.toString().trim();
            List<String> expected = Arrays.stream(spaces.split(paragraph)).filter(w -> !w.isEmpty()).toList();
            assertEquals(expected, NodeText.words(paragraph), () -> "words of '" + paragraph + "'");
        }
    }

    @Test
    void aMeasurerThatKeepsWrappingsWrapsAsOneThatKeepsNone() {
        ArgumentMap map = SyntheticDebates.generate(300, 11);
        AwtTextMeasurer keeping = new AwtTextMeasurer();
        CountingMeasurer plain = new CountingMeasurer();
        for (Statement statement : map.getStatements()) {
            for (NodeFormat format : List.of(NodeFormat.DEFAULT, NodeFormat.DEFAULT.withLabelSize(22))) {
                NodeText first = NodeText.of(statement, format, keeping);
                assertEquals(NodeText.of(statement, format, plain), first, statement.getLabel());
                assertEquals(first, NodeText.of(statement, format, keeping), "asked again");
            }
        }
        FontSpec font = NodeFormat.DEFAULT.caption();
        assertSame(keeping.wrapped("A caption many statements share", font, 230), keeping.wrapped("A caption many statements share", font, 230),
                "the second asking is answered from what was kept");
    }
}
