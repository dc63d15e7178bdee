// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.recovery;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.MapCommands;
import org.disputatio.core.MapSession;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Statement;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.Widgets;
import org.disputatio.ui.WorkbenchTesting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map's file changed or deleted by another program while it is open. The checks run as the
 * workbench runs them, when the editor is activated (here by activating another editor and
 * then this one) and on Save; the questions are the real dialogs, answered by pressing their
 * buttons ({@link Widgets#answerDialog}).
 */
class ChangedOnDiskTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor other;
    /** The map each test opens, and another program changes or deletes. */
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        other = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("other.argmap")));
        file = WorkbenchTesting.saveExchange(dir.resolve("exchange.argmap"));
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
        spin();
    }

    private static void relabel(MapEditor editor, String id, String label) {
        editor.getSession().execute(MapCommands.set(editor.getSession().getEditingDomain(),
                editor.getSession().getResource().getEObject(id), ArgmapPackage.Literals.STATEMENT__LABEL, label));
        spin();
    }

    private static String label(MapEditor editor, String id) {
        return ((Statement) editor.getSession().getResource().getEObject(id)).getLabel();
    }

    private static String labelOnDisk(Path file, String id) throws Exception {
        MapSession read = MapSession.open(file);
        try {
            return ((Statement) read.getResource().getEObject(id)).getLabel();
        } finally {
            read.dispose();
        }
    }

    /** What another program does: reads the file, changes a label, writes it. */
    private static void changeOnDisk(Path file, String id, String label) throws IOException {
        MapSession theirs = MapSession.open(file);
        theirs.execute(MapCommands.set(theirs.getEditingDomain(), theirs.getResource().getEObject(id),
                ArgmapPackage.Literals.STATEMENT__LABEL, label));
        theirs.save();
        theirs.dispose();
    }

    private void activate(MapEditor editor) {
        page.activate(other);
        spin();
        page.activate(editor);
        spin();
    }

    /** Activates the editor with the question of that title answered so; what the question said. */
    private List<String> activateAnswering(MapEditor editor, String title, String answer) {
        List<String> said = Widgets.answerDialog(title, answer);
        activate(editor);
        return said;
    }

    /** The map open with a change of mine (the reason's label), while another program changes the thesis on disk. */
    private MapEditor mineAndTheirs() throws Exception {
        MapEditor editor = WorkbenchTesting.open(file);
        relabel(editor, "reason", "Mine");
        changeOnDisk(file, "thesis", "Theirs");
        return editor;
    }

    @Test
    void anEditorWithoutChangesReloadsQuietlyKeepingItsZoomAndSelection() throws Exception {
        MapEditor editor = WorkbenchTesting.open(file);
        editor.getViewer().setZoom(1.5);
        editor.getViewer().setSelection(new StructuredSelection(editor.getSession().getResource().getEObject("reason")), true);
        spin();
        var topLeft = editor.getViewer().toDiagram(0, 0);
        MapSession before = editor.getSession();

        changeOnDisk(file, "thesis", "Pulled from the repository");
        activate(editor);

        assertNotSame(before, editor.getSession(), "read again");
        assertEquals("Pulled from the repository", label(editor, "thesis"));
        assertFalse(editor.isDirty());
        assertEquals(1.5, editor.getViewer().getZoom(), 1e-9);
        var now = editor.getViewer().toDiagram(0, 0);
        assertEquals(topLeft.x(), now.x(), 1.0, "the same place in view");
        assertEquals(topLeft.y(), now.y(), 1.0);
        assertEquals(List.of("reason"), editor.getViewer().getSelectedElements().stream().map(EcoreUtil::getID).toList(),
                "the selection kept by identifier, on the new map's objects");
        assertTrue(editor.getViewer().getSelectedElements().get(0).eResource() == editor.getSession().getResource());
    }

    @Test
    void unsavedChangesAskAndKeepMineOverwritesTheirs() throws Exception {
        MapEditor editor = mineAndTheirs();

        List<String> said = activateAnswering(editor, ChangedOnDisk.CHANGED_TITLE, ChangedOnDisk.OVERWRITE);
        assertTrue(String.join("\n", said).contains(file.toString()), "the dialog names the file: " + said);
        assertFalse(editor.isDirty());
        assertEquals("Mine", labelOnDisk(file, "reason"));
        assertEquals("US and Chinese soft power can be mutually reinforcing", labelOnDisk(file, "thesis"), "overwritten by mine");
    }

    @Test
    void unsavedChangesAskAndReloadShowsTheirs() throws Exception {
        MapEditor editor = mineAndTheirs();

        List<String> said = activateAnswering(editor, ChangedOnDisk.CHANGED_TITLE, ChangedOnDisk.RELOAD);
        assertFalse(said.isEmpty(), "asked");
        assertFalse(editor.isDirty());
        assertEquals("Theirs", label(editor, "thesis"));
        assertEquals("Mutual attraction reduces the potential for conflict", label(editor, "reason"), "mine dropped, as chosen");
    }

    @Test
    void decideLaterAsksOnceAndSaveAsksAgainWithoutOverwriting() throws Exception {
        MapEditor editor = mineAndTheirs();

        List<String> first = activateAnswering(editor, ChangedOnDisk.CHANGED_TITLE, ChangedOnDisk.LATER);
        assertFalse(first.isEmpty());
        List<String> again = activateAnswering(editor, ChangedOnDisk.CHANGED_TITLE, ChangedOnDisk.LATER);
        assertTrue(again.isEmpty(), "the same version is not asked about on every activation");
        page.activate(editor);
        spin();
        // The pending answerer from above takes the dialog Save opens.
        editor.doSave(null);
        spin();
        assertFalse(again.isEmpty(), "Save asks before it would overwrite");
        assertTrue(editor.isDirty());
        assertEquals("Theirs", labelOnDisk(file, "thesis"), "their version untouched");
        assertEquals("Mutual attraction reduces the potential for conflict", labelOnDisk(file, "reason"));
    }

    @Test
    void aFileDeletedUnderneathLeavesTheEditorDirtyAndSaveWritesItAgain() throws Exception {
        MapEditor editor = WorkbenchTesting.open(file);
        assertFalse(editor.isDirty());
        Files.delete(file);

        List<String> said = activateAnswering(editor, ChangedOnDisk.DELETED_TITLE, ChangedOnDisk.LATER);
        assertTrue(String.join("\n", said).contains("deleted"), "told: " + said);
        assertTrue(editor.isDirty(), "the map is now unsaved");
        assertFalse(Files.exists(file));

        editor.doSave(null);
        spin();
        assertTrue(Files.exists(file), "written again");
        assertFalse(editor.isDirty());
        assertEquals("US and Chinese soft power can be mutually reinforcing", labelOnDisk(file, "thesis"));
    }

    @Test
    void aDeletedFileCanBeSavedAgainFromTheQuestion() throws Exception {
        MapEditor editor = WorkbenchTesting.open(file);
        relabel(editor, "reason", "Mine");
        Files.delete(file);

        activateAnswering(editor, ChangedOnDisk.DELETED_TITLE, ChangedOnDisk.SAVE_AGAIN);
        assertFalse(editor.isDirty());
        assertEquals("Mine", labelOnDisk(file, "reason"));
    }
}
