// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.disputatio.core.MapSession;
import org.disputatio.core.StepState;
import org.disputatio.model.Element;
import org.disputatio.model.Statement;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.present.AudienceWindow;
import org.disputatio.ui.present.PresentationView;
import org.disputatio.ui.present.Presenter;
import org.disputatio.views.Presentation;
import org.disputatio.views.Step;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lecture mode in the workbench: a presentation built in the Presentation view, then presented. */
class LectureModeTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        WorkbenchTesting.spin();
    }

    @Test
    void buildAPresentationAndPresentIt() throws Exception {
        MapEditor editor = WorkbenchTesting.open(WorkbenchTesting.saveExchange(folder.resolve("exchange.argmap")));
        MapSession session = editor.getSession();
        PresentationView view = (PresentationView) page().showView(PresentationView.ID);
        WorkbenchTesting.spin();
        Statement thesis = (Statement) session.getResource().getEObject("thesis");
        Statement reason = (Statement) session.getResource().getEObject("reason");
        Statement rebuttal = (Statement) session.getResource().getEObject("rebuttal");

        press(view, "New Presentation");
        Presentation presentation = view.presentation();
        assertNotNull(presentation, "a presentation of the open diagram");
        select(editor, thesis);
        press(view, "Reveal Selection");
        select(editor, reason);
        press(view, "Reveal Selection");
        select(editor, rebuttal);
        press(view, "Highlight Selection");
        assertEquals(3, presentation.getSteps().size());
        Step revealThesis = presentation.getSteps().get(0), revealReason = presentation.getSteps().get(1),
                stressRebuttal = presentation.getSteps().get(2);
        assertEquals(List.of(rebuttal), stressRebuttal.getHighlight());

        // Reorder by keys, undo, redo.
        view.stepList().select(2);
        key(view.stepList(), SWT.ARROW_UP, SWT.ALT, '\0');
        assertEquals(List.of(revealThesis, stressRebuttal, revealReason), presentation.getSteps());
        session.getCommandStack().undo();
        assertEquals(List.of(revealThesis, revealReason, stressRebuttal), presentation.getSteps());
        session.getCommandStack().redo();
        session.getCommandStack().undo();
        WorkbenchTesting.spin();

        // Edit the notes in place.
        view.stepList().select(0);
        view.stepList().notifyListeners(SWT.Selection, new Event());
        view.notesField().setText("Edney 2015, p. 14");
        view.notesField().notifyListeners(SWT.FocusOut, new Event());
        assertEquals("Edney 2015, p. 14", revealThesis.getSpeakerNotes());
        session.getCommandStack().undo();
        assertNull(revealThesis.getSpeakerNotes());
        session.getCommandStack().redo();
        view.titleField().setText("Nye's thesis");
        view.titleField().notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals("Nye's thesis", revealThesis.getTitle());
        WorkbenchTesting.spin();

        Presenter presenter = view.rehearse(0);
        WorkbenchTesting.spin();
        AudienceWindow audience = presenter.audience();
        assertTrue(audience.shell().isVisible());
        assertEquals(Set.of(thesis), shown(audience));
        assertEquals(StepState.at(presentation, 0).camera(), audience.camera());
        assertEquals("Step 1 of 3: Nye's thesis", presenter.console().currentText());
        assertEquals("Edney 2015, p. 14", presenter.console().notesText());
        assertTrue(presenter.console().nextText().startsWith("Next: Reveal 1"), presenter.console().nextText());
        assertTrue(audience.labelPixels() >= AudienceWindow.LEAST_TEXT - 1e-9, "readable from the back");

        key(audience.canvas(), SWT.ARROW_RIGHT, 0, '\0');
        assertEquals(1, audience.step());
        assertEquals(Set.of(thesis, reason), shown(audience));
        assertEquals("Step 2 of 3: Reveal 1", presenter.console().currentText());
        key(audience.canvas(), ' ', 0, ' ');
        assertEquals(2, audience.step());
        assertEquals(Set.of(thesis, reason, rebuttal), shown(audience));
        assertEquals(Set.of(rebuttal), audience.scene().highlighted().stream().map(n -> n.shape().getElement()).collect(Collectors.toSet()));
        assertEquals("Next: the end", presenter.console().nextText());
        key(audience.canvas(), SWT.ARROW_LEFT, 0, '\0');
        assertEquals(1, audience.step());
        key(audience.canvas(), SWT.HOME, 0, '\0');
        assertEquals(0, audience.step());
        key(audience.canvas(), '3', 0, '3');
        key(audience.canvas(), SWT.CR, 0, '\r');
        assertEquals(2, audience.step(), "a number and Enter jump");
        key(audience.canvas(), 'b', 0, 'b');
        assertEquals(AudienceWindow.Cover.BLACK, audience.cover());
        key(audience.canvas(), 'b', 0, 'b');
        assertEquals(AudienceWindow.Cover.NONE, audience.cover());

        key(audience.canvas(), SWT.ESC, 0, (char) 27);
        WorkbenchTesting.spin();
        assertTrue(audience.shell().isDisposed(), "Escape leaves");
        assertTrue(presenter.console().shell().isDisposed(), "with the console");
    }

    private static Set<Element> shown(AudienceWindow audience) {
        return audience.scene().scene().nodes().stream().map(n -> n.shape().getElement()).filter(Statement.class::isInstance)
                .collect(Collectors.toSet());
    }

    private static void select(MapEditor editor, Statement statement) {
        editor.getViewer().setSelection(new StructuredSelection(statement), true);
        WorkbenchTesting.spin();
    }

    private static void key(Control control, int keyCode, int stateMask, char character) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.stateMask = stateMask;
        event.character = character;
        control.notifyListeners(SWT.KeyDown, event);
        WorkbenchTesting.spin();
    }

    private static void press(PresentationView view, String action) {
        Button button = find((Composite) view.stepList().getParent(), action);
        assertNotNull(button, action);
        button.notifyListeners(SWT.Selection, new Event());
        WorkbenchTesting.spin();
    }

    private static Button find(Composite parent, String action) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && action.equals(b.getData("action"))) {
                return b;
            }
            if (child instanceof Composite c) {
                Button found = find(c, action);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
