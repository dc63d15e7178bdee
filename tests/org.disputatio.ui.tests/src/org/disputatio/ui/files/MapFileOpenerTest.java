// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import static org.disputatio.ui.Widgets.button;
import static org.disputatio.ui.Widgets.press;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.disputatio.core.MapFiles;
import org.disputatio.core.MapSession;
import org.disputatio.ui.Widgets;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.preferences.MapPreferences;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening map files the way Open File, drag and drop, the command line and the recent maps do. */
class MapFileOpenerTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        MapPreferences.store().setToDefault(RecentFiles.KEY);
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        MapPreferences.store().setToDefault(RecentFiles.KEY);
    }

    private Path map(String name, String title) throws IOException {
        Path file = dir.resolve(name);
        MapSession.create(file, title).save();
        return file;
    }

    /** Opens the file expecting the error dialog, and returns what the dialog said. */
    private String openExpectingError(Path file) {
        String[] said = new String[1];
        Widgets.whenShellOpens(MapFileOpener.ERROR_TITLE, dialog -> {
            said[0] = Widgets.labels(dialog);
            press(button(dialog, "OK"));
        });
        assertNull(MapFileOpener.open(page, file), "no editor for a file that cannot be read");
        spin();
        assertNotNull(said[0], "no error dialog was shown");
        return said[0];
    }

    @Test
    void openingAMapShowsItInTheEditorAndListsItFirstAmongTheRecentMaps() throws IOException {
        Path first = map("first.argmap", "First debate");
        Path second = map("second.argmap", "Second debate");
        MapFileOpener.open(page, first);
        MapEditor editor = MapFileOpener.open(page, second);
        assertNotNull(editor);
        assertSame(editor, page.getActiveEditor());
        assertEquals("Second debate", editor.getSession().getMap().getTitle());
        assertEquals(java.util.List.of(second, first), new RecentFiles(MapPreferences.store()).list());
    }

    @Test
    void openingAMapThatIsOpenActivatesItsEditor() throws IOException {
        Path first = map("first.argmap", "First debate");
        MapEditor editor = MapFileOpener.open(page, first);
        editor.getSession().getMap().setTitle("Changed, not saved");
        MapFileOpener.open(page, map("second.argmap", "Second debate"));
        int open = page.getEditorReferences().length;

        assertSame(editor, MapFileOpener.open(page, dir.resolve("x").resolve("..").resolve("first.argmap")));
        assertSame(editor, page.getActiveEditor());
        assertEquals(open, page.getEditorReferences().length, "no second editor");
        assertEquals("Changed, not saved", editor.getSession().getMap().getTitle(), "the open map is not read again");
    }

    @Test
    void aMalformedFileIsReportedWithItsLineAndColumnAndLeftAsItWas() throws IOException {
        Path file = dir.resolve("broken.argmap");
        byte[] content = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<argmap:ArgumentMap xmlns:argmap=\"http://disputatio.org/argmap/" + MapFiles.FORMAT_VERSION + "\" id=\"m\" title=\"t\">\n"
                + "  <statements id=\"s1\" label=\"unclosed\">\n"
                + "</argmap:ArgumentMap>\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        int open = page.getEditorReferences().length;

        String said = openExpectingError(file);
        assertTrue(said.contains(file.toString()), said);
        assertTrue(said.contains("Line 4, column "), said);
        assertTrue(said.contains("Nothing has been written to the file."), said);
        assertArrayEquals(content, Files.readAllBytes(file));
        // With no map open the recent maps are offered (FailedOpenTest); no error editor stands in for the map.
        assertEquals(open, java.util.Arrays.stream(page.getEditors()).filter(e -> !(e instanceof RecentMapsPage)).count(),
                "no editor, not even an error editor");
    }

    @Test
    void aFileFromANewerVersionIsReportedAsSuch() throws IOException {
        Path file = dir.resolve("future.argmap");
        byte[] content = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<argmap:ArgumentMap xmlns:argmap=\"http://disputatio.org/argmap/99.0\" id=\"m\" title=\"t\"/>\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        String said = openExpectingError(file);
        assertTrue(said.matches("(?s).*Line \\d+, column \\d+: .*"), said);
        assertTrue(said.contains("map format 99.0, written by a newer version of Disputatio"), said);
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotAMapIsReportedAsSuch() throws IOException {
        Path file = dir.resolve("diagram.xmi");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<views:Diagram xmlns:views=\"http://disputatio.org/argmap/views/1.0\" id=\"d\"/>\n");
        String said = openExpectingError(file);
        assertTrue(said.contains("not a Disputatio map"), said);
    }
}
