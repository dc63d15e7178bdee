// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disputatio.core.DiagramContents;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.Citations;
import org.disputatio.testing.SyntheticDebates;
import org.disputatio.views.Diagram;
import org.junit.jupiter.api.Test;

/** The statements' texts wrapped on another thread before the layout: all of them, and laid out as without. */
class WrappingAheadTest {

    private final NodeFormat format = NodeFormat.DEFAULT;

    @Test
    void everyLabelAndCaptionIsWrappedAhead() throws InterruptedException {
        ArgumentMap map = SyntheticDebates.generate(400, 7);
        AwtTextMeasurer measurer = new AwtTextMeasurer();
        WrappingAhead.start(map.getStatements(), format, measurer).join();
        int captions = 0;
        for (Statement statement : map.getStatements()) {
            assertTrue(measurer.holds(NodeText.label(statement), format.label(), format.maxTextWidth()), statement.getId());
            String caption = Citations.caption(statement);
            if (!caption.isEmpty()) {
                captions++;
                assertTrue(measurer.holds(caption, format.caption(), format.maxTextWidth()), statement.getId());
            }
        }
        assertTrue(captions > 0, "the debate's statements have captions");
    }

    @Test
    void aDiagramIsLaidOutAsWithoutWrappingAhead() throws InterruptedException {
        ArgumentMap map = SyntheticDebates.generate(400, 7);
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        AwtTextMeasurer ahead = new AwtTextMeasurer();
        // Started and left running: the layout wraps what the other thread has not reached.
        Thread wrapping = WrappingAhead.start(map.getStatements(), format, ahead);
        DiagramLayouter.Result withWrapping = new DiagramLayouter(ahead, format).compute(diagram, null);
        wrapping.join();
        DiagramLayouter.Result without = new DiagramLayouter(new AwtTextMeasurer(), format).compute(diagram, null);
        assertEquals(without.bounds(), withWrapping.bounds());
        assertEquals(without.routes(), withWrapping.routes());
    }
}
