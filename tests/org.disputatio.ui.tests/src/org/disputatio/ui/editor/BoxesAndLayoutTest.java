// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.disputatio.model.Statement;
import org.disputatio.render.Scene;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.views.Shape;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/** Boxes grow to their labels on the canvas, and L lays the map out in a job. */
class BoxesAndLayoutTest extends OnTheExchangeMap {

    private static boolean overlap(Scene.Node a, Scene.Node b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    @Test
    void aLongerLabelTypedInPlaceGrowsTheBoxAndTheNeighboursMakeRoom() {
        Statement reason = statement("reason");
        Shape shape = viewer.nodeOf(reason).shape();
        double[] before = { shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight() };
        viewer.setSelection(new StructuredSelection(reason));
        assertTrue(editor.getEditing().editSelectedLabel());
        Text field = editor.getEditing().getLabelField();
        assertNotNull(field);
        field.setText("Mutual attraction between the American and Chinese publics reduces the potential for conflict between their states");
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        field.notifyListeners(SWT.KeyDown, enter);
        spin();

        org.disputatio.views.geometry.Size needed = viewer.layouter().size(shape);
        // What the user sees first: the label's lines stay inside the box, not spilling over the map.
        Scene.Node node = viewer.nodeOf(reason);
        assertTrue(node.height() >= needed.height() - 1e-9,
                "the label's " + node.label().size() + " lines spill out of its box: " + node.height() + " high, " + needed.height() + " needed");
        assertEquals(needed.width(), shape.getWidth(), 1e-9, "the box is as wide as its new label needs");
        assertEquals(needed.height(), shape.getHeight(), 1e-9);
        assertTrue(shape.getWidth() * shape.getHeight() > before[2] * before[3]);
        List<Scene.Node> boxes = viewer.getScene().nodes().stream().filter(n -> !(n.shape().getElement() instanceof org.disputatio.model.Argument))
                .toList();
        for (Scene.Node a : boxes) {
            for (Scene.Node b : boxes) {
                assertTrue(a == b || !overlap(a, b), a.shape().getElement() + " and " + b.shape().getElement() + " overlap");
            }
        }

        editor.getSession().getCommandStack().undo();
        spin();
        assertEquals("Attraction reduces conflict", reason.getLabel());
        assertEquals(before[2], shape.getWidth(), 1e-9, "one undo takes back the label and the size");
        assertFalse(editor.isDirty());
    }

    @Test
    void layingOutRunsAsAJobAndItsUndoOnlyPutsThePlacesBack() throws Exception {
        Statement rebuttal = statement("rebuttal");
        viewer.setSelection(new StructuredSelection(rebuttal));
        viewer.moveSelection(900, 600);
        viewer.setSelection(StructuredSelection.EMPTY);
        spin();
        Shape moved = viewer.nodeOf(rebuttal).shape();
        double farX = moved.getX();

        Event l = new Event();
        l.character = 'l';
        l.keyCode = 'l';
        viewer.getControl().notifyListeners(SWT.KeyDown, l);
        // The key returned before the layout was applied: it runs in a job, off the UI thread.
        assertEquals(farX, moved.getX(), 1e-9, "laid out on the UI thread, before the key returned");
        WorkbenchTesting.awaitJobs(LayoutJob.FAMILY);
        assertTrue(Math.abs(moved.getX() - farX) > 100, "the layout brought the rebuttal back");
        assertEquals("Layout", editor.getSession().getCommandStack().getUndoCommand().getLabel());

        editor.getSession().getCommandStack().undo();
        spin();
        assertEquals(farX, moved.getX(), 1e-9, "undo puts the places back");
        editor.getSession().getCommandStack().redo();
        spin();
        assertTrue(Math.abs(moved.getX() - farX) > 100);
    }
}
