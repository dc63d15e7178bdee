// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.disputatio.layout.DiagramEdits;
import org.disputatio.render.Scene;
import org.disputatio.render.VisualStyle.Outline;
import org.disputatio.views.Shape;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

/**
 * The mouse and keys of a {@link MapViewer} for choosing and moving: click selects (Ctrl adds),
 * Shift+drag on the background draws a marquee, dragging the background pans, dragging a shape
 * moves the selection (drawn where it will land; the model moves on release, as one command).
 * Keys: arrows move to the nearest shape in that direction, Tab and Shift+Tab cycle. The other
 * keys (zoom, lay out, the key, new statements) are Eclipse commands bound in the editor.
 */
final class SelectionTool {

    private enum Gesture {
        NONE, MOVE, MARQUEE, PAN
    }

    private final MapViewer viewer;
    private final MapCanvas canvas;
    private final Canvas control;
    private Gesture gesture = Gesture.NONE;
    /** The shapes a move drags along, found once when it starts rather than on every frame. */
    private Set<Shape> dragged = Set.of();
    private int pressX;
    private int pressY;
    private int lastX;
    private int lastY;
    private int[] origin;
    private Scene.Node pressed;

    SelectionTool(MapViewer viewer, MapCanvas canvas) {
        this.viewer = viewer;
        this.canvas = canvas;
        this.control = canvas.getControl();
        control.addListener(SWT.MouseDown, this::mouseDown);
        control.addListener(SWT.MouseMove, this::mouseMove);
        control.addListener(SWT.MouseUp, this::mouseUp);
        control.addListener(SWT.Paint, this::paintMarquee);
        control.addListener(SWT.KeyDown, this::key);
        control.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = false;
                cycle(e.detail == SWT.TRAVERSE_TAB_NEXT ? 1 : -1);
            }
        });
    }

    private void mouseDown(Event e) {
        // Alt+drag draws a connection (MapEditing), it neither selects nor moves.
        if (e.button != 1 || (e.stateMask & SWT.ALT) != 0) {
            return;
        }
        // forceFocus: setFocus would hand the focus to a label field open on the canvas, which
        // then would not hear that it was clicked away from and not set its label.
        control.forceFocus();
        pressX = lastX = e.x;
        pressY = lastY = e.y;
        Scene.Node hit = canvas.nodeAt(e.x, e.y);
        // Frames lie behind the lines that cross them (ScenePainter): a line over a frame is hit first.
        if (hit != null && hit.style().outline() == Outline.FRAME && canvas.lineAt(e.x, e.y) != null) {
            hit = null;
        }
        pressed = hit;
        Set<Scene.Node> selection = viewer.selectedNodes();
        if (hit != null) {
            if ((e.stateMask & SWT.MOD1) != 0) {
                viewer.toggle(hit);
            } else if (!selection.contains(hit)) {
                viewer.select(List.of(hit), false);
            }
            gesture = Gesture.MOVE;
            dragged = DiagramEdits.carried(viewer.getDiagram(), viewer.selectedShapes());
        } else if ((e.stateMask & SWT.SHIFT) == 0 && canvas.lineAt(e.x, e.y) != null) {
            // A relation drawn as a line alone is selected by its line; it has no shape to drag.
            viewer.selectLine(canvas.lineAt(e.x, e.y), (e.stateMask & SWT.MOD1) != 0);
            gesture = Gesture.NONE;
        } else if ((e.stateMask & SWT.SHIFT) != 0) {
            gesture = Gesture.MARQUEE;
        } else {
            gesture = Gesture.PAN;
            origin = canvas.getViewport().scrollPosition();
        }
    }

    private void mouseMove(Event e) {
        if (gesture == Gesture.NONE) {
            return;
        }
        lastX = e.x;
        lastY = e.y;
        switch (gesture) {
            case PAN -> canvas.getViewport().scrollTo(origin[0] - (e.x - pressX), origin[1] - (e.y - pressY));
            case MOVE -> showMoved();
            default -> control.redraw();
        }
    }

    /** Draws the dragged shapes where they will land. */
    private void showMoved() {
        Scene scene = canvas.getScene();
        if (scene == null || (lastX == pressX && lastY == pressY)) {
            canvas.setPreview(null, null);
            return;
        }
        double zoom = canvas.getViewport().getZoom();
        double dx = (lastX - pressX) / zoom;
        double dy = (lastY - pressY) / zoom;
        List<Scene.Node> nodes = new ArrayList<>();
        Set<Scene.Node> moved = new LinkedHashSet<>();
        for (Scene.Node n : scene.nodes()) {
            Scene.Node shown = dragged.contains(n.shape()) ? n.movedBy(dx, dy) : n;
            nodes.add(shown);
            if (shown != n) {
                moved.add(shown);
            }
        }
        canvas.setPreview(new Scene(nodes, scene.lines(), scene.x(), scene.y(), scene.width(), scene.height()), moved);
    }

    private void mouseUp(Event e) {
        if (e.button != 1) {
            return;
        }
        Gesture finished = gesture;
        gesture = Gesture.NONE;
        canvas.setPreview(null, null);
        lastX = e.x;
        lastY = e.y;
        boolean draggedFar = Math.abs(e.x - pressX) > 2 || Math.abs(e.y - pressY) > 2;
        double zoom = canvas.getViewport().getZoom();
        if (finished == Gesture.MOVE && draggedFar) {
            viewer.moveSelection((e.x - pressX) / zoom, (e.y - pressY) / zoom);
        } else if (finished == Gesture.MOVE && (e.stateMask & SWT.MOD1) == 0 && viewer.getSelectedElements().size() > 1) {
            // A click (no drag) on one of several selected shapes (or lines) selects just that one.
            viewer.select(List.of(pressed), false);
        } else if (finished == Gesture.MARQUEE) {
            viewer.select(canvas.nodesIn(pressX, pressY, e.x, e.y), (e.stateMask & SWT.MOD1) != 0);
        } else if (finished == Gesture.PAN && !draggedFar) {
            viewer.select(List.of(), false);
        }
        control.redraw();
    }

    private void paintMarquee(Event e) {
        if (gesture == Gesture.MARQUEE) {
            e.gc.setForeground(canvas.getResources().color(canvas.getStyle().selection()));
            e.gc.setLineWidth(1);
            e.gc.setLineDash(new int[] { 4, 3 });
            e.gc.drawRectangle(Math.min(pressX, lastX), Math.min(pressY, lastY), Math.abs(lastX - pressX), Math.abs(lastY - pressY));
        }
    }

    /** Only moving about: what the keys do beyond that is the workbench's commands and bindings. */
    private void key(Event e) {
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> step(-1, 0);
            case SWT.ARROW_RIGHT -> step(1, 0);
            case SWT.ARROW_UP -> step(0, -1);
            case SWT.ARROW_DOWN -> step(0, 1);
            default -> {
                // not a key of this tool
            }
        }
    }

    /** Selects the nearest node whose centre lies in the given direction from the selection. */
    private void step(int dx, int dy) {
        Scene scene = canvas.getScene();
        if (scene == null || scene.nodes().isEmpty()) {
            return;
        }
        Set<Scene.Node> selection = viewer.selectedNodes();
        if (selection.isEmpty()) {
            viewer.select(List.of(scene.nodes().get(0)), false);
            return;
        }
        Scene.Node from = selection.iterator().next();
        double cx = from.x() + from.width() / 2;
        double cy = from.y() + from.height() / 2;
        scene.nodes().stream().filter(n -> n != from).filter(n -> {
            double ox = n.x() + n.width() / 2 - cx;
            double oy = n.y() + n.height() / 2 - cy;
            return dx != 0 ? ox * dx > Math.abs(oy) * 0.5 : oy * dy > Math.abs(ox) * 0.5;
        }).min(Comparator.comparingDouble(n -> {
            double ox = n.x() + n.width() / 2 - cx;
            double oy = n.y() + n.height() / 2 - cy;
            return Math.hypot(ox * (dx != 0 ? 1 : 2.5), oy * (dy != 0 ? 1 : 2.5));
        })).ifPresent(n -> {
            viewer.select(List.of(n), false);
            canvas.getViewport().reveal(n);
        });
    }

    private void cycle(int direction) {
        Scene scene = canvas.getScene();
        if (scene == null || scene.nodes().isEmpty()) {
            return;
        }
        List<Scene.Node> nodes = scene.nodes();
        Set<Scene.Node> selection = viewer.selectedNodes();
        int index = selection.isEmpty() ? -1 : nodes.indexOf(selection.iterator().next());
        Scene.Node next = nodes.get(Math.floorMod(index + direction, nodes.size()));
        viewer.select(List.of(next), false);
        canvas.getViewport().reveal(next);
    }
}
