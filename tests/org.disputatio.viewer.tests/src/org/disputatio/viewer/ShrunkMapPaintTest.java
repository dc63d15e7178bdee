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

/** A map seen so small that its statements are blocks is painted in batches: each block where the scene has it, in its colour. */
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

        fixture.viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(fixture.thesis));
        int[] thesis = fixture.centre(fixture.thesis);
        assertEquals(fixture.viewer.getCanvas().getStyle().selection() & 0xFFFFFF, rgb(paint(), thesis[0], thesis[1]),
                "a selected block is drawn in the selection's colour");
    }
}
