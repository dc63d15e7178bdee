// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.sources;

import static org.disputatio.ui.WorkbenchTesting.spin;

import java.nio.file.Path;

import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Sources view's tests start from: a copy of the DW 2018 example (four sources) open
 * alone in a map editor, and the Sources view shown and active.
 */
abstract class OnTheDwExample {

    @TempDir
    Path dir;

    IWorkbenchPage page;
    MapEditor editor;
    SourcesView view;
    Table table;

    @BeforeEach
    void openTheDwExample() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        editor = WorkbenchTesting.open(WorkbenchTesting.copyExample("dw-2018.argmap", dir));
        view = (SourcesView) page.showView(SourcesView.ID);
        page.activate(view);
        table = view.getViewer().getTable();
        spin();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }
}
