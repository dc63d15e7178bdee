// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import static org.disputatio.ui.Widgets.button;
import static org.disputatio.ui.Widgets.press;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.disputatio.core.MapSession;
import org.disputatio.ui.Widgets;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorInput;
import org.disputatio.ui.preferences.MapPreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent maps in the window's File menu, listed and reopened with a click. */
class RecentFilesMenuTest {

    @TempDir
    Path dir;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private Path first;
    private Path second;

    @BeforeEach
    void openTwoMaps() throws IOException {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        MapPreferences.store().setToDefault(RecentFiles.KEY);
        first = dir.resolve("first.argmap");
        MapSession.create(first, "First debate").save();
        second = dir.resolve("second.argmap");
        MapSession.create(second, "Second debate").save();
        MapFileOpener.open(page, first);
        MapFileOpener.open(page, second);
        page.closeAllEditors(false);
        spin();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        MapPreferences.store().setToDefault(RecentFiles.KEY);
    }

    /** The File menu of the window's menu bar, as it is when the user opens it. */
    private Menu fileMenu() {
        MenuItem file = Arrays.stream(window.getShell().getMenuBar().getItems()).filter(i -> i.getText().replace("&", "").equals("File"))
                .findFirst().orElseThrow();
        Menu menu = file.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        spin();
        return menu;
    }

    private static List<MenuItem> items(Menu menu, String textPart) {
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().contains(textPart)).toList();
    }

    @Test
    void theFileMenuOffersNewMapOpenFileAndTheRecentMapsNewestFirst() {
        Menu menu = fileMenu();
        assertEquals(1, items(menu, "New Map...").size());
        assertEquals(1, items(menu, "Open File...").size());
        List<MenuItem> recent = items(menu, ".argmap");
        assertEquals(2, recent.size(), () -> Arrays.toString(menu.getItems()));
        assertTrue(recent.get(0).getText().startsWith("&1 second.argmap"), recent.get(0).getText());
        assertTrue(recent.get(1).getText().startsWith("&2 first.argmap"), recent.get(1).getText());
    }

    @Test
    void clickingARecentMapReopensIt() {
        MenuItem firstItem = items(fileMenu(), "first.argmap").get(0);
        firstItem.notifyListeners(SWT.Selection, new Event());
        spin();
        MapEditor editor = (MapEditor) page.getActiveEditor();
        assertNotNull(editor);
        assertEquals(first, ((MapEditorInput) editor.getEditorInput()).getFile());
        assertEquals(List.of(first, second), new RecentFiles(MapPreferences.store()).list(), "the reopened map moves to the top");
    }

    @Test
    void aMissingMapIsDroppedFromTheListWithAMessage() throws IOException {
        Files.delete(first);
        String[] said = new String[1];
        Widgets.whenShellOpens(MapFileOpener.ERROR_TITLE, dialog -> {
            said[0] = Widgets.labels(dialog);
            press(button(dialog, "OK"));
        });
        items(fileMenu(), "first.argmap").get(0).notifyListeners(SWT.Selection, new Event());
        spin();
        assertNotNull(said[0], "no message");
        assertTrue(said[0].contains("no such file") && said[0].contains("removed from the recent maps"), said[0]);
        assertEquals(List.of(second), new RecentFiles(MapPreferences.store()).list());
        assertEquals(List.of(), items(fileMenu(), "first.argmap"));
    }
}
