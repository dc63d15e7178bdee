// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.disputatio.core.MapSession;
import org.disputatio.core.PresentationCommands;
import org.disputatio.core.PresentationCommands.Gesture;
import org.disputatio.core.evaluation.Label;
import org.disputatio.model.Element;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.views.Presentation;
import org.disputatio.views.Step;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step made to show the evaluation in the Presentation view, with the editor's what-if, and the audience window showing it. */
class EvaluatedStepTest {

    private static final String WHAT_IF = "What if \u201cNon-zero-sum talk reflects a Western political system\u201d is rejected?"
            + " (grounded semantics)";

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
    void aStepShowsTheEvaluationWithTheEditorsWhatIf() throws Exception {
        MapEditor editor = WorkbenchTesting.open(WorkbenchTesting.saveExchange(folder.resolve("exchange.argmap")));
        MapSession session = editor.getSession();
        var domain = session.getEditingDomain();
        Element thesis = (Element) session.getResource().getEObject("thesis");
        Element rebuttal = (Element) session.getResource().getEObject("rebuttal");
        session.execute(PresentationCommands.newPresentation(domain, session.getDiagrams().get(0), "Whom for?"));
        Presentation presentation = session.getPresentations().get(0);
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "The exchange", Gesture.REVEAL,
                session.getMap().getStatements()));
        session.execute(PresentationCommands.addStep(domain, presentation, -1, "What if", Gesture.HIGHLIGHT, List.of(thesis)));
        PresentationView view = (PresentationView) page().showView(PresentationView.ID);
        WorkbenchTesting.spin();
        Step whatIfStep = presentation.getSteps().get(1);

        view.stepList().select(1);
        view.stepList().notifyListeners(SWT.Selection, new Event());
        assertFalse(view.evaluateButton().getSelection());
        assertEquals("", view.whatIfText());
        view.evaluateButton().setSelection(true);
        view.evaluateButton().notifyListeners(SWT.Selection, new Event());
        WorkbenchTesting.spin();
        assertTrue(whatIfStep.isEvaluate(), "checked in the view");
        assertEquals("The map as it stands (grounded semantics)", view.whatIfText());
        session.getCommandStack().undo();
        WorkbenchTesting.spin();
        assertFalse(whatIfStep.isEvaluate());
        assertFalse(view.evaluateButton().getSelection(), "the view follows Undo");

        // The editor's What If, from the canvas's context menu, becomes the step's own.
        page().activate(editor);
        editor.getViewer().setSelection(new StructuredSelection(rebuttal), true);
        WorkbenchTesting.spin();
        contextMenu(editor, "What If", "Assume Rejected");
        assertEquals(Label.ACCEPTED, editor.getViewer().getEvaluation().label(thesis));
        press(view, "Use the Editor's What-If");
        assertTrue(whatIfStep.isEvaluate());
        assertEquals(List.of(rebuttal), whatIfStep.getAssumeRejected());
        assertTrue(view.evaluateButton().getSelection());
        assertEquals(WHAT_IF, view.whatIfText());
        assertTrue(editor.isDirty(), "unlike the editor's what-if, the step's is part of the map's file");

        Presenter presenter = view.rehearse(0);
        WorkbenchTesting.spin();
        AudienceWindow audience = presenter.audience();
        try {
            int plain = darkPixelsAlongTheBottom(audience);
            assertNull(audience.scene().evaluation(), "the first step shows no evaluation");
            assertNull(audience.whatIfPainted());
            audience.go(1);
            WorkbenchTesting.spin();
            int evaluated = darkPixelsAlongTheBottom(audience);
            assertEquals(Label.ACCEPTED, audience.scene().evaluation().label(thesis), "the step's what-if: the thesis stands");
            assertEquals(Label.REJECTED, audience.scene().evaluation().label(rebuttal));
            assertEquals(WHAT_IF, audience.whatIfPainted(), "the hall reads what the labels assume");
            assertTrue(evaluated > plain + 50, "the what-if is written along the bottom: " + plain + " dark pixels before, " + evaluated);
        } finally {
            audience.shell().close();
            WorkbenchTesting.spin();
        }
        session.getCommandStack().undo();
        WorkbenchTesting.spin();
        assertTrue(whatIfStep.getAssumeRejected().isEmpty() && !whatIfStep.isEvaluate(), "one undo takes the what-if back");
    }

    /** Paints the audience window as it is now and counts the dark pixels of its bottom 50 rows, where the what-if goes. */
    private static int darkPixelsAlongTheBottom(AudienceWindow audience) {
        var client = audience.canvas().getClientArea();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(audience.canvas().getDisplay(), client.width, client.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        try {
            audience.canvas().print(gc);
            org.eclipse.swt.graphics.ImageData data = image.getImageData();
            int dark = 0;
            for (int y = Math.max(0, client.height - 50); y < client.height; y++) {
                for (int x = 0; x < client.width; x++) {
                    org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    if (rgb.red + rgb.green + rgb.blue < 300) {
                        dark++;
                    }
                }
            }
            return dark;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void press(PresentationView view, String action) {
        Button button = Arrays.stream(view.stepList().getParent().getChildren()).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> action.equals(b.getData("action"))).findFirst().orElseThrow(() -> new AssertionError("no button " + action));
        assertTrue(button.isEnabled(), action + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
        WorkbenchTesting.spin();
    }

    private static void contextMenu(MapEditor editor, String... path) {
        Menu menu = editor.getViewer().getControl().getMenu();
        MenuItem item = null;
        for (String wanted : path) {
            menu.notifyListeners(SWT.Show, new Event());
            item = Arrays.stream(menu.getItems()).filter(m -> wanted.equals(m.getText().replace("&", "").split("\t")[0]))
                    .findFirst().orElseThrow(() -> new AssertionError("no menu item " + wanted));
            menu = item.getMenu();
        }
        assertTrue(item.isEnabled());
        item.notifyListeners(SWT.Selection, new Event());
        WorkbenchTesting.spin();
    }
}
