// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disputatio.testing.SyntheticDebates;
import org.disputatio.core.DiagramContents;
import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.model.ArgumentMap;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.junit.jupiter.api.Test;

/** What the scene makes of shapes that have never been laid out. */
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
}
