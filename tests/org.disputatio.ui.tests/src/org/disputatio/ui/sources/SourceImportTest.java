// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.sources;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.ui.Widgets;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.swt.custom.CLabel;
import org.junit.jupiter.api.Test;

/**
 * Import... in the Sources view adds the sources of a Zotero export in one undoable step. The
 * file dialog is native and cannot be driven: the test hands the view the file it would return.
 */
class SourceImportTest extends OnTheDwExample {

    @Test
    void importAddsTheExportsSourcesInOneUndoableStep() throws Exception {
        Path bib = dir.resolve("zotero.bib");
        Files.writeString(bib, """
                @article{edney_2015, title = {Building {National} Cohesion}, author = {Edney, Kingsley},
                  journal = {Comparative Politics}, year = {2015}}
                @techreport{ccp_2011, title = {Decision}, author = {{CCP Central Committee}}, year = 2011}
                """);
        assertTrue(view.importSources.isEnabled(), "Import... is offered while a map is open");
        assertTrue(java.util.Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
                .anyMatch(item -> item instanceof ActionContributionItem a && a.getAction() == view.importSources),
                "the view's tool bar has Import...");
        int before = table.getItemCount();
        view.importFrom(bib);
        spin();
        assertEquals(before + 2, table.getItemCount());
        int authors = SourcesView.columnOf(ArgmapPackage.Literals.SOURCE__AUTHORS);
        assertEquals("Edney, Kingsley", table.getItem(before).getText(authors));
        assertEquals("CCP Central Committee", table.getItem(before + 1).getText(authors));
        assertEquals(2, table.getSelectionCount(), "the imported sources are selected");
        assertTrue(Widgets.all(editor.getSite().getShell(), CLabel.class).stream()
                .anyMatch(label -> "Imported 2 sources.".equals(label.getText())), "the status line says what was done");

        view.importFrom(bib);
        spin();
        assertEquals(before + 2, table.getItemCount(), "importing again adds nothing");

        editor.getSession().getCommandStack().undo();
        spin();
        assertEquals(before, table.getItemCount(), "one undo takes the whole import back");
    }
}
