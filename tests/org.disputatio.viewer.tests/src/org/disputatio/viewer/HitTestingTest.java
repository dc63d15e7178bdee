// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.disputatio.render.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finding what is under the pointer, and in a marquee. */
class HitTestingTest {

    private final ViewerFixture fixture = new ViewerFixture();
    private final MapCanvas canvas = fixture.viewer.getCanvas();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theNodeUnderAPixelIsFoundAndTheBackgroundIsNothing() {
        for (Object element : List.of(fixture.thesis, fixture.reason, fixture.rebuttal, fixture.evidence)) {
            int[] p = fixture.centre(element);
            assertSame(element, canvas.nodeAt(p[0], p[1]).shape().getElement());
        }
        Scene.Node thesis = fixture.node(fixture.thesis);
        int[] beside = fixture.viewer.toControl(thesis.x() - 20, thesis.y() - 20);
        assertNull(canvas.nodeAt(beside[0], beside[1]));
    }

    @Test
    void hitTestingFollowsTheZoom() {
        fixture.viewer.setZoom(2.5);
        int[] p = fixture.centre(fixture.rebuttal);
        assertSame(fixture.rebuttal, canvas.nodeAt(p[0], p[1]).shape().getElement());
    }

    @Test
    void aMarqueeFindsTheNodesItOverlaps() {
        Scene.Node thesis = fixture.node(fixture.thesis);
        int[] a = fixture.viewer.toControl(thesis.x() + 2, thesis.y() + 2);
        int[] b = fixture.viewer.toControl(thesis.x() + 10, thesis.y() + 10);
        assertEquals(Set.of(thesis), Set.copyOf(canvas.nodesIn(b[0], b[1], a[0], a[1])), "corners in any order");
        Scene scene = fixture.viewer.getScene();
        int[] all1 = fixture.viewer.toControl(scene.x() - 1, scene.y() - 1);
        int[] all2 = fixture.viewer.toControl(scene.x() + scene.width() + 1, scene.y() + scene.height() + 1);
        assertEquals(scene.nodes().size(), canvas.nodesIn(all1[0], all1[1], all2[0], all2[1]).size());
        assertTrue(canvas.nodesIn(-50, -50, -40, -40).isEmpty());
    }
}
