// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.disputatio.render.Scene;
import org.disputatio.views.Shape;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Choosing, moving and panning with the mouse, and moving about with the keys. */
class SelectionToolTest {

    private final ViewerFixture fixture = new ViewerFixture();
    private final MapViewer viewer = fixture.viewer;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void clicksSelectAndCtrlClicksAddInTheOrderClicked() {
        fixture.click(fixture.reason, 0);
        assertEquals(List.of(fixture.reason), viewer.getSelectedElements());
        fixture.click(fixture.rebuttal, SWT.MOD1);
        fixture.click(fixture.thesis, SWT.MOD1);
        assertEquals(List.of(fixture.reason, fixture.rebuttal, fixture.thesis), viewer.getSelectedElements());
        fixture.click(fixture.rebuttal, SWT.MOD1);
        assertEquals(List.of(fixture.reason, fixture.thesis), viewer.getSelectedElements(), "Ctrl+click again takes it out");
        Scene.Node thesis = fixture.node(fixture.thesis);
        int[] background = viewer.toControl(thesis.x() - 30, thesis.y() - 30);
        fixture.mouse(SWT.MouseDown, background[0], background[1], 0);
        fixture.mouse(SWT.MouseUp, background[0], background[1], 0);
        assertTrue(viewer.getSelectedElements().isEmpty(), "a click on the background selects nothing");
    }

    @Test
    void draggingAShapeMovesItAsOneUndoableCommand() {
        Shape shape = fixture.node(fixture.rebuttal).shape();
        double x = shape.getX();
        double y = shape.getY();
        int[] p = fixture.centre(fixture.rebuttal);
        fixture.drag(p[0], p[1], p[0] + 60, p[1] + 30, 0);
        double zoom = viewer.getZoom();
        assertEquals(x + 60 / zoom, shape.getX(), 1e-6);
        assertEquals(y + 30 / zoom, shape.getY(), 1e-6);
        assertEquals("Move", fixture.session.getCommandStack().getUndoCommand().getLabel());
        fixture.session.getCommandStack().undo();
        assertEquals(x, shape.getX(), 1e-9);
        assertFalse(fixture.session.isDirty());
    }

    @Test
    void shiftDragOnTheBackgroundSelectsWhatTheMarqueeTouchesAndPlainDragPans() {
        Scene scene = viewer.getScene();
        int[] a = viewer.toControl(scene.x() - 5, scene.y() - 5);
        int[] b = viewer.toControl(scene.x() + scene.width() + 5, scene.y() + scene.height() + 5);
        fixture.drag(a[0], a[1], b[0], b[1], SWT.SHIFT);
        assertEquals(scene.nodes().size(), viewer.getSelectedElements().size());

        viewer.setZoom(4);
        fixture.spin();
        int[] before = viewer.getViewport().scrollPosition();
        Scene.Node thesis = fixture.node(fixture.thesis);
        int[] start = viewer.toControl(thesis.x() - 6, thesis.y() - 6);
        fixture.drag(start[0], start[1], start[0] - 40, start[1] - 25, 0);
        int[] after = viewer.getViewport().scrollPosition();
        assertNotEquals(before[0], after[0], "dragging the background scrolls");
        assertFalse(fixture.session.isDirty(), "panning changes nothing in the map");
    }

    @Test
    void arrowsMoveToTheNearestShapeThatWayAndOtherKeysAreNotTheViewers() {
        fixture.click(fixture.reason, 0);
        fixture.key(SWT.ARROW_UP, '\0');
        assertEquals(List.of(fixture.thesis), viewer.getSelectedElements(), "the conclusion stands above its premise");
        fixture.key(SWT.ARROW_DOWN, '\0');
        assertEquals(1, viewer.getSelectedElements().size());
        assertTrue(List.of(fixture.reason, fixture.rebuttal).contains(viewer.getSelectedElements().get(0)), "one of the two below the thesis");
        viewer.setZoom(1);
        fixture.key(0, '+');
        fixture.key(0, 'l');
        assertEquals(1, viewer.getZoom(), 1e-9, "zoom keys are the editor's commands, not the viewer's");
        assertFalse(fixture.session.isDirty());
    }
}
