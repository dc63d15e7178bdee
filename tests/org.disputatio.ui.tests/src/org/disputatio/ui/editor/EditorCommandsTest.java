// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.disputatio.model.StatementKind;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.viewer.MapViewer;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map editor's actions are Eclipse commands with keys that the Keys preference page can rebind. */
class EditorCommandsTest {

    @TempDir
    Path dir;

    private MapEditor editor;
    private MapViewer viewer;
    private IBindingService bindings;

    @BeforeEach
    void open() throws Exception {
        editor = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("commands.argmap")));
        viewer = editor.getViewer();
        bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        spin();
    }

    @AfterEach
    void close() {
        editor.getSite().getPage().closeAllEditors(false);
    }

    /** Runs whatever command the key sequence is bound to, as the workbench's keyboard does. */
    private String press(String keys) throws Exception {
        Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(keys));
        assertNotNull(binding, "nothing bound to " + keys);
        editor.getSite().getService(IHandlerService.class).executeCommand(binding.getParameterizedCommand(), null);
        spin();
        return binding.getParameterizedCommand().getId();
    }

    @Test
    void theEditorsKeysAreBindingsOfItsCommands() {
        for (String[] command : new String[][] { { "newClaim", "C" }, { "newEvidence", "E" }, { "newRebuttal", "R" }, { "support", "S" },
                { "attack", "A" }, { "layOut", "L" }, { "showKey", "K" }, { "showEvaluation", "V" }, { "zoomToFit", "F" }, { "actualSize", "0" } }) {
            assertEquals(command[1], bindings.getBestActiveBindingFormattedFor(MapEditorActions.COMMANDS + command[0]), command[0]);
        }
    }

    @Test
    void aKeyRunsItsCommandThroughItsBinding() throws Exception {
        assertFalse(viewer.isLegendVisible());
        assertEquals("org.disputatio.ui.showKey", press("K"));
        assertTrue(viewer.isLegendVisible(), "K shows the key");

        viewer.setZoom(0.5);
        press("0");
        assertEquals(1, viewer.getZoom(), 1e-9);

        double x = viewer.nodeOf(editor.getSession().getResource().getEObject("thesis")).x();
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(editor.getSession().getResource().getEObject("thesis")));
        viewer.moveSelection(300, 0);
        assertEquals(x + 300, viewer.nodeOf(editor.getSession().getResource().getEObject("thesis")).x(), 1e-6);
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection());
        press("L");
        WorkbenchTesting.awaitJobs(LayoutJob.FAMILY);
        assertEquals("Layout", editor.getSession().getCommandStack().getUndoCommand().getLabel(), "L lays the diagram out again");
    }

    @Test
    void theContextMenuShowsTheKeys() {
        Menu menu = viewer.getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        spin();
        MenuItem showKey = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith("Show Key")).findFirst()
                .orElseThrow(() -> new AssertionError("no Show Key among " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
        assertTrue(showKey.getText().endsWith("\tK"), showKey.getText());
        menu.notifyListeners(SWT.Hide, new Event());
    }

    @Test
    void whileALabelIsTypedLettersAreText() {
        assertNotNull(bindings.getPerfectMatch(KeySequence.getInstance(new org.eclipse.jface.bindings.keys.KeyStroke[] {
                org.eclipse.jface.bindings.keys.KeyStroke.getInstance(0, 'C') })));
        editor.getEditing().addStatementAtCentre(StatementKind.CLAIM);
        spin();
        assertNull(bindings.getPerfectMatch(KeySequence.getInstance(new org.eclipse.jface.bindings.keys.KeyStroke[] {
                org.eclipse.jface.bindings.keys.KeyStroke.getInstance(0, 'C') })), "C types a letter in the label field");
    }
}
