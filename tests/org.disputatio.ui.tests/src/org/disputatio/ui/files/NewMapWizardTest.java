// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import static org.disputatio.ui.Widgets.button;
import static org.disputatio.ui.Widgets.field;
import static org.disputatio.ui.Widgets.press;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.MapSession;
import org.disputatio.model.Source;
import org.disputatio.ui.Widgets;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorInput;
import org.disputatio.ui.preferences.MapPreferences;
import org.disputatio.views.LayoutDirection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > New Map, driven through the wizard's own fields and buttons. */
class NewMapWizardTest {

    @TempDir
    Path dir;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private NewMapWizard wizard;
    private WizardDialog dialog;
    private Shell shell;

    @BeforeEach
    void openWizard() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        wizard = new NewMapWizard(window);
        dialog = new WizardDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        shell = dialog.getShell();
        spin();
    }

    @AfterEach
    void close() {
        if (!shell.isDisposed()) {
            dialog.close();
        }
        page.closeAllEditors(false);
        MapPreferences.store().setToDefault(MapPreferences.LAYOUT_DIRECTION);
    }

    private void fill(String title, Path file, String authors, String year, String sourceTitle) {
        field(shell, "&Title of the map:").setText(title);
        field(shell, "&File:").setText(file.toString());
        field(shell, "&Authors (separated by ;):").setText(authors);
        field(shell, "&Year:").setText(year);
        field(shell, "Title of the &source:").setText(sourceTitle);
        spin();
    }

    @Test
    void finishCreatesTheMapWithItsTitleAndFirstSourceAndOpensIt() throws Exception {
        MapPreferences.store().setValue(MapPreferences.LAYOUT_DIRECTION, LayoutDirection.DOWN.getLiteral());
        Path file = dir.resolve("soft-power");
        fill("Soft power debate", file, "Nye, Joseph S.; Sun, Jisheng", "2008", "Public Diplomacy and Soft Power");
        press(button(shell, "Finish"));
        spin();

        assertTrue(shell.isDisposed(), "the wizard closes");
        Path created = dir.resolve("soft-power.argmap");
        MapSession saved = MapSession.open(created);
        assertEquals("Soft power debate", saved.getMap().getTitle());
        assertEquals(1, saved.getMap().getSources().size());
        Source source = saved.getMap().getSources().get(0);
        assertEquals("Public Diplomacy and Soft Power", source.getTitle());
        assertEquals(2008, source.getYear());
        assertEquals("Nye, Joseph S.; Sun, Jisheng", org.disputatio.model.edit.provider.AuthorNames.formatList(source.getAuthors()));
        assertEquals("Nye and Sun 2008", org.disputatio.model.edit.provider.Citations.shortCitation(source));

        MapEditor editor = (MapEditor) page.getActiveEditor();
        assertNotNull(editor);
        assertEquals(created, ((MapEditorInput) editor.getEditorInput()).getFile());
        assertEquals("Soft power debate", editor.getSession().getMap().getTitle());
        assertEquals(LayoutDirection.DOWN, editor.getSession().getDiagrams().get(0).getLayoutDirection(),
                "a new map is laid out in the preferred direction");
    }

    @Test
    void theSourceIsOptionalButNeedsATitleOnceBegun() throws Exception {
        Path file = dir.resolve("bare.argmap");
        fill("A bare map", file, "Nye", "", "");
        assertFalse(button(shell, "Finish").isEnabled());
        assertEquals("Give the source's title, or leave the source empty.", wizard.getPages()[0].getErrorMessage());

        field(shell, "&Authors (separated by ;):").setText("");
        spin();
        press(button(shell, "Finish"));
        spin();
        assertTrue(MapSession.open(file).getMap().getSources().isEmpty());
    }

    @Test
    void finishNeedsATitleAndAnExistingFolder() {
        fill("", dir.resolve("x.argmap"), "", "", "");
        assertFalse(button(shell, "Finish").isEnabled());
        fill("Title", dir.resolve("no-such-folder").resolve("x.argmap"), "", "", "");
        assertFalse(button(shell, "Finish").isEnabled());
        assertTrue(wizard.getPages()[0].getErrorMessage().contains("does not exist"));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
        Path file = dir.resolve("existing.argmap");
        byte[] before = "<not a map, but someone's file/>".getBytes(StandardCharsets.UTF_8);
        Files.write(file, before);
        fill("Replacement", file, "", "", "");
        boolean[] asked = new boolean[1];
        Widgets.whenShellOpens("Replace Map?", question -> {
            asked[0] = true;
            press(button(question, "No"));
        });
        press(button(shell, "Finish"));
        spin();
        assertTrue(asked[0], "the user is asked");
        assertFalse(shell.isDisposed(), "the wizard stays open to choose another file");
        assertArrayEquals(before, Files.readAllBytes(file));

        Widgets.whenShellOpens("Replace Map?", question -> press(button(question, "Yes")));
        press(button(shell, "Finish"));
        spin();
        assertEquals("Replacement", MapSession.open(file).getMap().getTitle());
    }
}
