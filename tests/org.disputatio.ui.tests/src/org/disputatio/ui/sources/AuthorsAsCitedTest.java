// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.sources;

import static org.disputatio.ui.WorkbenchTesting.open;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.disputatio.core.MapSession;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Source;
import org.disputatio.model.edit.provider.Citations;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sources view's Authors column as a scholar reads it (a reference list's names, no BibTeX
 * braces), while its cell editor starts from the form it reads back. On Edney 2015.
 */
class AuthorsAsCitedTest {

    private static final int AUTHORS = SourcesView.columnOf(ArgmapPackage.Literals.SOURCE__AUTHORS);

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor editor;
    private Table table;
    private SourceCells cells;

    @BeforeEach
    void openEdney() throws Exception {
        Path file = WorkbenchTesting.copyExample("edney-2015.argmap", dir);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        editor = open(file);
        SourcesView view = (SourcesView) page.showView(SourcesView.ID);
        page.activate(view);
        table = view.getViewer().getTable();
        cells = new SourceCells(table);
        spin();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private MapSession session() {
        return editor.getSession();
    }

    private int row(String id) {
        return session().getMap().getSources().indexOf(session().getResource().getEObject(id));
    }

    @Test
    void institutionsAndChineseNamesAreShownAsCited() {
        assertEquals("CCP Central Committee", table.getItem(row("edney-cite-ccp2011")).getText(AUTHORS));
        assertEquals("Nye; Wang Jisi", table.getItem(row("edney-cite-nyewang2009")).getText(AUTHORS));
    }

    @Test
    void theCellEditorStartsFromTheEditFormAndTheTableShowsTheCitedFormAgain() {
        int ccp = row("edney-cite-ccp2011");
        cells.doubleClick(ccp, AUTHORS);
        assertEquals("{CCP Central Committee}", cells.cellEditor(Text.class).getText(), "braces keep an institution one name");
        cells.type("{CCP Central Committee}; Hu, Jintao");
        assertEquals("CCP Central Committee; Hu, Jintao", table.getItem(ccp).getText(AUTHORS));
        Source edited = (Source) table.getItem(ccp).getData();
        assertEquals("CCP Central Committee and Hu 2011", Citations.shortCitation(edited));

        int nyeWang = row("edney-cite-nyewang2009");
        cells.doubleClick(nyeWang, AUTHORS);
        assertEquals("Nye; Wang, Jisi", cells.cellEditor(Text.class).getText());
        cells.type("Nye, Joseph S.; Wang, Jisi");
        assertEquals("Nye, Joseph S.; Wang Jisi", table.getItem(nyeWang).getText(AUTHORS),
                "Wang Jisi keeps his family name first as written");
    }
}
