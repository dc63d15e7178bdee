// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.disputatio.core.schemes.CriticalQuestions;
import org.disputatio.core.schemes.SchemeCatalogue;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.viewer.MapViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheme for an inference from Properties and from the context menu, and its critical questions marked there; each undoable. */
class SchemesInTheEditorTest {

    private static final String EXPERT = "Argument from expert opinion";

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor editor;
    private MapViewer viewer;
    private Canvas canvas;
    private ArgumentMap map;
    private Inference inference;
    private Element thesis;
    private Element reason;
    private Element rebuttal;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("exchange.argmap")));
        viewer = editor.getViewer();
        canvas = (Canvas) viewer.getControl();
        map = editor.getSession().getMap();
        inference = map.getInferences().get(0);
        thesis = (Element) editor.getSession().getResource().getEObject("thesis");
        reason = (Element) editor.getSession().getResource().getEObject("reason");
        rebuttal = (Element) editor.getSession().getResource().getEObject("rebuttal");
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        spin();
    }

    @Test
    void theSchemeIsChosenInPropertiesFromTheWholeCatalogue() throws Exception {
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        try {
            page.activate(editor);
            spin();
            PropertySheetPage sheet = (PropertySheetPage) properties.getCurrentPage();
            sheet.selectionChanged(editor, new StructuredSelection(inference));
            spin();
            Tree tree = (Tree) sheet.getControl();
            TreeItem row = row(tree, "Scheme");
            tree.setSelection(row);
            Rectangle value = row.getBounds(1);
            Event click = new Event();
            click.x = value.x + value.width / 2;
            click.y = value.y + value.height / 2;
            click.button = 1;
            tree.notifyListeners(SWT.MouseDown, click);
            spin();
            CCombo combo = Arrays.stream(tree.getChildren()).filter(CCombo.class::isInstance).map(CCombo.class::cast)
                    .filter(CCombo::isVisible).findFirst().orElseThrow(() -> new AssertionError("no choice list for Scheme"));
            List<String> offered = List.of(combo.getItems());
            assertEquals(SchemeCatalogue.shipped().schemes().size() + 1, offered.size(), "none and every scheme of the catalogue: " + offered);
            combo.select(offered.indexOf(EXPERT));
            combo.notifyListeners(SWT.Selection, new Event());
            combo.notifyListeners(SWT.DefaultSelection, new Event());
            spin();

            assertEquals("scheme-expert-opinion", inference.getScheme().getId());
            assertEquals(List.of(inference.getScheme()), map.getSchemes(), "the map holds its copy of the scheme");
            assertEquals(EXPERT, row(tree, "Scheme").getText(1));
            editor.getSession().getCommandStack().undo();
            spin();
            assertNull(inference.getScheme());
            assertTrue(map.getSchemes().isEmpty(), "one undo takes scheme and copy away");
        } finally {
            page.hideView(properties);
        }
    }

    @Test
    void theContextMenuChoosesTheSchemeAndMarksAQuestionRaisedByTheSelectedConflict() {
        select(reason);
        assertFalse(has("Scheme"), "a premise alone is no inference");
        select(reason, thesis);
        contextMenu("Scheme", EXPERT);
        assertEquals("scheme-expert-opinion", inference.getScheme().getId());
        int all = inference.getScheme().getCriticalQuestions().size();
        assertTrue(has("Critical Questions (" + all + " open)"), "the questions are listed with their count");

        Conflict conflict = map.getConflicts().get(0);
        select(reason, thesis, rebuttal);
        contextMenu("Critical Questions", "1. ", "Raised by the Selected Conflict");
        CriticalQuestions.State first = CriticalQuestions.of(inference).get(0);
        assertEquals(CriticalQuestions.Status.RAISED, first.status());
        assertSame(conflict, first.by());
        assertTrue(has("Critical Questions (" + (all - 1) + " open)"));
        assertTrue(item("Critical Questions", "1. ").getText().contains("\u2014 raised by \u201CNon-zero-sum talk"),
                item("Critical Questions", "1. ").getText());

        contextMenu("Critical Questions", "2. ", "Answered by the Selected Statement");
        assertEquals(CriticalQuestions.Status.ANSWERED, CriticalQuestions.of(inference).get(1).status());
        assertSame(rebuttal, CriticalQuestions.of(inference).get(1).by());

        editor.getSession().getCommandStack().undo();
        editor.getSession().getCommandStack().undo();
        assertEquals(all, CriticalQuestions.open(inference), "each mark is undone on its own");
        editor.getSession().getCommandStack().undo();
        assertNull(inference.getScheme());
    }

    private static TreeItem row(Tree tree, String property) {
        return Arrays.stream(tree.getItems()).filter(i -> i.getText(0).equals(property)).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + property + " among "
                        + Arrays.stream(tree.getItems()).map(i -> i.getText(0)).toList()));
    }

    private void select(Element... elements) {
        viewer.setSelection(new StructuredSelection(List.of(elements)), true);
        spin();
    }

    private boolean has(String start) {
        Menu menu = canvas.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        return Arrays.stream(menu.getItems()).anyMatch(m -> m.getText().replace("&", "").startsWith(start));
    }

    /** The item at the end of a path through the context menu, each step the item whose text starts so. */
    private MenuItem item(String... path) {
        Menu menu = canvas.getMenu();
        MenuItem item = null;
        for (String wanted : path) {
            menu.notifyListeners(SWT.Show, new Event());
            item = Arrays.stream(menu.getItems()).filter(m -> m.getText().replace("&", "").startsWith(wanted)).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item " + wanted));
            menu = item.getMenu();
        }
        return item;
    }

    private void contextMenu(String... path) {
        MenuItem item = item(path);
        assertTrue(item.isEnabled(), path[path.length - 1] + " is enabled");
        if ((item.getStyle() & SWT.RADIO) != 0) {
            item.setSelection(true);
        }
        item.notifyListeners(SWT.Selection, new Event());
        spin();
    }
}
