// SPDX-License-Identifier: EPL-2.0
package org.disputatio.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;

import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.render.DiagramPipeline;
import org.disputatio.render.MapSettings;
import org.disputatio.testing.SyntheticDebates;
import org.disputatio.model.ArgumentMap;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.Diagram;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Prints a table of layout and paint times for synthetic debates (run by releng/benchmarks.sh;
 * needs a display, real or Xvfb, for the paint column). Times are medians of several runs after
 * a warm-up, on whatever machine runs it: a measurement, not a test. With a folder as argument,
 * each measured frame is also saved there as a PNG, to look at what was timed.
 */
public final class Benchmarks {

    private static final int[] SIZES = { 100, 1000, 5000 };

    private static final double[] ZOOMS = { 0.05, 0.1, 0.13, 0.15, 0.2, 0.3, 0.5, 0.75, 1.5 };

    public static void main(String[] args) {
        Path snapshots = args.length > 0 ? Path.of(args[0]) : null;
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1600, 1000);
        MapViewer viewer = new MapViewer(shell);
        shell.open();
        DiagramPipeline pipeline = new DiagramPipeline(MapSettings.DEFAULT, new AwtTextMeasurer());
        DiagramLayouter layouter = pipeline.layouter();

        System.out.printf("%-11s %7s %7s %12s %16s %16s %24s%n", "statements", "shapes", "lines", "layout (ms)", "full frame (ms)", "100% frame (ms)",
                "slowest zoom: frame (ms)");
        for (int size : SIZES) {
            ArgumentMap map = SyntheticDebates.generate(size, size);
            Diagram diagram = pipeline.wholeMap(map);
            layouter.compute(diagram, null); // warm-up
            double[] layout = new double[size >= 5000 ? 3 : 5];
            DiagramLayouter.Result result = null;
            for (int i = 0; i < layout.length; i++) {
                long start = System.nanoTime();
                result = layouter.compute(diagram, null);
                layout[i] = (System.nanoTime() - start) / 1e6;
            }
            DiagramLayouter.applyDirectly(result);
            viewer.setInput(diagram);
            viewer.zoomToFit();
            double fullFrame = paint(display, viewer, snapshots, size + "-full.png");
            viewer.setZoom(1);
            double actualSize = paint(display, viewer, snapshots, size + "-100.png");
            // "At any zoom": the slowest of a range of zooms, each framing the middle of the map.
            double slowest = 0;
            double slowestZoom = 0;
            for (double zoom : ZOOMS) {
                viewer.setZoom(zoom);
                double frame = paint(display, viewer, null, null);
                if (frame > slowest) {
                    slowest = frame;
                    slowestZoom = zoom;
                }
            }
            System.out.printf("%-11d %7d %7d %12.0f %16.1f %16.1f %24s%n", size, diagram.getShapes().size(), diagram.getEdges().size(),
                    median(layout), fullFrame, actualSize, String.format("%.0f%%: %.1f", slowestZoom * 100, slowest));
        }
        shell.dispose();
        display.dispose();
    }

    /**
     * The median time of the viewer's paint handler drawing the whole window onto an offscreen
     * image of the window's size (GTK does not paint synchronously on request, so a redraw
     * cannot be timed directly).
     */
    private static double paint(Display display, MapViewer viewer, Path snapshots, String name) {
        var canvas = viewer.getControl();
        while (display.readAndDispatch()) {
            // settle
        }
        var area = canvas.getBounds();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(image);
        try {
            double[] times = new double[15];
            for (int i = -3; i < times.length; i++) {
                Event event = new Event();
                event.gc = gc;
                event.width = area.width;
                event.height = area.height;
                long start = System.nanoTime();
                canvas.notifyListeners(SWT.Paint, event);
                if (i >= 0) {
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            if (snapshots != null) {
                ImageLoader png = new ImageLoader();
                png.data = new ImageData[] { image.getImageData() };
                png.save(snapshots.resolve(name).toString(), SWT.IMAGE_PNG);
            }
            return median(times);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
