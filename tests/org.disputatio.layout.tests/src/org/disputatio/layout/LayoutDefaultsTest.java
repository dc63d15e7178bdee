// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.Shape;
import org.junit.jupiter.api.Test;

/** The layout a diagram gets when it sets none (the preferences' default), and the format's font size. */
class LayoutDefaultsTest {

    private final Statement premise = MapElements.statement(StatementKind.EVIDENCE, "Surveys show rising attraction");
    private final Statement conclusion = MapElements.statement(StatementKind.CLAIM, "Soft power is growing");
    private final Diagram diagram;

    LayoutDefaultsTest() {
        ArgumentMap map = MapElements.map("Defaults");
        map.getStatements().addAll(List.of(premise, conclusion));
        map.getInferences().add(MapElements.inference(List.of(premise), conclusion));
        diagram = DiagramContents.wholeMap(map, "all");
    }

    private Shape shapeOf(Statement statement) {
        return diagram.getShapes().stream().filter(s -> s.getElement() == statement).findFirst().orElseThrow();
    }

    private void layOut(DiagramLayouter layouter) {
        DiagramLayouter.applyDirectly(layouter.compute(diagram, null));
    }

    @Test
    void aDiagramWithoutDirectionIsLaidOutInTheDefaultDirection() {
        layOut(new DiagramLayouter(new AwtTextMeasurer(), NodeFormat.DEFAULT));
        assertTrue(shapeOf(conclusion).getY() < shapeOf(premise).getY(), "without a default, conclusions stand above");

        layOut(new DiagramLayouter(new AwtTextMeasurer(), NodeFormat.DEFAULT, LayoutAlgorithm.LAYERED, LayoutDirection.DOWN));
        assertTrue(shapeOf(conclusion).getY() > shapeOf(premise).getY(), "the default direction puts conclusions below");
    }

    @Test
    void aDiagramsOwnDirectionWinsOverTheDefault() {
        diagram.setLayoutDirection(LayoutDirection.RIGHT);
        layOut(new DiagramLayouter(new AwtTextMeasurer(), NodeFormat.DEFAULT, LayoutAlgorithm.LAYERED, LayoutDirection.DOWN));
        assertTrue(shapeOf(conclusion).getX() > shapeOf(premise).getX(), "the diagram's own direction puts conclusions right");
    }

    @Test
    void largerLabelsMakeLargerNodesThatBreakAfterTheSameWords() {
        NodeFormat large = NodeFormat.DEFAULT.withLabelSize(30);
        assertEquals(30, large.label().size());
        assertEquals(NodeFormat.DEFAULT.caption().size() * 2, large.caption().size(), 1e-9);
        assertEquals(NodeFormat.DEFAULT.maxTextWidth() * 2, large.maxTextWidth(), 1e-9);
        AwtTextMeasurer measurer = new AwtTextMeasurer();
        NodeText normal = NodeText.of(conclusion, NodeFormat.DEFAULT, measurer);
        NodeText doubled = NodeText.of(conclusion, large, measurer);
        assertTrue(doubled.height() > normal.height() && doubled.width() > normal.width());
    }
}
