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

/** A map seen so small that its statements are blocks is painted in pixels: the blocks and lines are where the scene has them. */
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
    void blocksAndLinesArePaintedWhereTheSceneHasThem() {
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
        // A line: the middle of one of its segments at least is painted.
        Scene.Line line = scene.lines().get(0);
        double[] a = line.points().get(0), b = line.points().get(line.points().size() - 1);
        int painted = 0;
        for (int i = 0; i + 1 < line.points().size(); i++) {
            double[] p0 = line.points().get(i), p1 = line.points().get(i + 1);
            int[] m = fixture.viewer.toControl((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2);
            painted += rgb(data, m[0], m[1]) != background ? 1 : 0;
        }
        assertTrue(painted > 0, "some segment of the line from " + a[0] + "," + a[1] + " to " + b[0] + "," + b[1] + " is painted");
        int[] far = fixture.viewer.toControl(scene.x() + scene.width() + 200, scene.y() + scene.height() + 200);
        assertEquals(background, rgb(data, Math.min(far[0], data.width - 1), Math.min(far[1], data.height - 1)));
    }

    @Test
    void aLongLineCostsWhatShowsOfIt() {
        RasterSurface raster = new RasterSurface(10, 10, 0, 0, 1, 0xFFFFFF);
        raster.polyline(new double[] { -1e12, 5.5, 1e12, 5.5 }, 0x000000, 1, false);
        raster.polygon(new double[] { 2, 2, 4, 2, 4, 4, 2, 4 }, 0x123456, 0, 0);
        Image target = new Image(fixture.display, 10, 10);
        GC gc = new GC(target);
        try {
            raster.drawOn(gc, 0, 0);
        } finally {
            gc.dispose();
        }
        ImageData data = target.getImageData();
        target.dispose();
        for (int x = 0; x < 10; x++) {
            assertEquals(0x000000, rgb(data, x, 5), "row 5 is the line, at " + x);
        }
        assertEquals(0x123456, rgb(data, 2, 2));
        assertEquals(0x123456, rgb(data, 3, 3));
        assertEquals(0xFFFFFF, rgb(data, 4, 4), "pixels whose centres lie outside stay empty");
    }
}
