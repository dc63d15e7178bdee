// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.workbench;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.disputatio.model.Statement;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.Widgets;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.DiagramTabs;
import org.disputatio.viewer.MapViewer;
import org.disputatio.viewer.Viewport;
import org.disputatio.views.Diagram;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map's diagrams are the editor's pages: tabs at the bottom, each with its own viewport, made,
 * renamed, duplicated and deleted from the tabs' menu, each undoable. Driven with real clicks.
 */
class DiagramTabsTest {

    @TempDir
    Path dir;

    private MapEditor editor;
    private MapViewer viewer;
    private CTabFolder tabs;

    @BeforeEach
    void open() throws Exception {
        editor = WorkbenchTesting.open(WorkbenchTesting.copyExample("edney-2015.argmap", dir));
        viewer = editor.getViewer();
        tabs = editor.getDiagramTabs().getControl();
    }

    @AfterEach
    void close() {
        editor.getSite().getPage().closeAllEditors(false);
        spin();
    }

    private List<String> tabNames() {
        return Arrays.stream(tabs.getItems()).map(CTabItem::getText).toList();
    }

    /** A real click on a tab, through the display's event queue. */
    private void click(CTabItem item) {
        Rectangle bounds = item.getBounds();
        Point at = tabs.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        Display display = tabs.getDisplay();
        post(display, SWT.MouseMove, at, 0);
        post(display, SWT.MouseDown, at, 1);
        post(display, SWT.MouseUp, at, 1);
        spin();
        if (tabs.getSelection() != item) {
            // Without a window manager the window may not take the click: select as a click does.
            tabs.setSelection(item);
            Event selected = new Event();
            selected.item = item;
            tabs.notifyListeners(SWT.Selection, selected);
            spin();
        }
    }

    private static void post(Display display, int type, Point at, int button) {
        Event event = new Event();
        event.type = type;
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        display.post(event);
    }

    /** Chooses an item of the tabs' menu as the user does (the menu is filled on showing). */
    private void menu(String text) {
        Menu menu = tabs.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " in the tabs' menu"));
        assertTrue(item.isEnabled(), text + " is disabled");
        item.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        spin();
    }

    private void answerName(String title, String name) {
        Widgets.whenShellOpens(title, dialog -> {
            Text field = Widgets.all(dialog, Text.class).get(0);
            field.setText(name);
            Widgets.press(Widgets.button(dialog, "OK"));
        });
    }

    @Test
    void everyDiagramOfTheMapIsATabAndEachKeepsItsViewport() {
        assertEquals(List.of("Whole map", "Nye against Sun and Wang"), tabNames());
        assertEquals(0, tabs.getSelectionIndex());
        assertTrue(tabs.getBounds().y > viewer.getControl().getBounds().y, "the tabs are below the canvas");
        // Under Xvfb the folder once took its tab row twice, an empty band between canvas and tabs.
        assertEquals(0, tabs.getClientArea().height, "the folder is its row of tabs alone: " + tabs.getBounds());
        Rectangle canvas = viewer.getControl().getBounds();
        assertEquals(canvas.y + canvas.height, tabs.getBounds().y, "the tabs sit right under the canvas");
        Diagram whole = viewer.getDiagram();
        viewer.setZoom(0.5);
        viewer.getViewport().scrollTo(300, 200);
        Viewport.State wholeView = viewer.getViewport().state();

        click(tabs.getItem(1));
        Diagram nye = viewer.getDiagram();
        assertEquals("Nye against Sun and Wang", nye.getName(), "the second tab shows the second diagram");
        assertTrue(viewer.nodeOf(editor.getSession().getResource().getEObject("edney-nye-thesis")) != null);
        viewer.setZoom(1.25);
        Viewport.State nyeView = viewer.getViewport().state();

        click(tabs.getItem(0));
        assertSame(whole, viewer.getDiagram());
        assertSameView(wholeView, viewer.getViewport().state(), "the first page is where it was left");
        click(tabs.getItem(1));
        assertSameView(nyeView, viewer.getViewport().state(), "and the second too");
    }

    /** The same zoom, and the same top left to within the pixel a scroll position is rounded to. */
    private static void assertSameView(Viewport.State expected, Viewport.State actual, String message) {
        assertEquals(expected.zoom(), actual.zoom(), 1e-9, message + ": zoom");
        assertEquals(expected.topLeft().x(), actual.topLeft().x(), 1 / expected.zoom(), message + ": left");
        assertEquals(expected.topLeft().y(), actual.topLeft().y(), 1 / expected.zoom(), message + ": top");
    }

    @Test
    void thePropertiesAndOutlineFollowThePageInFront() {
        Statement thesis = (Statement) editor.getSession().getResource().getEObject("edney-nye-thesis");
        viewer.setSelection(new StructuredSelection(thesis));
        spin();
        assertSame(thesis, ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement());
        click(tabs.getItem(1));
        assertTrue(editor.getSite().getSelectionProvider().getSelection().isEmpty(), "what was selected on the other page is let go");
        viewer.setSelection(new StructuredSelection(thesis));
        spin();
        assertSame(thesis, ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement(),
                "the workbench sees the selection on this page");
        assertNotNull(viewer.nodeOf(thesis));
    }

    @Test
    void aNewDiagramFromTheSelectionIsRenamedDuplicatedAndDeletedEachUndoably() {
        Statement thesis = (Statement) editor.getSession().getResource().getEObject("edney-nye-thesis");
        Statement reason = (Statement) editor.getSession().getResource().getEObject("edney-nye-reason");
        viewer.setSelection(new StructuredSelection(List.of(thesis, reason)));
        answerName("New Diagram", "Nye's reason");
        menu("New Diagram from Selection");
        assertEquals(List.of("Whole map", "Nye against Sun and Wang", "Nye's reason"), tabNames());
        assertEquals(2, tabs.getSelectionIndex(), "the new diagram is in front");
        assertEquals(2, viewer.getScene().nodes().size(), "it shows the two statements");
        assertTrue(editor.isDirty());

        answerName("Rename Diagram", "Why Nye");
        menu("Rename Diagram");
        assertEquals("Why Nye", tabs.getItem(2).getText());

        menu("Duplicate Diagram");
        assertEquals(List.of("Whole map", "Nye against Sun and Wang", "Why Nye", "Why Nye (copy)"), tabNames());
        assertEquals(3, tabs.getSelectionIndex());

        menu("Delete Diagram");
        assertEquals(List.of("Whole map", "Nye against Sun and Wang", "Why Nye"), tabNames());
        assertEquals("Whole map", viewer.getDiagram().getName(), "the first page comes to the front");

        for (String expected : List.of("Why Nye (copy)", "Why Nye", "Nye's reason", "")) {
            editor.getSession().getCommandStack().undo();
            spin();
            if (!expected.isEmpty()) {
                assertTrue(tabNames().contains(expected), "undone: " + tabNames());
            }
        }
        assertEquals(List.of("Whole map", "Nye against Sun and Wang"), tabNames());
        assertFalse(editor.isDirty(), "all undone");
    }

    @Test
    void theLastDiagramCannotBeDeleted() throws Exception {
        MapEditor small = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("small.argmap")));
        DiagramTabs smallTabs = small.getDiagramTabs();
        Menu menu = smallTabs.getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem delete = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith("Delete Diagram")).findFirst()
                .orElseThrow();
        assertFalse(delete.isEnabled());
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
    }
}
