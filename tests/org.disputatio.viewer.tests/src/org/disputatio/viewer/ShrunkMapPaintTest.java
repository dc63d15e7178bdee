// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.disputatio.render.Scene;
import org.disputatio.render.ScenePainter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A map seen so small that its statements are blocks is painted in batches: each block where the scene has it, in its colour, and its lines. */
class ShrunkMapPaintTest {

    private final ViewerFixture fixture = new ViewerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private ImageData paint() {
        var canvas = fixture.viewer.getControl();
        var area = canvas.getBounds();
        Image image = new Image(fixture.display, area.width, area.height);
        GC gc = new GC(image);
        try {
            Event event = new Event();
            event.gc = gc;
            event.width = area.width;
            event.height = area.height;
            canvas.notifyListeners(SWT.Paint, event);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static int rgb(ImageData data, int x, int y) {
        RGB c = data.palette.getRGB(data.getPixel(x, y));
        return c.red << 16 | c.green << 8 | c.blue;
    }

    @Test
    void blocksArePaintedWhereTheSceneHasThem() {
        fixture.viewer.setZoom(0.1);
        Scene scene = fixture.viewer.getCanvas().getScene();
        assertTrue(ScenePainter.onlyBlocks(scene, 0.1), "at a tenth the statements are blocks");
        assertFalse(ScenePainter.onlyBlocks(scene, 0.5), "at a half they are not");
        ImageData data = paint();
        int background = fixture.viewer.getCanvas().getStyle().background() & 0xFFFFFF;
        for (Object element : List.of(fixture.thesis, fixture.reason, fixture.rebuttal, fixture.evidence)) {
            Scene.Node node = fixture.node(element);
            int[] p = fixture.centre(element);
            assertEquals(node.style().stroke() & 0xFFFFFF, rgb(data, p[0], p[1]), () -> "the block of " + node.label());
        }
        int[] far = fixture.viewer.toControl(scene.x() + scene.width() + 200, scene.y() + scene.height() + 200);
        assertEquals(background, rgb(data, Math.min(far[0], data.width - 1), Math.min(far[1], data.height - 1)));

        // Lines are a pixel wide, whatever their width shrinks to: the middle of each level or upright step is drawn.
        int steps = 0;
        for (Scene.Line line : scene.lines()) {
            for (int i = 0; i + 1 < line.points().size(); i++) {
                var a = line.points().get(i);
                var b = line.points().get(i + 1);
                int[] p = fixture.viewer.toControl((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
                boolean level = a.y() == b.y() || a.x() == b.x();
                if (level && Math.hypot(a.x() - b.x(), a.y() - b.y()) * 0.1 >= 4 && fixture.viewer.getCanvas().nodeAt(p[0], p[1]) == null) {
                    steps++;
                    // The pixel holding the point, which rounding to the control may put one further on.
                    int across = a.y() == b.y() ? rgb(data, p[0], p[1] - 1) : rgb(data, p[0] - 1, p[1]);
                    int colour = line.style().color() & 0xFFFFFF;
                    assertTrue(rgb(data, p[0], p[1]) == colour || across == colour, "the middle of a line's step");
                }
            }
        }
        assertTrue(steps > 0, "the map has lines with long level or upright steps");

        fixture.viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(fixture.thesis));
        int[] thesis = fixture.centre(fixture.thesis);
        assertEquals(fixture.viewer.getCanvas().getStyle().selection() & 0xFFFFFF, rgb(paint(), thesis[0], thesis[1]),
                "a selected block is drawn in the selection's colour");
    }
}
