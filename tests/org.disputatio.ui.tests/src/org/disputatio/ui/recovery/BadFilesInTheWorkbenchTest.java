// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.recovery;

import static org.disputatio.ui.Widgets.button;
import static org.disputatio.ui.Widgets.press;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.disputatio.testing.XmiDialect;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.files.MapFileOpener;
import org.disputatio.ui.Widgets;
import org.disputatio.ui.WorkbenchTesting;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases of the hostile-input harness ({@code org.disputatio.testing}, spelt by its
 * {@link XmiDialect}) opened the way File &gt; Open File, drag and drop and the command line
 * open maps: one dialog naming the file, with line and column where the trouble has a place,
 * no stack trace, nothing written, no broken editor, and the map that was in front stays there.
 */
class BadFilesInTheWorkbenchTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor working;

    @BeforeEach
    void setUp() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        working = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("working.argmap")));
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        spin();
    }

    /** Opens the file, answers the error dialog, and returns what it said. */
    private String open(Path file) throws Exception {
        List<String> before = listing();
        String[] said = new String[1];
        Widgets.whenShellOpens(MapFileOpener.ERROR_TITLE, dialog -> {
            said[0] = Widgets.labels(dialog);
            press(button(dialog, "OK"));
        });
        assertNull(MapFileOpener.open(page, file));
        spin();
        assertNotNull(said[0], "no dialog for " + file);
        assertFalse(said[0].contains("Exception") || said[0].contains("\tat ") || said[0].contains(".java:"), "a stack trace: " + said[0]);
        assertTrue(said[0].contains(file.toString()), "the file is named: " + said[0]);
        assertTrue(said[0].contains("Nothing has been written to the file."), said[0]);
        assertEquals(1, page.getEditorReferences().length, "no editor for it, not even an error editor");
        assertSame(working, page.getActiveEditor(), "the map the user was working on stays in front");
        assertEquals(before, listing(), "nothing written in the folder");
        return said[0];
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(f -> f + ":" + (Files.isRegularFile(f) ? f.toFile().length() : -1)).sorted().toList();
        }
    }

    @Test
    void anIdentifierUsedTwiceIsReportedWithItsLineAndColumn() throws Exception {
        Path file = dir.resolve("twice.argmap");
        byte[] content = new XmiDialect().duplicateIdentifier().getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        String said = open(file);
        assertTrue(said.matches("(?s).*Line \\d+, column \\d+: .*used twice.*"), said);
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void entityDeclarationsAreRefusedWithoutReadingTheFileTheyName() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not for the map");
        Path file = dir.resolve("entities.argmap");
        byte[] content = new XmiDialect().entityDeclarations(secret.toString()).getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        String said = open(file);
        assertTrue(said.matches("(?s).*Line \\d+, column \\d+: .*DOCTYPE.*"), said);
        assertFalse(said.contains("not for the map"));
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void aFifoIsRefusedAtOnceRatherThanBlockingTheWorkbench() throws Exception {
        Path file = dir.resolve("pipe.argmap");
        assertEquals(0, new ProcessBuilder("mkfifo", file.toString()).start().waitFor());
        String said = open(file);
        assertTrue(said.contains("not a regular file"), said);
    }
}
