// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapCommands;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.Argument;
import org.disputatio.model.Conflict;
import org.disputatio.model.Inference;
import org.disputatio.render.Scene;
import org.disputatio.views.geometry.Point;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A conflict drawn as one line, without a junction, is selected by clicking its line. */
class LineSelectionTest {

    private final ViewerFixture fixture = new ViewerFixture();
    private final MapViewer viewer = fixture.viewer;
    private final Conflict attack = fixture.session.getMap().getConflicts().get(0);

    @AfterEach
    void close() {
        fixture.close();
    }

    private Scene.Line line() {
        return lineOf(attack);
    }

    private Scene.Line lineOf(Object relation) {
        return viewer.getScene().lines().stream().filter(l -> l.edge().getElement() == relation).findFirst().orElseThrow();
    }

    /** A canvas pixel by the line: the middle of its longest segment, {@code offset} pixels to its side. */
    private int[] onTheLine(double pixels) {
        return onTheLine(line(), pixels);
    }

    private int[] onTheLine(Scene.Line line, double pixels) {
        double offset = pixels / viewer.getCanvas().getViewport().getZoom();
        List<Point> points = line.points();
        Point a = points.get(0), b = points.get(1);
        for (int i = 0; i + 1 < points.size(); i++) {
            Point p = points.get(i), q = points.get(i + 1);
            if (Math.hypot(q.x() - p.x(), q.y() - p.y()) > Math.hypot(b.x() - a.x(), b.y() - a.y())) {
                a = p;
                b = q;
            }
        }
        double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
        double nx = -(b.y() - a.y()) / length, ny = (b.x() - a.x()) / length;
        return viewer.toControl((a.x() + b.x()) / 2 + nx * offset, (a.y() + b.y()) / 2 + ny * offset);
    }

    private void clickAt(int[] p, int stateMask) {
        fixture.mouse(SWT.MouseDown, p[0], p[1], stateMask);
        fixture.mouse(SWT.MouseUp, p[0], p[1], stateMask);
        fixture.spin();
    }

    @Test
    void theConflictHasNoJunctionButItsLineIsHit() {
        assertNull(viewer.nodeOf(attack), "drawn by a line alone");
        int[] p = onTheLine(2);
        assertNull(viewer.getCanvas().nodeAt(p[0], p[1]));
        assertSame(attack, viewer.getCanvas().lineAt(p[0], p[1]).edge().getElement());
        int[] far = onTheLine(12);
        assertNull(viewer.getCanvas().lineAt(far[0], far[1]), "12 pixels away is the background");
    }

    @Test
    void aClickSelectsItCtrlAddsAndTheBackgroundClears() {
        List<Object> told = new ArrayList<>();
        viewer.addSelectionChangedListener(e -> told.add(((StructuredSelection) e.getSelection()).toList()));
        clickAt(onTheLine(1), 0);
        assertEquals(List.of(attack), viewer.getSelectedElements());
        assertEquals(List.of(List.of(attack)), told, "the selection is told, so Properties and Why? see the conflict");
        fixture.click(fixture.thesis, SWT.MOD1);
        assertEquals(List.of(fixture.thesis, attack), viewer.getSelectedElements(), "Ctrl+click adds a shape");
        fixture.click(fixture.thesis, 0);
        assertEquals(List.of(fixture.thesis), viewer.getSelectedElements(), "a click on a shape selects it alone");
        clickAt(onTheLine(-1), 0);
        assertEquals(List.of(attack), viewer.getSelectedElements());
        Scene.Node thesis = fixture.node(fixture.thesis);
        clickAt(viewer.toControl(thesis.x() - 20, thesis.y() - 20), 0);
        assertTrue(viewer.getSelectedElements().isEmpty(), "a click on the background selects nothing");
    }

    /** The first support framed as an argument, laid out and shown. */
    private Argument framedArgument() {
        Inference support = fixture.session.getMap().getInferences().get(0);
        Argument argument = ArgmapFactory.eINSTANCE.createArgument();
        argument.setTitle("Nye's argument");
        argument.getInferences().add(support);
        argument.setMainConclusion(fixture.thesis);
        fixture.session.getMap().getArguments().add(argument);
        DiagramContents.updateDirectly(fixture.diagram, fixture.session.getMap(), true);
        DiagramLayouter.applyDirectly(viewer.layouter().compute(fixture.diagram, null));
        viewer.refresh();
        fixture.spin();
        return argument;
    }

    @Test
    void aLineAcrossAnArgumentsFrameIsHitBeforeTheFrameBehindIt() {
        Inference support = fixture.session.getMap().getInferences().get(0);
        Argument argument = framedArgument();

        int[] p = onTheLine(lineOf(support), 0);
        assertSame(argument, viewer.getCanvas().nodeAt(p[0], p[1]).shape().getElement(), "the frame is under the line");
        clickAt(p, 0);
        assertEquals(List.of(support), viewer.getSelectedElements(), "the line is drawn over the frame, and so is clicked");
        Scene.Node frame = viewer.nodeOf(argument);
        clickAt(viewer.toControl(frame.x() + 4, frame.y() + frame.height() - 4), 0);
        assertEquals(List.of(argument), viewer.getSelectedElements(), "away from lines the frame is clicked");
    }

    @Test
    void theSelectedLineIsDrawnWithAHaloAndKeptAcrossARefresh() {
        int[] p = onTheLine(3);
        int before = pixel(p);
        viewer.setSelection(new StructuredSelection(attack));
        assertEquals(List.of(attack), viewer.getSelectedElements(), "selected from outside (Map Problems, Why?)");
        fixture.spin();
        assertEquals(viewer.getCanvas().getStyle().background(), before, "the background beside the line");
        assertFalse(before == pixel(p), "the halo is painted beside the line");
        viewer.refresh();
        assertEquals(List.of(attack), viewer.getSelectedElements(), "kept when the scene is rebuilt");
    }

    @Test
    void aSelectedLineAcrossAnArgumentsFrameShowsItsHaloOverTheFrame() {
        Argument argument = framedArgument();
        Scene.Node frame = viewer.nodeOf(argument);
        int fill = pixel(viewer.toControl(frame.x() + 8, frame.y() + frame.height() - 8));
        // A place 3 pixels beside the attack's line where the frame's fill shows.
        int[] beside = null;
        double offset = 3 / viewer.getCanvas().getViewport().getZoom();
        List<Point> points = new ArrayList<>();
        for (Scene.Line line : viewer.getScene().lines()) {
            if (line.edge().getElement() == attack) {
                points.addAll(line.points());
            }
        }
        for (int i = 0; i + 1 < points.size() && beside == null; i++) {
            Point a = points.get(i), b = points.get(i + 1);
            double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
            for (double t = 0.05; t < 1 && beside == null && length > 0; t += 0.05) {
                int[] p = viewer.toControl(a.x() + (b.x() - a.x()) * t - (b.y() - a.y()) / length * offset,
                        a.y() + (b.y() - a.y()) * t + (b.x() - a.x()) / length * offset);
                Scene.Node under = viewer.getCanvas().nodeAt(p[0], p[1]);
                if (pixel(p) == fill && under != null && under.shape().getElement() == argument) {
                    beside = p;
                }
            }
        }
        assertTrue(beside != null, "the frame's fill shows beside the line");
        viewer.setSelection(new StructuredSelection(attack));
        assertEquals(List.of(attack), viewer.getSelectedElements());
        fixture.spin();
        assertFalse(fill == pixel(beside), "the halo is painted over the frame's fill");
    }

    @Test
    void theSelectedConflictCanBeDeletedAndTheDeletionUndone() {
        clickAt(onTheLine(0), 0);
        assertTrue(fixture.session.execute(MapCommands.delete(fixture.session.getEditingDomain(), viewer.getSelectedElements())));
        assertFalse(fixture.session.getMap().getConflicts().contains(attack));
        assertTrue(fixture.diagram.getEdges().stream().noneMatch(e -> e.getElement() == attack), "its line goes too");
        fixture.session.getCommandStack().undo();
        assertTrue(fixture.session.getMap().getConflicts().contains(attack));
    }

    /** The colour of a canvas pixel as painted now, as 0xRRGGBB. */
    private int pixel(int[] p) {
        var client = ((org.eclipse.swt.widgets.Canvas) viewer.getControl()).getClientArea();
        Image image = new Image(fixture.display, client.width, client.height);
        GC gc = new GC(image);
        try {
            viewer.getControl().print(gc);
            ImageData data = image.getImageData();
            org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(p[0], p[1]));
            return rgb.red << 16 | rgb.green << 8 | rgb.blue;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
