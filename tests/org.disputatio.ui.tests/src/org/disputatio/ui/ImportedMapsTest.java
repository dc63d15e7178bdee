// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui;

import static org.disputatio.ui.Widgets.button;
import static org.disputatio.ui.Widgets.press;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.files.MapFileOpener;
import org.disputatio.ui.files.RecentFiles;
import org.disputatio.ui.preferences.MapPreferences;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argdown and AIF files open as maps, the way every other map file opens. */
class ImportedMapsTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        MapPreferences.store().setToDefault(RecentFiles.KEY);
    }

    @Test
    void anArgdownFileOpensAsAMapAndSaysWhereItCameFrom() throws IOException {
        Path file = dir.resolve("debate.argdown");
        Files.writeString(file, "===\ntitle: A small debate\n===\n\n[Thesis]: Soft power can be mutually reinforcing.\n"
                + "  <+ [Reason]: Mutual attraction reduces conflict.\n  <- [Rebuttal]: Non-zero-sum talk is Western.\n");
        MapEditor editor = MapFileOpener.open(page, file);
        assertNotNull(editor);
        spin();
        assertEquals("A small debate", editor.getSession().getMap().getTitle());
        assertEquals(3, editor.getSession().getMap().getStatements().size());
        assertTrue(editor.getPartName().contains("imported"), editor.getPartName());
    }

    @Test
    void aBrokenArgdownFileIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("broken.argdown");
        Files.writeString(file, "[A]: fine\n\n  + [B]: a relation after a blank line\n");
        String[] said = new String[1];
        Widgets.whenShellOpens(MapFileOpener.ERROR_TITLE, dialog -> {
            said[0] = Widgets.labels(dialog);
            press(button(dialog, "OK"));
        });
        assertNull(MapFileOpener.open(page, file));
        spin();
        assertNotNull(said[0]);
        assertTrue(said[0].contains("Line 3, column 3"), said[0]);
    }
}
