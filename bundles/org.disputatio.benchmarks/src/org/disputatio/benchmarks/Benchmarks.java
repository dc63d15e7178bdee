// SPDX-License-Identifier: EPL-2.0
package org.disputatio.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.render.DiagramPipeline;
import org.disputatio.render.MapSettings;
import org.disputatio.render.Scene;
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
 * the full frame, the frame at 100% and the frames at each zoom around one statement are also
 * saved there as PNGs, to look at what was timed.
 */
public final class Benchmarks {

    private static final int[] SIZES = { 100, 1000, 5000 };

    private static final double[] ZOOMS = { 0.05, 0.1, 0.13, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.75, 1, 1.5 };

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
        List<double[]> frames = new ArrayList<>();
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
            // The middle of a map may be empty space: frames are taken around statements too.
            List<Scene.Node> nodes = viewer.getScene().nodes();
            centreOn(viewer, 1, nodes.get(nodes.size() / 2));
            double actualSize = paint(display, viewer, snapshots, size + "-100.png");
            // "At any zoom": the slowest of a range of zooms, each framing the middle of the map
            // and four statements spread over it.
            List<Scene.Node> places = new ArrayList<>();
            places.add(null);
            for (int i = 1; i < 8; i += 2) {
                places.add(nodes.get(nodes.size() * i / 8));
            }
            double slowest = 0;
            double slowestZoom = 0;
            double[] byZoom = new double[ZOOMS.length];
            for (int z = 0; z < ZOOMS.length; z++) {
                for (Scene.Node place : places) {
                    centreOn(viewer, ZOOMS[z], place);
                    String name = place == places.get(1) ? size + "-" + Math.round(ZOOMS[z] * 100) + "%.png" : null;
                    byZoom[z] = Math.max(byZoom[z], paint(display, viewer, name == null ? null : snapshots, name));
                }
                if (byZoom[z] > slowest) {
                    slowest = byZoom[z];
                    slowestZoom = ZOOMS[z];
                }
            }
            frames.add(byZoom);
            System.out.printf("%-11d %7d %7d %12.0f %16.1f %16.1f %24s%n", size, diagram.getShapes().size(), diagram.getEdges().size(),
                    median(layout), fullFrame, actualSize, String.format("%.0f%%: %.1f", slowestZoom * 100, slowest));
        }
        System.out.println();
        System.out.printf("%-11s", "zoom");
        for (int size : SIZES) {
            System.out.printf(" %16s", size + " statements");
        }
        System.out.println("   (slowest frame of the five places, ms)");
        for (int z = 0; z < ZOOMS.length; z++) {
            System.out.printf("%-11s", Math.round(ZOOMS[z] * 100) + "%");
            for (double[] byZoom : frames) {
                System.out.printf(" %16.1f", byZoom[z]);
            }
            System.out.println();
        }
        shell.dispose();
        display.dispose();
    }

    /** Shows the scene at a zoom around a node, or around the middle of the map with null. */
    private static void centreOn(MapViewer viewer, double zoom, Scene.Node place) {
        viewer.zoomToFit();
        viewer.setZoom(zoom);
        if (place != null) {
            var client = viewer.getCanvas().getControl().getClientArea();
            int[] centre = viewer.toControl(place.x() + place.width() / 2, place.y() + place.height() / 2);
            viewer.getViewport().scrollBy(centre[0] - client.width / 2, centre[1] - client.height / 2);
        }
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
