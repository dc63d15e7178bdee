// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.disputatio.core.MapSession;
import org.disputatio.model.Statement;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.WorkbenchTesting;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys typed into the label field belong to the field. The keys go through the X server
 * ({@link Display#post}), as a keyboard's do, so that GTK, SWT's focus and the workbench's key
 * bindings all take part.
 */
class FieldKeysTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private Display display;

    @BeforeEach
    void page() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        display = Display.getCurrent();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        settle();
    }

    /** Opens a map in its window, which is made the one the keyboard types into, the pointer over its canvas. */
    private MapEditor open(String name) throws Exception {
        MapEditor editor = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve(name + ".argmap")));
        editor.getSite().getShell().forceActive();
        Control canvas = editor.getViewer().getControl();
        display.setCursorLocation(canvas.toDisplay(canvas.getSize().x / 2, canvas.getSize().y / 2));
        settle();
        return editor;
    }

    private static Statement thesis(MapEditor editor) {
        return (Statement) editor.getSession().getResource().getEObject("thesis");
    }

    /** Runs the event loop a while: posted events come back from the X server. */
    private void settle() {
        long end = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertTrue(display.post(event), "the X server takes the key");
    }

    /** Presses a key (a key code, or else a character) with the modifier keys held down. */
    private void press(int keyCode, char character, int... modifiers) {
        for (int modifier : modifiers) {
            post(SWT.KeyDown, modifier, '\0');
        }
        post(SWT.KeyDown, keyCode, character);
        post(SWT.KeyUp, keyCode, character);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            post(SWT.KeyUp, modifiers[i], '\0');
        }
        settle();
    }

    /** Types lower-case letters and spaces (posted keys carry no Shift). */
    private void type(String typed) {
        for (char c : typed.toCharArray()) {
            press(0, c);
        }
    }

    private void clickAt(Control control, int x, int y) {
        Point at = control.toDisplay(x, y);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        display.post(move);
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event click = new Event();
            click.type = type;
            click.button = 1;
            display.post(click);
        }
        settle();
    }

    /** The windows other than the workbench window that are showing: the list of editors, a dialog. */
    private List<Shell> otherWindows(Shell window) {
        return Arrays.stream(display.getShells()).filter(s -> s.isVisible() && s != window).toList();
    }

    /**
     * Ctrl+F6 as a hand presses it: Ctrl is let go once the list of editors shows, which chooses
     * the map. Should the list stay open, Enter chooses from it, and then it is closed, so that
     * the test cannot hang on it.
     */
    private void switchMapsWithCtrlF6(Shell window) {
        post(SWT.KeyDown, SWT.CTRL, '\0');
        post(SWT.KeyDown, SWT.F6, '\0');
        post(SWT.KeyUp, SWT.F6, '\0');
        display.timerExec(500, () -> post(SWT.KeyUp, SWT.CTRL, '\0'));
        settle();
        settle();
        long end = System.currentTimeMillis() + 3000;
        while (!otherWindows(window).isEmpty() && System.currentTimeMillis() < end) {
            settle();
        }
        if (!otherWindows(window).isEmpty()) {
            post(SWT.KeyDown, SWT.CR, '\0');
            post(SWT.KeyUp, SWT.CR, '\0');
            settle();
            otherWindows(window).forEach(Shell::close);
            settle();
        }
    }

    /** Opens the label field on the thesis, as F2 does. */
    private Text editThesis(MapEditor editor) {
        editor.getViewer().setSelection(new StructuredSelection(thesis(editor)), true);
        assertTrue(editor.getEditing().editSelectedLabel());
        settle();
        Text field = editor.getEditing().getLabelField();
        assertNotNull(field, "the label is being edited in place");
        return field;
    }

    @Test
    void selectAllCopyAndDeleteInTheFieldActOnItsText() throws Exception {
        MapEditor editor = open("exchange");
        Text field = editThesis(editor);
        String label = thesis(editor).getLabel();
        field.setSelection(2);

        press('a', 'a', SWT.CTRL);
        assertEquals(new Point(0, label.length()), field.getSelection(), "Ctrl+A selects the field's text");
        assertEquals(List.of(thesis(editor)), editor.getViewer().getSelectedElements(), "and not every statement");

        field.setSelection(0, 2);
        press('c', 'c', SWT.CTRL);
        Clipboard clipboard = new Clipboard(display);
        try {
            assertEquals(label.substring(0, 2), clipboard.getContents(TextTransfer.getInstance()), "Ctrl+C copies the selected text");
        } finally {
            clipboard.dispose();
        }
        press(SWT.DEL, '\u007F');
        assertEquals(label.substring(2), field.getText(), "Delete deletes the selected text");
        assertTrue(editor.getSession().getMap().getStatements().contains(thesis(editor)), "not the statement");

        press(SWT.ESC, '\u001B');
        assertNull(editor.getEditing().getLabelField(), "Escape closes the field");
        assertEquals(label, thesis(editor).getLabel(), "and keeps the label");
        assertEquals(List.of(thesis(editor)), editor.getViewer().getSelectedElements(), "the selection is as it was");

        // Once the field is closed, the keys are the map's again.
        press('a', 'a', SWT.CTRL);
        assertEquals(3, editor.getViewer().getSelectedElements().size(), "Ctrl+A on the map selects every statement");
    }

    @Test
    void afterSwitchingMapsWithCtrlF6TheFieldStillCommits() throws Exception {
        MapEditor first = open("first");
        MapEditor second = open("second");
        assertSame(second, page.getActiveEditor());
        switchMapsWithCtrlF6(first.getSite().getShell());
        assertSame(first, page.getActiveEditor(), "Ctrl+F6 went back to the first map");

        editThesis(first);
        type("nye");
        press(SWT.CR, '\0');
        assertNull(first.getEditing().getLabelField(), "Enter closed the field");
        assertEquals("nye", thesis(first).getLabel(), "and set the label, without a line break");

        editThesis(first);
        type("stray");
        press(SWT.ESC, '\0');
        assertNull(first.getEditing().getLabelField(), "Escape closed the field");
        assertEquals("nye", thesis(first).getLabel(), "and kept the label");

        editThesis(first);
        type("joseph nye");
        Control canvas = first.getViewer().getControl();
        clickAt(canvas, 10, ((org.eclipse.swt.widgets.Composite) canvas).getClientArea().height - 10);
        assertNull(first.getEditing().getLabelField(), "a click outside closed the field");
        assertEquals("joseph nye", thesis(first).getLabel(), "and set the label");

        first.doSave(null);
        MapSession saved = MapSession.open(dir.resolve("first.argmap"));
        try {
            assertEquals("joseph nye", ((Statement) saved.getResource().getEObject("thesis")).getLabel(), "no stray lines were saved");
        } finally {
            saved.dispose();
        }
    }

    @Test
    void ctrlF6TwiceGoesToTheOtherMapAndBack() throws Exception {
        MapEditor first = open("first");
        MapEditor second = open("second");
        Shell window = first.getSite().getShell();
        assertSame(second, page.getActiveEditor());

        switchMapsWithCtrlF6(window);
        assertSame(first, page.getActiveEditor(), "the first Ctrl+F6 went to the other map");
        assertEquals("first.argmap", first.getTitle());

        // The second press is the one that went nowhere: the list had closed and left the
        // keyboard on no window at all.
        switchMapsWithCtrlF6(window);
        assertSame(second, page.getActiveEditor(), "the second Ctrl+F6 came back");
        assertSame(window, display.getActiveShell(), "the list of editors gave the keyboard back to the window");
        switchMapsWithCtrlF6(window);
        assertSame(first, page.getActiveEditor(), "and a third goes over again");
    }

    @Test
    void afterFindStatementClosesTheKeysAreTheWindowsAgain() throws Exception {
        MapEditor first = open("first");
        open("second");
        Shell window = first.getSite().getShell();

        press('f', 'f', SWT.CTRL);
        assertEquals(1, otherWindows(window).size(), "Ctrl+F shows Find Statement");
        press(SWT.ESC, '\u001B');
        assertEquals(List.of(), otherWindows(window), "Escape closed it");

        switchMapsWithCtrlF6(window);
        assertSame(first, page.getActiveEditor(), "Ctrl+F6 after Find Statement went to the other map");
        // F2 is the canvas's own key, which the map in front gets (the label field, once open,
        // makes its window active itself: so the key, not the field, is what is checked here).
        first.getViewer().setSelection(new StructuredSelection(thesis(first)), true);
        press(SWT.F2, '\0');
        assertNotNull(first.getEditing().getLabelField(), "F2 edits the selected statement's label");
        press(SWT.ESC, '\u001B');
    }

    @Test
    void aWindowOpenedFromAnotherGivesTheKeyboardBackToIt() throws Exception {
        Shell window = open("first").getSite().getShell();
        Shell dialog = new Shell(window, SWT.DIALOG_TRIM);
        Shell question = new Shell(dialog, SWT.DIALOG_TRIM);
        try {
            dialog.setBounds(100, 100, 300, 200);
            dialog.open();
            dialog.forceActive();
            settle();
            question.setBounds(150, 150, 200, 100);
            question.open();
            question.forceActive();
            settle();
            assertSame(question, display.getActiveShell());
            question.dispose();
            settle();
            assertSame(dialog, display.getActiveShell(), "the dialog the question came from has the keyboard, not the window behind it");
            dialog.dispose();
            settle();
            assertSame(window, display.getActiveShell(), "and then the window");
        } finally {
            if (!dialog.isDisposed()) {
                dialog.dispose();
            }
        }
    }
}
