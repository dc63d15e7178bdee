// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.disputatio.core.evaluation.Label;
import org.disputatio.model.Conflict;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.render.Scene;
import org.disputatio.render.ScenePainter;
import org.disputatio.render.VisualStyle;
import org.disputatio.render.VisualStyle.NodeStyle;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The widget that shows a {@link Scene}, in the role Zest's {@code Graph} plays: it paints the
 * scene through the same painter as the SVG and PNG export (only what lies in the damaged
 * rectangle), marks some nodes as selected, shows the key on request, finds the node under a
 * pixel and gives the node's full text as a tooltip. Ctrl+wheel zooms around the pointer. What
 * part of the scene is in view is its {@link Viewport}'s business. It knows nothing of the model
 * or of editing: a presentation window can show a scene with it alone.
 */
public final class MapCanvas {

    /** The outline of a step's camera: dark, dashed, unlike any shape's. */
    static final int FRAME_COLOUR = 0x3C3C8C;

    private final Canvas canvas;
    private final SwtResources resources;
    private final SwtTextMeasurer measurer;
    private final Viewport viewport;
    private VisualStyle style = VisualStyle.DEFAULT;
    private ScenePainter painter;
    private Function<Element, Label> evaluation;
    private Scene scene;
    private Set<Scene.Node> marked = Set.of();
    private Set<Scene.Line> markedLines = Set.of();
    /** What a gesture in progress shows instead of the scene (shapes being dragged), or null. */
    private Scene preview;
    private Set<Scene.Node> previewMarked = Set.of();
    private boolean legendVisible;
    /**
     * For the benchmark's launch-to-painted and open-to-painted figures: the file the system
     * property {@code disputatio.paintedMarker} names gets a line when a canvas is made and when
     * it first paints a map (milliseconds since 1970, and the nodes painted). Off without it.
     */
    private static final String PAINTED_MARKER = System.getProperty("disputatio.paintedMarker");
    private boolean paintedOnce;
    /** Whether a map has been painted, and what waits for that ({@link #whenPainted}). */
    private boolean paintedMap;
    private final List<Runnable> afterPaint = new java.util.ArrayList<>();
    /** The scene whose text is being wrapped while the display is idle ({@link #wrapWhileIdle}). */
    private Scene wrapping;
    /** Nodes drawn with a halo besides the selection (a previewed step's highlights). */
    private Set<Scene.Node> stressed = Set.of();
    /** An area of the diagram outlined over the scene (a previewed step's camera), or null. */
    private Box frame;

    public MapCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        resources = new SwtResources(canvas.getDisplay());
        measurer = new SwtTextMeasurer(canvas.getDisplay(), resources);
        viewport = new Viewport(canvas, () -> scene);
        setStyle(style);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> viewport.update());
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.addListener(SWT.MouseHover, this::hover);
        // The statement's tooltip stood over the context menu opened on it, hiding its first items.
        canvas.addListener(SWT.MenuDetect, e -> canvas.setToolTipText(null));
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.Dispose, e -> {
            measurer.dispose();
            resources.dispose();
        });
        mark("created " + System.currentTimeMillis());
    }

    public Canvas getControl() {
        return canvas;
    }

    public Viewport getViewport() {
        return viewport;
    }

    /** The measurer of the canvas's fonts, for laying out and building what it shows. */
    public SwtTextMeasurer getTextMeasurer() {
        return measurer;
    }

    SwtResources getResources() {
        return resources;
    }

    public VisualStyle getStyle() {
        return style;
    }

    /** The colours to paint in; the scene brings its own, this gives the background, selection and key. */
    public void setStyle(VisualStyle newStyle) {
        style = newStyle;
        painter = new ScenePainter(measurer, style);
        painter.showEvaluation(evaluation);
        canvas.setBackground(resources.color(style.background()));
        canvas.redraw();
    }

    public Scene getScene() {
        return scene;
    }

    /**
     * Shows another scene, or none; what stays in view stays where it is on screen when the
     * scene grows at its top or left.
     */
    public void setScene(Scene newScene) {
        Box before = scene == null ? null : viewport.frame();
        scene = newScene;
        if (before == null) {
            viewport.forget();
        }
        viewport.update();
        if (before != null && scene != null) {
            viewport.keepInPlace(before);
        }
        if (canvas.getToolTipText() != null) {
            // A tooltip showing says what the statement under the pointer says now, not before the edit.
            org.eclipse.swt.graphics.Point pointer = canvas.toControl(canvas.getDisplay().getCursorLocation());
            Scene.Node node = nodeAt(pointer.x, pointer.y);
            canvas.setToolTipText(node == null ? null : node.tooltip());
        }
        canvas.redraw();
    }

    /** The nodes drawn as selected (the set is read at each paint, so a caller may keep changing it). */
    public void setMarked(Set<Scene.Node> nodes) {
        marked = nodes;
    }

    /** The lines drawn as selected: relations drawn by a line alone, without a junction. */
    public void setMarkedLines(Set<Scene.Line> lines) {
        markedLines = lines;
    }

    /** Shows {@code shown} (with {@code shownMarked} selected) in place of the scene until {@code null}. */
    public void setPreview(Scene shown, Set<Scene.Node> shownMarked) {
        preview = shown;
        previewMarked = shownMarked == null ? Set.of() : shownMarked;
        canvas.redraw();
    }

    public boolean isLegendVisible() {
        return legendVisible;
    }

    /** Draws these nodes with a halo too, as a step's highlights will be shown; empty for none. */
    public void setStressed(Set<Scene.Node> nodes) {
        stressed = nodes == null ? Set.of() : nodes;
        canvas.redraw();
    }

    public Set<Scene.Node> getStressed() {
        return stressed;
    }

    /** Outlines an area of the diagram over the scene; null for none. */
    public void setFrame(Box area) {
        frame = area;
        canvas.redraw();
    }

    public Box getFrame() {
        return frame;
    }

    /** Draws each element's evaluation label by glyph and pattern, or none with null. */
    public void setEvaluation(Function<Element, Label> labels) {
        evaluation = labels;
        painter.showEvaluation(labels);
        canvas.redraw();
    }

    /** Shows the key to shapes and lines in the window's corner. */
    public void setLegendVisible(boolean visible) {
        legendVisible = visible;
        canvas.redraw();
    }

    /** The topmost node under a canvas pixel, or null. */
    public Scene.Node nodeAt(int x, int y) {
        if (scene == null) {
            return null;
        }
        Point p = viewport.toDiagram(x, y);
        List<Scene.Node> nodes = scene.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).contains(p.x(), p.y())) {
                return nodes.get(i);
            }
        }
        return null;
    }

    /** How near the pointer must come to a line to hit it, in pixels. */
    private static final double LINE_REACH = 5;

    /**
     * The topmost line under a canvas pixel that draws a relation alone (a conflict or an
     * inference of one premise or attacker, with no junction to click), or null. Nodes come
     * first: call this where {@link #nodeAt} finds nothing.
     */
    public Scene.Line lineAt(int x, int y) {
        if (scene == null) {
            return null;
        }
        Point p = viewport.toDiagram(x, y);
        double reach = LINE_REACH / viewport.getZoom();
        Set<Object> junctions = new java.util.HashSet<>();
        scene.nodes().forEach(n -> junctions.add(n.shape().getElement()));
        List<Scene.Line> lines = scene.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Scene.Line line = lines.get(i);
            Object element = line.edge() == null ? null : line.edge().getElement();
            if ((element instanceof Conflict || element instanceof Inference) && !junctions.contains(element)
                    && distance(line.points(), p.x(), p.y()) <= reach) {
                return line;
            }
        }
        return null;
    }

    /** The distance from a point to a polyline (a curve's control polygon stands for the curve). */
    static double distance(List<Point> points, double x, double y) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 1 < points.size(); i++) {
            Point a = points.get(i), b = points.get(i + 1);
            double dx = b.x() - a.x(), dy = b.y() - a.y();
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / length));
            best = Math.min(best, Math.hypot(x - a.x() - t * dx, y - a.y() - t * dy));
        }
        return best;
    }

    /** The nodes that overlap a rectangle of canvas pixels between two corners. */
    public List<Scene.Node> nodesIn(int x1, int y1, int x2, int y2) {
        if (scene == null) {
            return List.of();
        }
        Point a = viewport.toDiagram(Math.min(x1, x2), Math.min(y1, y2));
        Point b = viewport.toDiagram(Math.max(x1, x2), Math.max(y1, y2));
        return scene.nodes().stream().filter(n -> n.x() < b.x() && n.x() + n.width() > a.x() && n.y() < b.y() && n.y() + n.height() > a.y())
                .toList();
    }

    /** The scene node drawing a map element (or a shape), or null. */
    public Scene.Node nodeOf(Object element) {
        if (scene == null) {
            return null;
        }
        return scene.nodes().stream().filter(n -> n.shape() == element || n.shape().getElement() == element).findFirst().orElse(null);
    }

    /** Repaints just around the given nodes. */
    public void redrawNodes(Collection<Scene.Node> nodes) {
        for (Scene.Node node : nodes) {
            int[] a = viewport.toControl(node.x() - 8, node.y() - 8);
            int[] b = viewport.toControl(node.x() + node.width() + 8, node.y() + node.height() + 8);
            canvas.redraw(a[0], a[1], b[0] - a[0], b[1] - a[1], false);
        }
    }

    /**
     * A small picture of how this canvas draws a node style, for tool bars and menus; drawn on a
     * colour the picture does not use, which is then made transparent.
     */
    public ImageDescriptor sampleOf(NodeStyle sample) {
        return ImageDescriptor.createFromImageDataProvider(zoom -> {
            if (zoom != 100) {
                return null;
            }
            Image image = new Image(canvas.getDisplay(), 22, 16);
            GC gc = new GC(image);
            try {
                gc.setAntialias(SWT.OFF);
                gc.setBackground(resources.color(0xFF00FF));
                gc.fillRectangle(0, 0, 22, 16);
                ScenePainter.paintOutline(new SwtSurface(gc, resources), sample, 1, 2, 20, 12);
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            image.dispose();
            data.transparentPixel = data.palette.getPixel(new RGB(0xFF, 0x00, 0xFF));
            return data;
        });
    }

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setBackground(resources.color(style.background()));
        gc.fillRectangle(e.x, e.y, e.width, e.height);
        if (scene == null) {
            return;
        }
        double zoom = viewport.getZoom();
        // Smoothing thousands of tiny outlines costs more than it shows when the map is shrunk.
        gc.setAntialias(zoom < 0.35 ? SWT.OFF : SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Transform transform = viewport.transform();
        try {
            Point from = viewport.toDiagram(e.x, e.y);
            gc.setTransform(transform);
            Scene shown = preview != null ? preview : scene;
            Set<Scene.Node> shownMarked = new LinkedHashSet<>(preview != null ? previewMarked : marked);
            shownMarked.addAll(stressed);
            if (ScenePainter.onlyBlocks(shown, zoom)) {
                // Seen as blocks: one call for all the shapes and lines of a colour; the frames
                // are drawn before the halos so that their fill does not cover them.
                BatchedSurface batched = new BatchedSurface(gc, resources, transform);
                painter.paint(shown, batched, shownMarked, from.x(), from.y(), e.width / zoom, e.height / zoom, zoom, () -> {
                    batched.flush();
                    paintMarkedLines(gc, shown, zoom);
                });
                batched.flush();
            } else {
                painter.paint(shown, new SwtSurface(gc, resources), shownMarked, from.x(), from.y(), e.width / zoom, e.height / zoom, zoom,
                        () -> paintMarkedLines(gc, shown, zoom));
            }
            if (frame != null) {
                double x0 = frame.x(), y0 = frame.y(), x1 = frame.right(), y1 = frame.bottom();
                new SwtSurface(gc, resources).polyline(new double[] { x0, y0, x1, y0, x1, y1, x0, y1, x0, y0 }, FRAME_COLOUR, 2 / zoom, true);
            }
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
        if (legendVisible) {
            // At screen size whatever the zoom, so it stays readable from the back of the room.
            painter.paintLegend(new SwtSurface(gc, resources), 10, canvas.getClientArea().height - painter.legendHeight() - 10);
        }
        if (wrapping != scene) {
            wrapWhileIdle(scene);
        }
        // A scene without shapes is a painted map too: an empty map's problems must not wait for an edit.
        if (!paintedMap) {
            paintedMap = true;
            afterPaint.forEach(canvas.getDisplay()::asyncExec);
            afterPaint.clear();
        }
        if (PAINTED_MARKER != null && !paintedOnce && !scene.nodes().isEmpty()) {
            paintedOnce = true;
            mark("painted " + System.currentTimeMillis() + " " + scene.nodes().size());
        }
    }

    /**
     * Runs {@code task} on the display thread once this canvas has painted a map (soon, if it
     * has): for work whose result the first frame does not show, such as checking a big map.
     */
    public void whenPainted(Runnable task) {
        if (paintedMap) {
            canvas.getDisplay().asyncExec(task);
        } else {
            afterPaint.add(task);
        }
    }

    /** How long one idle slice of wrapping may hold the display thread: well under a frame. */
    private static final long WRAP_SLICE_NANOS = 4_000_000;

    /**
     * The scene wraps a node's text when it is first painted; after the first paint, the rest is
     * wrapped a slice at a time between the display's events, so that zooming out later does not
     * wait for the text of thousands of boxes. A newer scene ends the older one's wrapping.
     */
    private void wrapWhileIdle(Scene shown) {
        wrapping = shown;
        Iterator<Scene.Node> rest = shown.nodes().iterator();
        Runnable slice = new Runnable() {
            @Override
            public void run() {
                if (canvas.isDisposed() || wrapping != shown) {
                    return;
                }
                long end = System.nanoTime() + WRAP_SLICE_NANOS;
                while (rest.hasNext() && System.nanoTime() < end) {
                    Scene.Node node = rest.next();
                    node.label().size();
                    node.caption().size();
                }
                if (rest.hasNext()) {
                    canvas.getDisplay().asyncExec(this);
                }
            }
        };
        canvas.getDisplay().asyncExec(slice);
    }

    private static void mark(String line) {
        if (PAINTED_MARKER == null) {
            return;
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(PAINTED_MARKER), line + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException ex) {
            System.err.println("disputatio: cannot write the painted marker " + PAINTED_MARKER + ": " + ex.getMessage());
        }
    }

    /** A halo in the selection colour under each selected line (of this scene: a preview may have moved it). */
    private void paintMarkedLines(GC gc, Scene shown, double zoom) {
        if (markedLines.isEmpty()) {
            return;
        }
        gc.setForeground(resources.color(style.selection()));
        gc.setLineWidth((int) Math.max(1, Math.round(7 / zoom)));
        gc.setLineCap(SWT.CAP_ROUND);
        gc.setLineJoin(SWT.JOIN_ROUND);
        gc.setAlpha(170);
        for (Scene.Line line : shown.lines()) {
            if (markedLines.stream().anyMatch(m -> m.edge() == line.edge())) {
                int[] xy = new int[line.points().size() * 2];
                for (int i = 0; i < line.points().size(); i++) {
                    xy[2 * i] = (int) Math.round(line.points().get(i).x());
                    xy[2 * i + 1] = (int) Math.round(line.points().get(i).y());
                }
                gc.drawPolyline(xy);
            }
        }
        gc.setAlpha(255);
        gc.setLineWidth(1);
    }

    private void hover(Event e) {
        Scene.Node node = nodeAt(e.x, e.y);
        canvas.setToolTipText(node == null ? null : node.tooltip());
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            double zoom = viewport.getZoom();
            viewport.zoomAround(e.count > 0 ? zoom * 1.15 : zoom / 1.15, e.x, e.y);
        }
    }
}
