// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disputatio.testing.CountingMeasurer;
import org.disputatio.testing.SyntheticDebates;
import org.disputatio.core.DiagramContents;
import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.layout.NodeText;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.junit.jupiter.api.Test;

/** What the scene makes of shapes that have never been laid out, and when it wraps their text. */
class SceneBuilderTest {

    @Test
    void shapesWithoutASizeAreSizedInTheSceneAndNotInTheModel() {
        ArgumentMap map = SyntheticDebates.generate(12, 3);
        Diagram diagram = DiagramContents.wholeMap(map, "unsized");
        AwtTextMeasurer measurer = new AwtTextMeasurer();
        Scene scene = new SceneBuilder(NodeFormat.DEFAULT, measurer, VisualStyle.DEFAULT).build(diagram);

        DiagramLayouter layouter = new DiagramLayouter(measurer, NodeFormat.DEFAULT);
        assertTrue(scene.width() > 0 && scene.height() > 0, "the scene spans its shapes");
        for (Scene.Node node : scene.nodes()) {
            var needed = layouter.size(node.shape());
            assertEquals(needed.width(), node.width(), 1e-9, "a shape is as wide as its text needs");
            assertEquals(needed.height(), node.height(), 1e-9);
        }
        for (Shape shape : diagram.getShapes()) {
            assertEquals(0, shape.getWidth(), "building a scene writes nothing into the model");
            assertEquals(0, shape.getHeight());
        }
    }

    @Test
    void aLaidOutShapesTextIsWrappedWhenFirstReadAsItWouldBeAtOnce() {
        ArgumentMap map = SyntheticDebates.generate(40, 5);
        Diagram diagram = DiagramContents.wholeMap(map, "laid out");
        AwtTextMeasurer awt = new AwtTextMeasurer();
        DiagramLayouter.applyDirectly(new DiagramLayouter(awt, NodeFormat.DEFAULT).compute(diagram, null));
        CountingMeasurer counting = new CountingMeasurer();
        Scene scene = new SceneBuilder(NodeFormat.DEFAULT, counting, VisualStyle.DEFAULT).build(diagram);
        assertEquals(0, counting.widths(), "building the scene of a laid-out diagram measures no text");
        Scene.Node node = scene.nodes().stream().filter(n -> n.shape().getElement() instanceof Statement).findFirst().orElseThrow();
        NodeText text = NodeText.of((Statement) node.shape().getElement(), NodeFormat.DEFAULT.of(node.shape()), awt);
        assertTrue(!node.label().isEmpty() && counting.widths() == 0, "a label is never empty: asking wraps nothing");
        assertEquals(text.labelLines(), node.label());
        assertEquals(text.captionLines(), node.caption());
        assertTrue(counting.widths() > 0, "reading the lines wrapped them");
    }

    @Test
    void aStatementsTooltipIsItsTextItsQuoteAndWhoSaidIt() {
        org.disputatio.model.ArgmapFactory f = org.disputatio.model.ArgmapFactory.eINSTANCE;
        Statement statement = f.createStatement();
        statement.setLabel("Soft power");
        statement.setText("Attraction \u2014 not coercion \u2014 wins allies.");
        org.disputatio.model.Actor nye = f.createActor();
        nye.setName("Joseph Nye");
        statement.setProponent(nye);
        assertEquals("Attraction \u2014 not coercion \u2014 wins allies.\n\u2014 Joseph Nye", SceneBuilder.tooltip(statement));
        statement.setQuote("  the ability to get what you want through attraction ");
        assertEquals("Attraction \u2014 not coercion \u2014 wins allies.\n\n\u201Cthe ability to get what you want through attraction\u201D"
                + "\n\u2014 Joseph Nye", SceneBuilder.tooltip(statement));
        statement.setProponent(null);
        statement.setText("  ");
        assertEquals("Soft power\n\n\u201Cthe ability to get what you want through attraction\u201D", SceneBuilder.tooltip(statement));
        statement.setQuote(null);
        statement.setLabel(null);
        assertEquals("", SceneBuilder.tooltip(statement));
    }
}
