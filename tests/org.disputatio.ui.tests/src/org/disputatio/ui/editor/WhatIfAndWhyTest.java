// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.disputatio.core.evaluation.Label;
import org.disputatio.model.Element;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.geometry.Point;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.jface.action.SubStatusLineManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What-if and "Why?" from the canvas's context menu: labels flip at once, the map stays clean, the reasons get selected. */
class WhatIfAndWhyTest {

    @TempDir
    Path dir;

    private MapEditor editor;
    private MapViewer viewer;
    private Canvas canvas;
    private Element thesis;
    private Element reason;
    private Element rebuttal;

    @BeforeEach
    void open() throws Exception {
        editor = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("exchange.argmap")));
        viewer = editor.getViewer();
        canvas = (Canvas) viewer.getControl();
        thesis = (Element) editor.getSession().getResource().getEObject("thesis");
        reason = (Element) editor.getSession().getResource().getEObject("reason");
        rebuttal = (Element) editor.getSession().getResource().getEObject("rebuttal");
    }

    @AfterEach
    void close() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        spin();
    }

    @Test
    void assumingTheRebuttalRejectedReinstatesTheThesisWithoutChangingTheMap() {
        select(rebuttal);
        contextMenu("What If", "Assume Rejected");
        assertEquals(Label.REJECTED, viewer.getEvaluation().label(rebuttal), "the what-if turns the evaluation on");
        assertEquals(Label.ACCEPTED, viewer.getEvaluation().label(thesis), "without the rebuttal the thesis stands");
        assertFalse(editor.isDirty(), "a what-if is not an edit");
        assertTrue(statusLine().contains("were rejected"), statusLine());

        contextMenu("Show Evaluation");
        contextMenu("Show Evaluation");
        assertEquals(Label.ACCEPTED, viewer.getEvaluation().label(thesis), "the assumption outlives hiding the evaluation");

        select(thesis);
        assertFalse(menuItem("What If", "Clear Assumption").isEnabled(), "nothing assumed of the thesis");
        select(reason);
        contextMenu("What If", "Assume Rejected");
        assertEquals(Label.REJECTED, viewer.getEvaluation().label(thesis), "with its only reason rejected the thesis falls");

        select(rebuttal, reason);
        contextMenu("What If", "Clear Assumption");
        assertEquals(Label.REJECTED, viewer.getEvaluation().label(thesis), "the map's own verdict is back");
        assertEquals(Label.ACCEPTED, viewer.getEvaluation().label(rebuttal));
        assertFalse(editor.isDirty());
    }

    @Test
    void whySaysWhatDefeatsTheThesisAndSelectsIt() {
        select(thesis);
        contextMenu("Why?");
        String sentence = statusLine();
        assertTrue(sentence.startsWith("Rejected"), sentence);
        assertTrue(sentence.contains("Non-zero-sum talk"), "names the attacker: " + sentence);
        assertEquals(List.of(rebuttal), viewer.getSelectedElements(), "the attacker is selected");
        assertEquals(Label.REJECTED, viewer.getEvaluation().label(thesis), "Why? shows the evaluation it explains");
    }

    /** A conflict drawn as one line is clicked on its line; Why? says its attack succeeds, and Delete removes it. */
    @Test
    void aConflictClickedOnItsLineIsExplainedAndDeleted() {
        var conflict = editor.getSession().getMap().getConflicts().get(0);
        assertEquals(null, viewer.nodeOf(conflict), "no junction: the conflict is drawn as one line");
        clickLineOf(conflict);
        assertEquals(List.of(conflict), viewer.getSelectedElements(), "selected by its line");
        contextMenu("Why?");
        String sentence = statusLine();
        assertTrue(sentence.startsWith("Succeeds: \u201CNon-zero-sum talk"), sentence);
        assertTrue(sentence.contains("so it defeats \u201CUS and Chinese soft power"), sentence);
        assertEquals(List.of(rebuttal), viewer.getSelectedElements(), "its attacker is selected");

        clickLineOf(conflict);
        contextMenu("Delete from Map");
        assertTrue(editor.getSession().getMap().getConflicts().isEmpty(), "the conflict is deleted, its statements stay");
        assertEquals(3, editor.getSession().getMap().getStatements().size());
        editor.getSession().getCommandStack().undo();
        spin();
        assertEquals(List.of(conflict), editor.getSession().getMap().getConflicts());
    }

    /** Clicks the middle of the longest segment of the element's line. */
    private void clickLineOf(Object element) {
        var line = viewer.getScene().lines().stream().filter(l -> l.edge().getElement() == element).findFirst().orElseThrow();
        Point a = line.points().get(0), b = line.points().get(1);
        for (int i = 0; i + 1 < line.points().size(); i++) {
            Point p = line.points().get(i), q = line.points().get(i + 1);
            if (Math.hypot(q.x() - p.x(), q.y() - p.y()) > Math.hypot(b.x() - a.x(), b.y() - a.y())) {
                a = p;
                b = q;
            }
        }
        int[] at = viewer.toControl((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
        Event down = new Event();
        down.x = at[0];
        down.y = at[1];
        down.button = 1;
        canvas.notifyListeners(SWT.MouseDown, down);
        Event up = new Event();
        up.x = at[0];
        up.y = at[1];
        up.button = 1;
        canvas.notifyListeners(SWT.MouseUp, up);
        spin();
    }

    private void select(Element... elements) {
        viewer.setSelection(new StructuredSelection(List.of(elements)), true);
        spin();
    }

    /** The item at the end of a path through the canvas's context menu and its submenus. */
    private MenuItem menuItem(String... path) {
        Menu menu = canvas.getMenu();
        MenuItem item = null;
        for (String wanted : path) {
            menu.notifyListeners(SWT.Show, new Event());
            item = Arrays.stream(menu.getItems()).filter(m -> wanted.equals(m.getText().replace("&", "").split("\t")[0]))
                    .findFirst().orElseThrow(() -> new AssertionError("no menu item " + wanted));
            menu = item.getMenu();
        }
        return item;
    }

    private void contextMenu(String... path) {
        MenuItem item = menuItem(path);
        assertTrue(item.isEnabled(), path[path.length - 1] + " is enabled");
        item.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /** The message the user reads on the window's status line. */
    private String statusLine() {
        var manager = editor.getEditorSite().getActionBars().getStatusLineManager();
        while (manager instanceof SubStatusLineManager sub) {
            manager = (org.eclipse.jface.action.IStatusLineManager) sub.getParent();
        }
        Control control = ((StatusLineManager) manager).getControl();
        return labels(control);
    }

    private static String labels(Control control) {
        if (control instanceof CLabel label && label.getText() != null) {
            return label.getText();
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                String text = labels(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
