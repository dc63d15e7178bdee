// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.recovery;

import static org.disputatio.ui.Widgets.button;
import static org.disputatio.ui.Widgets.press;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.disputatio.core.MapCommands;
import org.disputatio.core.MapFiles;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Statement;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorInput;
import org.disputatio.ui.Widgets;
import org.disputatio.ui.WorkbenchTesting;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash recovery inside the workbench, the crash simulated: the editor's recovery copy is
 * taken as the killed process leaves it (the files in the state location), the editor goes,
 * the copy is put back and a new recovery store stands for the next start. The real SIGKILL
 * of a separate product process is {@code releng/crash-test.sh} (docs/safety.md).
 */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;

    @BeforeEach
    void setUp() throws IOException {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        clear();
    }

    @AfterEach
    void tearDown() throws IOException {
        page.closeAllEditors(false);
        spin();
        clear();
    }

    private static void clear() throws IOException {
        Path folder = Recovery.store().getFolder();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static void relabel(MapEditor editor, String id, String label) {
        editor.getSession().execute(MapCommands.set(editor.getSession().getEditingDomain(),
                editor.getSession().getResource().getEObject(id), ArgmapPackage.Literals.STATEMENT__LABEL, label));
    }

    /** The files in the recovery folder, by name, once the editor's copy holds {@code text}. */
    private static Map<String, byte[]> awaitCopyHolding(String text) throws Exception {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Map<String, byte[]> files = files();
            if (files.size() == 2 && files.entrySet().stream()
                    .anyMatch(e -> e.getKey().endsWith(".argmap") && new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8).contains(text))) {
                return files;
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no recovery copy holding '" + text + "' after 20 s: " + files().keySet());
    }

    private static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        Path folder = Recovery.store().getFolder();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                for (Path f : list.toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".tmp")) {
                        continue; // the job's half-written temporary file, moved into place next
                    }
                    try {
                        files.put(name, Files.readAllBytes(f));
                    } catch (java.nio.file.NoSuchFileException replacedMeanwhile) {
                        // the job replaced it between the listing and the read; the next look sees the new one
                    }
                }
            }
        }
        return files;
    }

    /** Edits a map, lets its copy be written, and "kills" the workbench: the copy stays, as after SIGKILL. */
    private byte[] editAndCrash(Path file) throws Exception {
        MapEditor editor = WorkbenchTesting.open(file);
        relabel(editor, "thesis", "Soft power is mutual");
        relabel(editor, "reason", "Attraction lowers conflict");
        editor.getSession().getCommandStack().undo();
        editor.getSession().getCommandStack().redo();
        Map<String, byte[]> left = awaitCopyHolding("Attraction lowers conflict");
        byte[] expected = MapFiles.serialize(editor.getSession().getResource());
        page.closeEditor(editor, false);
        spin();
        assertEquals(Map.of(), files(), "a clean close removes the copy");
        for (Map.Entry<String, byte[]> e : left.entrySet()) {
            Files.write(Recovery.store().getFolder().resolve(e.getKey()), e.getValue());
        }
        Recovery.startAgain();
        return expected;
    }

    @Test
    void afterACrashTheEditedMapIsOfferedAndRestoredDirtyAndSaveWritesItsFile() throws Exception {
        Path file = WorkbenchTesting.saveExchange(dir.resolve("exchange.argmap"));
        byte[] original = Files.readAllBytes(file);
        byte[] expected = editAndCrash(file);

        String[] offered = new String[1];
        Widgets.whenShellOpens(RestoreDialog.TITLE, dialog -> {
            Table table = Widgets.all(dialog, Table.class).get(0);
            TableItem row = table.getItem(0);
            offered[0] = table.getItemCount() + ": " + row.getText(0) + " | " + row.getText(2) + " | " + row.getChecked();
            press(button(dialog, "Restore"));
        });
        List<IEditorPart> restored = Recovery.offer(page);
        spin();
        assertEquals("1: " + file + " | 4 | true", offered[0], "the file, and four changes: two edits, an undo, a redo");
        assertEquals(1, restored.size());
        MapEditor editor = (MapEditor) restored.get(0);
        assertEquals(file, ((MapEditorInput) editor.getEditorInput()).getFile(), "saved to the user's file, not to the copy");
        assertTrue(editor.isDirty(), "restored maps open with their changes unsaved");
        assertArrayEquals(expected, MapFiles.serialize(editor.getSession().getResource()), "the model as it was edited");
        assertEquals("Attraction lowers conflict", ((Statement) editor.getSession().getResource().getEObject("reason")).getLabel());
        assertArrayEquals(original, Files.readAllBytes(file), "nothing written before the user saves");
        assertEquals(2, files().size(), "the copy stays until the restored map is saved");

        editor.doSave(null);
        spin();
        assertFalse(editor.isDirty());
        assertArrayEquals(expected, Files.readAllBytes(file));
        assertEquals(Map.of(), files(), "saved: no copy left");
        Recovery.startAgain();
        assertEquals(List.of(), Recovery.offer(page), "nothing to offer at the next start");
    }

    @Test
    void laterKeepsTheCopyForTheNextStartAndDiscardRemovesIt() throws Exception {
        Path file = WorkbenchTesting.saveExchange(dir.resolve("exchange.argmap"));
        byte[] original = Files.readAllBytes(file);
        editAndCrash(file);

        Widgets.whenShellOpens(RestoreDialog.TITLE, dialog -> press(button(dialog, "Later")));
        assertEquals(List.of(), Recovery.offer(page));
        spin();
        assertEquals(2, files().size(), "Later keeps the copy");
        assertEquals(0, page.getEditorReferences().length);

        Recovery.startAgain();
        Widgets.whenShellOpens(RestoreDialog.TITLE, dialog -> press(button(dialog, "Discard")));
        assertEquals(List.of(), Recovery.offer(page));
        spin();
        assertEquals(Map.of(), files(), "Discard removes it");
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    void aMapWithoutUnsavedChangesHasNoCopyAndSavingRemovesIt() throws Exception {
        Path file = WorkbenchTesting.saveExchange(dir.resolve("exchange.argmap"));
        MapEditor editor = WorkbenchTesting.open(file);
        relabel(editor, "thesis", "Soft power is mutual");
        awaitCopyHolding("Soft power is mutual");
        editor.doSave(null);
        spin();
        assertEquals(Map.of(), files(), "saved: the copy goes");
        relabel(editor, "thesis", "Soft power is mutual, again");
        awaitCopyHolding("Soft power is mutual, again");
        editor.getSession().getCommandStack().undo();
        spin();
        assertFalse(editor.isDirty());
        assertEquals(Map.of(), files(), "undone to the saved state: nothing to recover");
        assertNotNull(editor.getSession());
    }
}
