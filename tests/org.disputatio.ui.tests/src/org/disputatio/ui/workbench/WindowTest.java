// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.workbench;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Statement;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorInput;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.files.MapHandover;
import org.disputatio.ui.files.WindowPlacement;
import org.disputatio.ui.files.WorkbenchHandover;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window: its title names the map in front, it fills the screen, and a second start hands its files over. */
class WindowTest {

    @TempDir
    Path dir;

    private final Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        spin();
    }

    @Test
    void theTitleNamesTheMapInFrontAndMarksUnsavedChanges() throws Exception {
        MapEditor first = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("first.argmap")));
        assertEquals("first.argmap \u2013 Nye and Sun and Wang \u2013 Disputatio", shell.getText());
        Statement thesis = (Statement) first.getSession().getResource().getEObject("thesis");
        first.getSession().execute(SetCommand.create(first.getSession().getEditingDomain(), thesis,
                ArgmapPackage.Literals.STATEMENT__LABEL, "Soft power can be mutually reinforcing"));
        spin();
        assertEquals("*first.argmap \u2013 Nye and Sun and Wang \u2013 Disputatio", shell.getText(), "unsaved");

        WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("second.argmap")));
        assertTrue(shell.getText().startsWith("second.argmap"), shell.getText());
        page.activate(first);
        spin();
        assertTrue(shell.getText().startsWith("*first.argmap"), shell.getText());
        first.doSave(null);
        spin();
        assertTrue(shell.getText().startsWith("first.argmap"), "saved: " + shell.getText());

        page.closeAllEditors(false);
        spin();
        assertEquals("Disputatio", shell.getText(), "no map open");
    }

    @Test
    void theWindowFillsTheScreen() throws Exception {
        shell.setMaximized(false);
        shell.setBounds(50, 50, 800, 600);
        // The X server answers a new size later; the next one must not cross it.
        WorkbenchTesting.spinUntil(() -> shell.getBounds().width == 800, 2000);
        WindowPlacement.fillScreen(shell);
        Rectangle screen = shell.getMonitor().getClientArea();
        WorkbenchTesting.spinUntil(() -> shell.getBounds().width >= screen.width - 2 && shell.getBounds().height >= screen.height - 2, 2000);
        Rectangle bounds = shell.getBounds();
        assertTrue(bounds.width >= screen.width - 2 && bounds.height >= screen.height - 2,
                "the window " + bounds + " fills the screen " + screen);
        assertFalse(shell.getMaximized(), "no window manager is asked to maximise it (on Xvfb nobody answers, and widgets shown later stay blank)");
    }

    @Test
    void aSecondStartHandsItsFileToTheRunningWorkbenchAndBringsItToTheFront() throws Exception {
        Path map = WorkbenchTesting.saveExchange(dir.resolve("handed.argmap"));
        Path channel = WorkbenchHandover.channel();
        assertNotNull(channel, "the workbench has a workspace");
        assertTrue(Files.exists(channel), "the running workbench listens: " + channel);
        shell.setMinimized(true);
        spin();
        // What a second start does before it would open a window of its own.
        assertTrue(MapHandover.handOver(channel, List.of(map)), "the running workbench took the file");
        for (int i = 0; i < 40 && page.findEditor(new MapEditorInput(map)) == null; i++) {
            Thread.sleep(50);
            spin();
        }
        assertNotNull(page.findEditor(new MapEditorInput(map)), "the file is open in the running workbench");
        assertFalse(shell.getMinimized(), "its window came to the front");
        assertTrue(page.getActiveEditor() instanceof MapEditor editor && editor.getEditorInput().getName().equals("handed.argmap"));
    }

    @Test
    void aChannelNobodyListensOnIsNotTakenForAWorkbench() throws Exception {
        Path stale = dir.resolve(".metadata").resolve(MapHandover.FILE);
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "1 0123456789abcdef\n");
        assertFalse(MapHandover.handOver(stale, List.of(dir.resolve("any.argmap"))), "a workbench that died answers nothing");
        assertFalse(MapHandover.handOver(dir.resolve("missing"), List.of()), "no channel, no workbench");
    }
}
