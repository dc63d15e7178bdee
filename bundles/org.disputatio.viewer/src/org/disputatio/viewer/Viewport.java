// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.function.Supplier;

import org.disputatio.render.Scene;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * Which part of a scene a canvas shows, and how large, in the role Zest's {@code ZoomManager}
 * plays: the zoom, the scroll bars, the transforms between canvas pixels and diagram units,
 * fitting the whole scene and revealing a node. The scrolled area is the scene and a margin.
 */
public final class Viewport {

    private static final double MARGIN = 40;
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 8;

    private final Canvas canvas;
    private final Supplier<Scene> scene;
    private double zoom = 1;

    /** @param scene what is shown, or null when nothing is */
    Viewport(Canvas canvas, Supplier<Scene> scene) {
        this.canvas = canvas;
        this.scene = scene;
    }

    public double getZoom() {
        return zoom;
    }

    public void setZoom(double newZoom) {
        Rectangle client = canvas.getClientArea();
        zoomAround(newZoom, client.width / 2, client.height / 2);
    }

    public void zoomIn() {
        setZoom(zoom * 1.25);
    }

    public void zoomOut() {
        setZoom(zoom / 1.25);
    }

    /** Zooms so that the whole scene fits the window (never beyond 100%). */
    public void zoomToFit() {
        if (scene.get() == null) {
            return;
        }
        kept = null;
        Rectangle client = canvas.getClientArea();
        Box frame = frame();
        setZoom(Math.min(1, Math.min(client.width / frame.width(), client.height / frame.height())));
    }

    /**
     * How a diagram opens: the whole scene when it fits at {@code leastZoom} or more (never
     * beyond 100%), else at {@code leastZoom} with {@code focus} in the middle (or as near as the
     * scene's edge allows).
     *
     * @param focus where a reader starts, or null for the scene's top left
     */
    public void open(Scene.Node focus, double leastZoom) {
        if (scene.get() == null) {
            return;
        }
        kept = null;
        Rectangle client = canvas.getClientArea();
        Box frame = frame();
        double fit = Math.min(1, Math.min(client.width / frame.width(), client.height / frame.height()));
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.max(fit, leastZoom)));
        update();
        scrollTo(0, 0);
        if (fit < leastZoom && focus != null) {
            int[] centre = toControl(focus.x() + focus.width() / 2, focus.y() + focus.height() / 2);
            scrollBy(centre[0] - client.width / 2, centre[1] - client.height / 2);
        }
    }

    /**
     * Where a view stands: its zoom and the diagram point at its top left, to come back to with
     * {@link Viewport#restore}.
     */
    public record State(double zoom, Point topLeft) {
    }

    /** The zoom and the diagram point at the top left of the view, to come back to with {@link #restore}. */
    public State state() {
        return new State(zoom, toDiagram(0, 0));
    }

    /** Comes back to a {@link #state} (as near as the scene's edges allow). */
    public void restore(State state) {
        kept = null;
        zoom = state.zoom();
        update();
        Box frame = frame();
        scrollTo((int) Math.round((state.topLeft().x() - frame.x()) * zoom),
                (int) Math.round((state.topLeft().y() - frame.y()) * zoom));
    }

    /** Starts afresh for another scene: nothing was in view yet. */
    void forget() {
        kept = null;
    }

    /** Keeps the diagram point under the canvas pixel (x, y) in place while the zoom changes. */
    public void zoomAround(double newZoom, int x, int y) {
        Point anchor = toDiagram(x, y);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        update();
        int[] moved = toControl(anchor.x(), anchor.y());
        scrollBy(moved[0] - x, moved[1] - y);
        canvas.redraw();
    }

    /** Scrolls by a number of canvas pixels. */
    public void scrollBy(int dx, int dy) {
        scrollTo(canvas.getHorizontalBar().getSelection() + dx, canvas.getVerticalBar().getSelection() + dy);
    }

    /** Scrolls to a position of the scroll bars, in pixels from the scrolled area's top left. */
    public void scrollTo(int x, int y) {
        canvas.getHorizontalBar().setSelection(x);
        canvas.getVerticalBar().setSelection(y);
        canvas.redraw();
    }

    public int[] scrollPosition() {
        return new int[] { canvas.getHorizontalBar().getSelection(), canvas.getVerticalBar().getSelection() };
    }

    /** Scrolls so that a node is in view, centred where it was not. */
    public void reveal(Scene.Node node) {
        Rectangle client = canvas.getClientArea();
        int[] topLeft = toControl(node.x(), node.y());
        int[] bottomRight = toControl(node.x() + node.width(), node.y() + node.height());
        int dx = topLeft[0] < 0 || bottomRight[0] > client.width ? (topLeft[0] + bottomRight[0]) / 2 - client.width / 2 : 0;
        int dy = topLeft[1] < 0 || bottomRight[1] > client.height ? (topLeft[1] + bottomRight[1]) / 2 - client.height / 2 : 0;
        scrollBy(dx, dy);
    }

    /**
     * The scrolled area in diagram units: the scene and a margin, and what was in view when the
     * scene last changed under it (see {@link #keepInPlace}).
     */
    public Box frame() {
        Scene shown = scene.get();
        if (shown == null) {
            return new Box(0, 0, 1, 1);
        }
        Box area = new Box(shown.x(), shown.y(), shown.width(), shown.height()).grownBy(MARGIN);
        if (kept == null) {
            return area;
        }
        double x = Math.min(area.x(), kept.x());
        double y = Math.min(area.y(), kept.y());
        return new Box(x, y, Math.max(area.right(), kept.right()) - x, Math.max(area.bottom(), kept.bottom()) - y);
    }

    /**
     * What was in view (diagram units) when the scene last changed under it: it stays in the
     * scrolled area, so that a scene smaller than the window, or one that grew at its top or
     * left, is not moved on screen. Null once the view starts afresh (fit, open).
     */
    private Box kept;

    /**
     * After the scene changed from one whose scrolled area was {@code frameBefore}, scrolls so
     * that what is in view stays where it is on screen: a statement added at the pointer stays
     * under it, even the first on an empty map.
     */
    public void keepInPlace(Box frameBefore) {
        Rectangle client = canvas.getClientArea();
        kept = new Box(frameBefore.x() + canvas.getHorizontalBar().getSelection() / zoom,
                frameBefore.y() + canvas.getVerticalBar().getSelection() / zoom, client.width / zoom, client.height / zoom);
        update();
        Box frame = frame();
        scrollTo((int) Math.round((kept.x() - frame.x()) * zoom), (int) Math.round((kept.y() - frame.y()) * zoom));
    }

    /** Fits the scroll bars to the scene at this zoom and the canvas's size. */
    public void update() {
        Rectangle client = canvas.getClientArea();
        Box frame = frame();
        configure(canvas.getHorizontalBar(), (int) Math.ceil(frame.width() * zoom), client.width);
        configure(canvas.getVerticalBar(), (int) Math.ceil(frame.height() * zoom), client.height);
    }

    private static void configure(ScrollBar bar, int content, int visible) {
        int selection = bar.getSelection();
        bar.setMaximum(Math.max(content, 1));
        bar.setThumb(Math.max(1, Math.min(visible, content)));
        bar.setPageIncrement(Math.max(1, visible * 9 / 10));
        bar.setIncrement(20);
        bar.setSelection(Math.min(selection, Math.max(0, content - visible)));
        bar.setVisible(content > visible);
    }

    /** Canvas pixel to diagram units. */
    public Point toDiagram(int x, int y) {
        Box frame = frame();
        return new Point((x + canvas.getHorizontalBar().getSelection()) / zoom + frame.x(),
                (y + canvas.getVerticalBar().getSelection()) / zoom + frame.y());
    }

    /** Diagram units to canvas pixel. */
    public int[] toControl(double x, double y) {
        Box frame = frame();
        return new int[] { (int) Math.round((x - frame.x()) * zoom - canvas.getHorizontalBar().getSelection()),
                (int) Math.round((y - frame.y()) * zoom - canvas.getVerticalBar().getSelection()) };
    }

    /** The transform that paints diagram units where {@link #toControl} puts them; the caller disposes it. */
    Transform transform() {
        Box frame = frame();
        Transform transform = new Transform(canvas.getDisplay());
        transform.translate(-canvas.getHorizontalBar().getSelection(), -canvas.getVerticalBar().getSelection());
        transform.scale((float) zoom, (float) zoom);
        transform.translate((float) -frame.x(), (float) -frame.y());
        return transform;
    }
}
