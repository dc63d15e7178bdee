// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.schemes;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.schemes.CriticalQuestions;
import org.disputatio.core.schemes.SchemeCatalogue;
import org.disputatio.core.schemes.SchemeCommands;
import org.disputatio.model.Conflict;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.viewer.MapViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Critical Questions view: an inference's questions with their status, marked raised or answered (undoable), linked to who did it. */
class CriticalQuestionsViewTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor editor;
    private MapViewer viewer;
    private CriticalQuestionsView view;
    private Inference inference;
    private Conflict conflict;
    private Element rebuttal;
    private int all;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("exchange.argmap")));
        viewer = editor.getViewer();
        var session = editor.getSession();
        inference = session.getMap().getInferences().get(0);
        conflict = session.getMap().getConflicts().get(0);
        rebuttal = (Element) session.getResource().getEObject("rebuttal");
        assertTrue(session.execute(SchemeCommands.choose(session.getEditingDomain(), session.getMap(), inference,
                SchemeCatalogue.shipped().schemes().stream().filter(s -> s.name().equals("Argument from expert opinion")).findFirst()
                        .orElseThrow())));
        all = inference.getScheme().getCriticalQuestions().size();
        view = (CriticalQuestionsView) page.showView(CriticalQuestionsView.ID);
        page.activate(editor);
        spin();
    }

    @AfterEach
    void close() {
        page.hideView(view);
        page.closeAllEditors(false);
        spin();
    }

    @Test
    void theQuestionsOfTheSelectedInferenceAreListedAndMarkedAndLinked() {
        assertTrue(view.heading().startsWith("Select an inference"), view.heading());
        select(inference); // a one-premise inference: its line is selected
        assertSame(inference, view.inference());
        Table table = view.table();
        assertEquals(all, table.getItemCount(), "every question of the scheme");
        assertTrue(table.getItem(0).getText(0).startsWith("1. "), table.getItem(0).getText(0));
        for (int i = 0; i < all; i++) {
            assertEquals("open", table.getItem(i).getText(1));
        }
        assertTrue(view.heading().contains("Argument from expert opinion: " + all + " of " + all + " questions open"), view.heading());

        // Going on to select the conflict keeps the inference shown: the conflict raises its first question.
        select(conflict);
        assertSame(inference, view.inference(), "the inference stays while its raiser is selected");
        table.select(0);
        table.notifyListeners(SWT.Selection, new Event());
        assertFalse(button("Answered by the Selected Statement").isEnabled(), "a conflict answers nothing");
        press("Raised by the Selected Conflict");
        assertEquals(CriticalQuestions.Status.RAISED, CriticalQuestions.of(inference).get(0).status());
        assertSame(conflict, CriticalQuestions.of(inference).get(0).by());
        assertTrue(view.table().getItem(0).getText(1).startsWith("raised by \u201CNon-zero-sum talk reflects a Western"),
                view.table().getItem(0).getText(1));
        assertTrue(view.heading().contains((all - 1) + " of " + all + " questions open"), view.heading());

        // The rebuttal answers the second.
        select(rebuttal);
        view.table().select(1);
        view.table().notifyListeners(SWT.Selection, new Event());
        press("Answered by the Selected Statement");
        assertTrue(view.table().getItem(1).getText(1).startsWith("answered by \u201CNon-zero-sum talk reflects a Western"),
                view.table().getItem(1).getText(1));

        // A double-click on the first question selects its raiser on the canvas: the conflict's line.
        select();
        view.table().select(0);
        view.table().notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        assertEquals(List.of(conflict), viewer.getSelectedElements());

        // Each mark is one undoable step; Open Again is one too.
        view.table().select(0);
        view.table().notifyListeners(SWT.Selection, new Event());
        press("Open Again");
        assertEquals("open", view.table().getItem(0).getText(1));
        editor.getSession().getCommandStack().undo();
        spin();
        assertEquals(CriticalQuestions.Status.RAISED, CriticalQuestions.of(inference).get(0).status());
        editor.getSession().getCommandStack().undo();
        editor.getSession().getCommandStack().undo();
        spin();
        assertEquals(all, CriticalQuestions.open(inference));
        assertEquals("open", view.table().getItem(0).getText(1), "the view follows Undo");
    }

    private void select(Element... elements) {
        viewer.setSelection(new StructuredSelection(List.of(elements)), true);
        spin();
    }

    private Button button(String action) {
        return view.buttons().stream().filter(b -> action.equals(b.getData("action"))).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + action));
    }

    private void press(String action) {
        Button button = button(action);
        assertTrue(button.isEnabled(), action + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
        spin();
    }
}
