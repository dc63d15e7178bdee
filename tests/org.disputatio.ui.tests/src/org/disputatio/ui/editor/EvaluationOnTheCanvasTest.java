// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.disputatio.core.MapCommands;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.core.evaluation.Label;
import org.disputatio.model.Element;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.viewer.MapViewer;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation overlay of the canvas: its key, labels that follow edits, and a what-if that leaves the map alone. */
class EvaluationOnTheCanvasTest {

    @TempDir
    Path dir;

    private MapEditor editor;
    private MapViewer viewer;
    private Canvas canvas;
    private Element thesis;
    private Element rebuttal;

    @BeforeEach
    void open() throws Exception {
        editor = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("exchange.argmap")));
        viewer = editor.getViewer();
        canvas = (Canvas) viewer.getControl();
        thesis = (Element) editor.getSession().getResource().getEObject("thesis");
        rebuttal = (Element) editor.getSession().getResource().getEObject("rebuttal");
    }

    @AfterEach
    void close() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        spin();
    }

    /** Runs what the key is bound to in the map editor, as the workbench does for a key press. */
    private void press(char key) throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(String.valueOf(Character.toUpperCase(key))));
        assertNotNull(binding, "nothing bound to " + key);
        editor.getSite().getService(IHandlerService.class).executeCommand(binding.getParameterizedCommand(), null);
        spin();
    }

    @Test
    void theKeyTogglesTheEvaluationAndItsLabelsFollowEdits() throws Exception {
        assertNull(viewer.getEvaluation());
        press('v');
        assertEquals(Label.REJECTED, viewer.getEvaluation().label(thesis));
        assertEquals(Label.ACCEPTED, viewer.getEvaluation().label(rebuttal));

        var session = editor.getSession();
        session.execute(MapCommands.delete(session.getEditingDomain(), List.of(rebuttal)));
        spin();
        assertEquals(Label.ACCEPTED, viewer.getEvaluation().label(thesis), "without the rebuttal the thesis stands");
        session.getCommandStack().undo();
        spin();
        assertEquals(Label.REJECTED, viewer.getEvaluation().label(thesis), "undo brings the defeat back");

        press('v');
        assertNull(viewer.getEvaluation());
    }

    @Test
    void aWhatIfFlipsTheLabelsWithoutChangingTheMap() {
        viewer.setEvaluation(EvaluationOptions.grounded().assuming(Map.of(rebuttal, Label.REJECTED)));
        spin();
        assertEquals(Label.ACCEPTED, viewer.getEvaluation().label(thesis));
        assertEquals(Label.REJECTED, viewer.getEvaluation().label(rebuttal));
        assertFalse(editor.isDirty(), "a what-if is not an edit");
        canvas.redraw();
        canvas.update(); // paints the marks through the shared painter without failing
    }
}
