// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.recovery;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.disputatio.core.MapCommands;
import org.disputatio.core.MapFiles;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.preferences.MapPreferences;
import org.disputatio.ui.WorkbenchTesting;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup of the previous version, as the preference asks, through the editor's Save. */
class SavingPreferencesTest {

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        MapPreferences.store().setToDefault(MapPreferences.KEEP_BACKUP);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        spin();
    }

    private static void saveAnEdit(MapEditor editor) {
        editor.getSession().execute(MapCommands.set(editor.getSession().getEditingDomain(),
                editor.getSession().getResource().getEObject("thesis"), ArgmapPackage.Literals.STATEMENT__LABEL, "Edited"));
        spin();
        editor.doSave(null);
        spin();
        assertFalse(editor.isDirty());
    }

    @Test
    void offByDefaultNoBackupIsWritten() throws Exception {
        assertFalse(MapPreferences.store().getBoolean(MapPreferences.KEEP_BACKUP), "off by default");
        Path file = WorkbenchTesting.saveExchange(dir.resolve("exchange.argmap"));
        saveAnEdit(WorkbenchTesting.open(file));
        assertFalse(Files.exists(MapFiles.backupOf(file)));
    }

    @Test
    void whenOnTheEditorsSaveKeepsThePreviousVersion() throws Exception {
        MapPreferences.store().setValue(MapPreferences.KEEP_BACKUP, true);
        Path file = WorkbenchTesting.saveExchange(dir.resolve("exchange.argmap"));
        byte[] previous = Files.readAllBytes(file);
        saveAnEdit(WorkbenchTesting.open(file));
        assertTrue(Files.exists(MapFiles.backupOf(file)));
        assertArrayEquals(previous, Files.readAllBytes(MapFiles.backupOf(file)));
        assertTrue(Files.readString(file).contains("Edited"));
    }
}
