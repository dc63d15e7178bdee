// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.outline;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.MapSession;
import org.disputatio.model.Statement;
import org.disputatio.testing.SyntheticDebates;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outline of a map whose one source holds 2,500 statements: a thousand rows at a time, and the selection still shows. */
class BigOutlineTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor editor;
    private ContentOutline outline;
    private MapOutlinePage outlinePage;
    private List<Statement> statements;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("big.argmap");
        MapSession written = MapSession.create(file, "big");
        written.getResource().getContents().set(0, SyntheticDebates.generate(2500, 5));
        written.save();
        written.dispose();
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = WorkbenchTesting.open(file);
        outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        spin();
        outlinePage = (MapOutlinePage) outline.getCurrentPage();
        statements = editor.getSession().getMap().getStatements();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        page.hideView(outline);
    }

    private Tree tree() {
        return (Tree) outlinePage.getControl();
    }

    /** The source's row, expanded as a click on its arrow expands it. */
    private TreeItem source() {
        TreeItem source = tree().getItem(0);
        Event expand = new Event();
        expand.item = source;
        tree().notifyListeners(SWT.Expand, expand);
        source.setExpanded(true);
        return source;
    }

    /** A double-click on a row, as SWT reports it. */
    private void doubleClick(TreeItem item) {
        tree().setSelection(item);
        Event open = new Event();
        open.item = item;
        tree().notifyListeners(SWT.DefaultSelection, open);
        spin();
    }

    @Test
    void aSourceOfThousandsShowsAThousandRowsAndThenAThousandMore() {
        TreeItem source = source();
        assertEquals(1001, source.getItemCount(), "a thousand statements and the row for the rest");
        assertSame(statements.get(999), source.getItem(999).getData());
        assertEquals("1,500 more statements (double-click for the next 1,000)", source.getItem(1000).getText());

        doubleClick(source.getItem(1000));
        assertEquals(2001, source.getItemCount());
        assertSame(statements.get(1999), source.getItem(1999).getData(), "the next thousand, in the map's order");
        assertEquals("500 more statements (double-click for the next 500)", source.getItem(2000).getText());

        doubleClick(source.getItem(2000));
        assertEquals(2500, source.getItemCount(), "every statement, and no row for the rest");
        assertSame(statements.get(2499), source.getItem(2499).getData());
    }

    @Test
    void aStatementSelectedOnTheCanvasBeyondTheRowsIsShownAndSelected() {
        Statement far = statements.get(2400);
        editor.getViewer().setSelection(new StructuredSelection(far), true);
        spin();
        assertEquals(List.of(far), ((IStructuredSelection) outlinePage.getSelection()).toList());
        assertEquals(1, tree().getSelection().length);
        assertSame(far, tree().getSelection()[0].getData());
        TreeItem source = tree().getItem(0);
        assertEquals(1002, source.getItemCount(), "the thousand rows, the row for the rest, and the selected statement after it");
        assertEquals("1,499 more statements (double-click for the next 1,000)", source.getItem(1000).getText());

        editor.getViewer().setSelection(new StructuredSelection(statements.get(5)), true);
        spin();
        assertSame(statements.get(5), tree().getSelection()[0].getData());
        assertEquals(1001, source.getItemCount(), "the row made for the earlier selection is gone");
    }

    @Test
    void selectingEveryStatementOnTheCanvasMakesAtMostTwoThousandRows() {
        editor.getViewer().setSelection(new StructuredSelection(statements), true);
        spin();
        int rows = tree().getItem(0).getItemCount();
        assertTrue(rows <= 2001, rows + " rows");
        assertEquals(2000, tree().getSelection().length, "the thousand shown and a thousand more made for the selection");
        assertEquals(2500, ((IStructuredSelection) editor.getViewer().getSelection()).size(), "the canvas keeps its selection");
    }
}
