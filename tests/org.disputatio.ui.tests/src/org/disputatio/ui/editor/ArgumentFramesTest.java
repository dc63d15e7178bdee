// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.Argument;
import org.disputatio.model.Statement;
import org.disputatio.render.Scene;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.Shape;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arguments drawn as frames on the canvas: selected, moved, collapsed and opened with real events. */
class ArgumentFramesTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor editor;
    private MapViewer viewer;
    private Canvas canvas;
    private Argument argument;
    private Statement thesis;
    private Statement reason;
    private Statement rebuttal;

    @BeforeEach
    void openMap() throws Exception {
        Path file = WorkbenchTesting.saveExchange(dir.resolve("framed.argmap"), map -> {
            Argument nye = ArgmapFactory.eINSTANCE.createArgument();
            nye.setId("nye");
            nye.setTitle("Nye's mutual-reinforcement argument");
            nye.getInferences().add(map.getInferences().get(0));
            nye.setMainConclusion(map.getStatements().get(0));
            map.getArguments().add(nye);
        });
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = WorkbenchTesting.openAtHundredPercent(file);
        argument = (Argument) element("nye");
        thesis = (Statement) element("thesis");
        reason = (Statement) element("reason");
        rebuttal = (Statement) element("rebuttal");
        viewer = editor.getViewer();
        canvas = (Canvas) viewer.getControl();
    }

    private Object element(String id) {
        return editor.getSession().getResource().getEObject(id);
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private void send(int type, int x, int y, int stateMask) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = 1;
        event.stateMask = stateMask;
        canvas.notifyListeners(type, event);
    }

    private void press(char character) {
        Event event = new Event();
        event.character = character;
        event.keyCode = character;
        canvas.notifyListeners(SWT.KeyDown, event);
        spin();
    }

    private Shape frame() {
        Scene.Node node = viewer.nodeOf(argument);
        assertNotNull(node, "the argument is not drawn");
        return node.shape();
    }

    private Shape shapeOf(Statement statement) {
        return viewer.nodeOf(statement).shape();
    }

    /** A point inside the frame, in its title, away from the statements it holds. */
    private int[] titleOfFrame() {
        Shape frame = frame();
        return viewer.toControl(frame.getX() + 6, frame.getY() + 6);
    }

    @Test
    void theFrameHoldsTheArgumentsStatementsAndAClickInItSelectsTheArgument() {
        Shape frame = frame();
        for (Statement member : List.of(thesis, reason)) {
            Shape shape = shapeOf(member);
            assertTrue(shape.getX() > frame.getX() && shape.getX() + shape.getWidth() < frame.getX() + frame.getWidth()
                    && shape.getY() > frame.getY() && shape.getY() + shape.getHeight() < frame.getY() + frame.getHeight(),
                    member.getLabel() + " is outside the frame");
        }
        Shape outside = shapeOf(rebuttal);
        assertFalse(outside.getX() > frame.getX() && outside.getX() < frame.getX() + frame.getWidth()
                && outside.getY() > frame.getY() && outside.getY() < frame.getY() + frame.getHeight(), "the rebuttal is framed");
        int[] p = titleOfFrame();
        send(SWT.MouseDown, p[0], p[1], 0);
        send(SWT.MouseUp, p[0], p[1], 0);
        assertSame(argument, ((IStructuredSelection) viewer.getSelection()).getFirstElement());
    }

    @Test
    void draggingTheFrameCarriesItsStatementsAndUndoPutsThemBack() {
        double reasonX = shapeOf(reason).getX();
        double rebuttalX = shapeOf(rebuttal).getX();
        double frameX = frame().getX();
        int[] p = titleOfFrame();
        send(SWT.MouseDown, p[0], p[1], 0);
        send(SWT.MouseMove, p[0] + 60, p[1] + 30, SWT.BUTTON1);
        send(SWT.MouseUp, p[0] + 60, p[1] + 30, 0);
        spin();
        assertEquals(reasonX + 60, shapeOf(reason).getX(), 0.5);
        assertEquals(frameX + 60, frame().getX(), 0.5);
        assertEquals(rebuttalX, shapeOf(rebuttal).getX(), 1e-9, "a shape outside the frame moved");
        editor.getSession().getCommandStack().undo();
        spin();
        assertEquals(reasonX, shapeOf(reason).getX(), 1e-9);
        assertEquals(frameX, frame().getX(), 1e-9);
    }

    @Test
    void enterCollapsesTheSelectedArgumentIntoOneBoxAndOpensItAgain() {
        viewer.setSelection(new StructuredSelection(argument));
        press(SWT.CR);
        assertTrue(frame().isCollapsed());
        assertNull(viewer.nodeOf(reason), "a collapsed argument still shows its statements");
        assertNull(viewer.nodeOf(thesis));
        assertNotNull(viewer.nodeOf(rebuttal));
        Scene.Node box = viewer.nodeOf(argument);
        assertTrue(box.caption().get(0).contains("2 statements"), "caption: " + box.caption());
        // The rebuttal's attack on the hidden thesis now reaches the argument's box.
        assertTrue(viewer.getScene().lines().stream().map(l -> l.points().get(l.points().size() - 1)).anyMatch(end -> box.contains(end.x(), end.y())),
                "no line ends on the collapsed argument");
        assertTrue(editor.isDirty());

        viewer.setSelection(new StructuredSelection(argument));
        press(SWT.CR);
        assertFalse(frame().isCollapsed());
        assertNotNull(viewer.nodeOf(reason));

        editor.getSession().getCommandStack().undo();
        editor.getSession().getCommandStack().undo();
        spin();
        assertFalse(frame().isCollapsed());
        assertFalse(editor.isDirty());
    }

    @Test
    void collapsingKeepsTheRestOfTheMapInPlaceAndShowsTheBox() {
        viewer.setZoom(3);
        spin();
        Scene.Node frameNode = viewer.nodeOf(argument);
        double[] centre = { frameNode.x() + frameNode.width() / 2, frameNode.y() + frameNode.height() / 2 };
        // Scroll the frame's middle, where the collapsed box goes, out of view.
        viewer.getViewport().scrollTo(0, 0);
        if (inView(centre)) {
            viewer.getViewport().scrollTo(1_000_000, 1_000_000);
        }
        spin();
        assertFalse(inView(centre), "the frame's middle could not be scrolled out of view");
        Scene.Node rebuttalNode = viewer.nodeOf(rebuttal);
        double[] rebuttalBefore = { rebuttalNode.x(), rebuttalNode.y(), rebuttalNode.width(), rebuttalNode.height() };

        viewer.setSelection(new StructuredSelection(argument));
        press(SWT.CR);
        assertTrue(frame().isCollapsed());
        rebuttalNode = viewer.nodeOf(rebuttal);
        assertArrayEquals(rebuttalBefore, new double[] { rebuttalNode.x(), rebuttalNode.y(), rebuttalNode.width(), rebuttalNode.height() },
                1e-6, "the rest of the map stays where it was");
        Scene.Node box = viewer.nodeOf(argument);
        assertTrue(inView(new double[] { box.x(), box.y() }) && inView(new double[] { box.x() + box.width(), box.y() + box.height() }),
                "the collapsed box is scrolled into view");
    }

    private boolean inView(double[] diagramPoint) {
        int[] p = viewer.toControl(diagramPoint[0], diagramPoint[1]);
        return canvas.getClientArea().contains(p[0], p[1]);
    }
}
