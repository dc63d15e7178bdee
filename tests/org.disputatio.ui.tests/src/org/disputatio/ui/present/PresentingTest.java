// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.disputatio.core.MapSession;
import org.disputatio.core.PresentationCommands;
import org.disputatio.core.PresentationCommands.Gesture;
import org.disputatio.core.StepState;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.render.Scene;
import org.disputatio.render.StepScene;
import org.disputatio.render.VisualStyle;
import org.disputatio.testing.swt.ScreenPixels;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.Presentation;
import org.disputatio.views.geometry.Box;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Presenting from the workbench: the selected step previewed on the editor's canvas, F5 and
 * Shift+F5 pressed as keys, the console's picture of the next step, and the audience window's
 * transitions, projector colours, wheel zoom and statement overlay.
 */
class PresentingTest {

    @TempDir
    Path folder;

    private MapEditor editor;
    private MapSession session;
    private PresentationView view;
    private Presentation lecture;
    private Statement thesis, reason, rebuttal;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @BeforeEach
    void lecture() throws Exception {
        editor = WorkbenchTesting.open(WorkbenchTesting.saveExchange(folder.resolve("exchange.argmap")));
        session = editor.getSession();
        view = (PresentationView) page().showView(PresentationView.ID);
        thesis = (Statement) session.getResource().getEObject("thesis");
        reason = (Statement) session.getResource().getEObject("reason");
        rebuttal = (Statement) session.getResource().getEObject("rebuttal");
        var domain = session.getEditingDomain();
        session.execute(PresentationCommands.newPresentation(domain, editor.getViewer().getDiagram(), "Exchange"));
        lecture = session.getPresentations().get(0);
        session.execute(PresentationCommands.addStep(domain, lecture, -1, "Nye", Gesture.REVEAL, List.of(thesis)));
        session.execute(PresentationCommands.addStep(domain, lecture, -1, "Why", Gesture.REVEAL, List.of(reason)));
        session.execute(PresentationCommands.addStep(domain, lecture, -1, "Sun and Wang", Gesture.HIGHLIGHT, List.of(rebuttal)));
        WorkbenchTesting.spin();
    }

    @AfterEach
    void close() {
        if (Presenter.running() != null) {
            Presenter.running().audience().shell().close();
        }
        page().hideView(view);
        page().closeAllEditors(false);
        WorkbenchTesting.spin();
    }

    @Test
    void theSelectedStepIsPreviewedOnTheEditorsCanvas() {
        MapViewer viewer = editor.getViewer();
        VisualStyle style = viewer.getSettings().style();
        selectStep(0);
        assertTrue(viewer.isPreviewingStep());
        assertEquals(style.statement(StatementKind.REBUTTAL).faded(style.background()), viewer.nodeOf(rebuttal).style(),
                "not yet revealed: a ghost");
        assertEquals(style.statement(StatementKind.CLAIM), viewer.nodeOf(thesis).style());
        assertEquals(StepState.at(lecture, 0).camera(), viewer.getCanvas().getFrame(), "the camera outlined");
        // On screen: the ghost's fill.
        Scene.Node ghost = viewer.nodeOf(rebuttal);
        int[] inside = viewer.toControl(ghost.x() + 5, ghost.y() + ghost.height() / 2);
        int ghostFill = style.statement(StatementKind.REBUTTAL).faded(style.background()).fill();
        // The window system paints when it gets round to it: look again for a while.
        waitFor(() -> {
            viewer.getControl().update();
            return near(ghostFill, screenshot(viewer.getControl()), inside[0], inside[1]);
        }, "the ghost painted");
        assertNear(ghostFill, screenshot(viewer.getControl()), inside[0], inside[1]);

        selectStep(2);
        assertEquals(Set.of(rebuttal), viewer.getCanvas().getStressed().stream().map(n -> n.shape().getElement()).collect(Collectors.toSet()));
        assertEquals(style.statement(StatementKind.CLAIM).dimmed(style.background()), viewer.nodeOf(thesis).style(), "dimmed around the highlight");

        page().hideView(view);
        WorkbenchTesting.spin();
        assertFalse(viewer.isPreviewingStep(), "no preview once the Presentation view is closed");
        assertEquals(style.statement(StatementKind.REBUTTAL), viewer.nodeOf(rebuttal).style());
    }

    @Test
    void f5PresentsTheChosenPresentationAndShiftF5FromTheSelectedStep() throws Exception {
        selectStep(1);
        pressInEditor(SWT.F5, 0);
        Presenter presenter = Presenter.running();
        assertNotNull(presenter, "F5 in the editor presents");
        AudienceWindow audience = presenter.audience();
        assertEquals(0, audience.step(), "from the first step");
        assertSame(VisualStyle.PROJECTOR, audience.renderer().style(), "in the projector's colours");

        // The console draws the next step, small.
        PresenterConsole console = presenter.console();
        StepScene next = console.nextScene();
        assertSame(audience.deck().step(1), next);
        waitFor(() -> {
            console.nextPicture().update();
            return countNot(screenshot(console.nextPicture()), VisualStyle.PROJECTOR.background()) > 200;
        }, "the next step is drawn, not only named");

        // The wheel zooms in around the pointer and back out to the step's area.
        Box own = audience.camera();
        Point middle = audience.toWindow(own.center().x(), own.center().y());
        wheel(audience.canvas(), 1, middle);
        assertTrue(audience.isZoomed());
        assertTrue(audience.camera().width() < own.width(), "zoomed in");
        wheel(audience.canvas(), -1, middle);
        assertFalse(audience.isZoomed());
        assertEquals(own, audience.camera(), "back to the step's own area");

        // A transition: the revealed statement fades in; at the end the step is drawn as it is.
        key(audience.canvas(), SWT.ARROW_RIGHT, ' ');
        assertEquals(1, audience.step());
        waitFor(() -> {
            Scene.Node drawn = node(audience.drawn().scene(), reason);
            return drawn != null && drawn.style().equals(node(audience.scene().scene(), reason).style());
        }, "the revealed statement reaches its colours");
        assertSame(audience.deck().step(2), console.nextScene());

        // A click on a statement shows its text over the map; Escape closes that, then leaves.
        Scene.Node thesisNode = node(audience.scene().scene(), thesis);
        Point at = audience.toWindow(thesisNode.x() + thesisNode.width() / 2, thesisNode.y() + thesisNode.height() / 2);
        mouse(audience.canvas(), SWT.MouseDown, at);
        assertSame(thesis, audience.shownStatement());
        key(audience.canvas(), SWT.ESC, (char) 27);
        assertNull(audience.shownStatement());
        key(audience.canvas(), SWT.ESC, (char) 27);
        assertTrue(audience.shell().isDisposed());
        assertNull(Presenter.running());

        selectStep(2);
        pressInEditor(SWT.F5, SWT.SHIFT);
        assertNotNull(Presenter.running(), "Shift+F5 presents");
        assertEquals(2, Presenter.running().audience().step(), "from the selected step");
    }

    private void selectStep(int index) {
        view.stepList().select(index);
        view.stepList().notifyListeners(SWT.Selection, new Event());
        WorkbenchTesting.spin();
    }

    /** A real key press, through the display, with the editor's canvas focused: the key binding decides. */
    private void pressInEditor(int keyCode, int modifier) throws InterruptedException {
        page().activate(editor);
        editor.getSite().getShell().forceActive();
        editor.getViewer().getControl().setFocus();
        WorkbenchTesting.spin();
        Display display = Display.getCurrent();
        if (modifier != 0) {
            post(display, SWT.KeyDown, modifier);
        }
        post(display, SWT.KeyDown, keyCode);
        post(display, SWT.KeyUp, keyCode);
        if (modifier != 0) {
            post(display, SWT.KeyUp, modifier);
        }
        waitFor(() -> Presenter.running() != null, "a key event reached the binding");
    }

    private static void post(Display display, int type, int keyCode) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        assertTrue(display.post(event), "the display took the key");
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + 5000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            WorkbenchTesting.spin();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    private static Scene.Node node(Scene scene, Object element) {
        return scene.nodes().stream().filter(n -> n.shape().getElement() == element).findFirst().orElse(null);
    }

    private static void key(Control control, int keyCode, char character) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        control.notifyListeners(SWT.KeyDown, event);
        WorkbenchTesting.spin();
    }

    private static void wheel(Control control, int count, Point at) {
        Event event = new Event();
        event.count = count;
        event.x = at.x;
        event.y = at.y;
        control.notifyListeners(SWT.MouseVerticalWheel, event);
        WorkbenchTesting.spin();
    }

    private static void mouse(Control control, int type, Point at) {
        Event event = new Event();
        event.button = 1;
        event.x = at.x;
        event.y = at.y;
        control.notifyListeners(type, event);
        WorkbenchTesting.spin();
    }

    private static ImageData screenshot(Control control) {
        return ScreenPixels.of(control);
    }

    private static long countNot(ImageData shot, int background) {
        long count = 0;
        for (int y = 0; y < shot.height; y++) {
            for (int x = 0; x < shot.width; x++) {
                var rgb = shot.palette.getRGB(shot.getPixel(x, y));
                if (Math.abs(rgb.red - (background >> 16 & 0xFF)) + Math.abs(rgb.green - (background >> 8 & 0xFF))
                        + Math.abs(rgb.blue - (background & 0xFF)) > 60) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean near(int expected, ImageData shot, int x, int y) {
        return ScreenPixels.near(expected, shot.palette.getRGB(shot.getPixel(x, y)));
    }

    private static void assertNear(int expected, ImageData shot, int x, int y) {
        var rgb = shot.palette.getRGB(shot.getPixel(x, y));
        assertTrue(ScreenPixels.near(expected, rgb), String.format("expected #%06x at %d,%d, the screen shows %s", expected, x, y, rgb));
    }
}
