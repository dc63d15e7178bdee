// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disputatio.render.Scene;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Zoom, scrolling and the transforms between canvas pixels and diagram units. */
class ViewportTest {

    private final ViewerFixture fixture = new ViewerFixture();
    private final Viewport viewport = fixture.viewer.getViewport();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void pixelsAndDiagramUnitsAreInverseAtAnyZoom() {
        for (double zoom : new double[] { 0.3, 1, 2.5 }) {
            viewport.setZoom(zoom);
            var p = viewport.toDiagram(123, 45);
            int[] back = viewport.toControl(p.x(), p.y());
            assertEquals(123, back[0], 1);
            assertEquals(45, back[1], 1);
            var q = viewport.toDiagram(223, 45);
            assertEquals(100 / viewport.getZoom(), q.x() - p.x(), 1e-6, "a pixel is 1/zoom diagram units");
        }
    }

    @Test
    void zoomingAroundAPointKeepsItUnderThePointer() {
        // Large enough to scroll: a map smaller than the window has nowhere to scroll to.
        viewport.setZoom(3);
        var before = viewport.toDiagram(300, 200);
        viewport.zoomAround(viewport.getZoom() * 1.5, 300, 200);
        var after = viewport.toDiagram(300, 200);
        assertEquals(before.x(), after.x(), 1.5);
        assertEquals(before.y(), after.y(), 1.5);
    }

    @Test
    void zoomStaysWithinItsBounds() {
        viewport.setZoom(1000);
        assertEquals(8, viewport.getZoom(), 1e-9);
        viewport.setZoom(0);
        assertEquals(0.05, viewport.getZoom(), 1e-9);
    }

    @Test
    void fittingShowsEveryNodeAndRevealingScrollsANodeIntoView() {
        viewport.setZoom(4);
        Rectangle client = fixture.viewer.getCanvas().getControl().getClientArea();
        Scene.Node far = fixture.viewer.getScene().nodes().stream()
                .max((a, b) -> Double.compare(a.x() + a.y(), b.x() + b.y())).orElseThrow();
        viewport.reveal(far);
        int[] p = viewport.toControl(far.x() + far.width() / 2, far.y() + far.height() / 2);
        assertTrue(p[0] >= 0 && p[0] <= client.width && p[1] >= 0 && p[1] <= client.height, "revealed: " + p[0] + "," + p[1]);

        viewport.zoomToFit();
        assertTrue(viewport.getZoom() <= 1);
        for (Scene.Node node : fixture.viewer.getScene().nodes()) {
            int[] a = viewport.toControl(node.x(), node.y());
            int[] b = viewport.toControl(node.x() + node.width(), node.y() + node.height());
            assertTrue(a[0] >= 0 && a[1] >= 0 && b[0] <= client.width && b[1] <= client.height, "fitted: every node in view");
        }
    }

    @Test
    void aStateTakenIsComeBackTo() {
        viewport.setZoom(2.5);
        viewport.scrollTo(130, 70);
        Viewport.State left = viewport.state();
        assertEquals(2.5, left.zoom(), 1e-9);
        assertEquals(viewport.toDiagram(0, 0), left.topLeft(), "the state is the diagram point at the top left");

        viewport.zoomToFit();
        viewport.restore(left);
        Viewport.State back = viewport.state();
        assertEquals(left.zoom(), back.zoom(), 1e-9);
        // A scroll position is a whole pixel: 1/zoom diagram units.
        assertEquals(left.topLeft().x(), back.topLeft().x(), 1 / left.zoom());
        assertEquals(left.topLeft().y(), back.topLeft().y(), 1 / left.zoom());
    }
}
