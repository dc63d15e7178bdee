// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.model.edit.provider.Labels;
import org.disputatio.render.Scene;
import org.disputatio.render.VisualStyle;
import org.disputatio.ui.Widgets;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.Shape;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map editor and its canvas, driven with real SWT events inside the running workbench. */
class MapEditorTest {

    @TempDir
    Path dir;

    private Path file;
    private IWorkbenchPage page;
    private MapEditor editor;
    private MapViewer viewer;
    private Canvas canvas;

    @BeforeEach
    void openMap() throws Exception {
        file = WorkbenchTesting.saveExchange(dir.resolve("exchange.argmap"), map -> {
            Statement thesis = map.getStatements().get(0);
            thesis.setText("American and Chinese soft power can reinforce each other rather than being zero-sum.");
            thesis.setQuote("mutually reinforcing");
        });

        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = WorkbenchTesting.openAtHundredPercent(file);
        viewer = editor.getViewer();
        canvas = (Canvas) viewer.getControl();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private void send(int type, int x, int y, int button, int stateMask) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = button;
        event.stateMask = stateMask;
        canvas.notifyListeners(type, event);
    }

    private int[] centreOf(String id) {
        Scene.Node node = viewer.nodeOf(editor.getSession().getResource().getEObject(id));
        assertNotNull(node, id + " is not shown");
        return viewer.toControl(node.x() + node.width() / 2, node.y() + node.height() / 2);
    }

    private Object selectedElement() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    @Test
    void clickSelectsAndTheWorkbenchSeesTheSelection() {
        int[] p = centreOf("thesis");
        send(SWT.MouseDown, p[0], p[1], 1, 0);
        send(SWT.MouseUp, p[0], p[1], 1, 0);
        spin();
        Object thesis = editor.getSession().getResource().getEObject("thesis");
        assertEquals(thesis, selectedElement());
        assertEquals(thesis, ((IStructuredSelection) page.getSelection()).getFirstElement(), "Properties and Outline follow the page selection");
    }

    @Test
    void marqueeSelectsWhatItEncloses() {
        Scene scene = viewer.getScene();
        int[] from = viewer.toControl(scene.x() - 10, scene.y() - 10);
        int[] to = viewer.toControl(scene.x() + scene.width() + 10, scene.y() + scene.height() + 10);
        send(SWT.MouseDown, from[0], from[1], 1, SWT.SHIFT);
        send(SWT.MouseMove, to[0], to[1], 0, SWT.SHIFT | SWT.BUTTON1);
        send(SWT.MouseUp, to[0], to[1], 1, SWT.SHIFT);
        spin();
        assertEquals(scene.nodes().size(), ((IStructuredSelection) viewer.getSelection()).size());
    }

    @Test
    void draggingAShapeMovesItThroughTheCommandStackAndUndoRestoresIt() throws IOException {
        Shape shape = (Shape) viewer.nodeOf(editor.getSession().getResource().getEObject("rebuttal")).shape();
        double x = shape.getX();
        double y = shape.getY();
        int[] p = centreOf("rebuttal");
        send(SWT.MouseDown, p[0], p[1], 1, 0);
        send(SWT.MouseMove, p[0] + 120, p[1] + 40, 0, SWT.BUTTON1);
        send(SWT.MouseUp, p[0] + 120, p[1] + 40, 1, 0);
        spin();
        assertEquals(x + 120, shape.getX(), 0.01);
        assertEquals(y + 40, shape.getY(), 0.01);
        assertTrue(editor.isDirty());
        assertTrue(editor.getSession().getCommandStack().canUndo());
        assertEquals("Move", editor.getSession().getCommandStack().getUndoCommand().getLabel());

        editor.getSession().getCommandStack().undo();
        spin();
        assertEquals(x, shape.getX(), 0.01);
        assertEquals(y, shape.getY(), 0.01);
        assertFalse(editor.isDirty());

        editor.getSession().getCommandStack().redo();
        editor.doSave(null);
        assertFalse(editor.isDirty());
        MapSession reopened = MapSession.open(file);
        Shape saved = reopened.getDiagrams().get(0).getShapes().stream()
                .filter(s -> s.getElement() == reopened.getResource().getEObject("rebuttal")).findFirst().orElseThrow();
        assertEquals(x + 120, saved.getX(), 0.01);
    }

    @Test
    void zoomByKeysWheelAndFit() {
        canvas.setFocus();
        Event plus = new Event();
        plus.character = '+';
        canvas.notifyListeners(SWT.KeyDown, plus);
        assertEquals(1.25, viewer.getZoom(), 1e-9);
        Event wheel = new Event();
        wheel.count = 3;
        wheel.stateMask = SWT.MOD1;
        wheel.x = 100;
        wheel.y = 100;
        canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertEquals(1.25 * 1.15, viewer.getZoom(), 1e-9);
        Event zero = new Event();
        zero.character = '0';
        canvas.notifyListeners(SWT.KeyDown, zero);
        assertEquals(1.0, viewer.getZoom(), 1e-9);
        canvas.getShell().setSize(400, 300);
        spin();
        viewer.zoomToFit();
        assertTrue(viewer.getZoom() < 1, "fitting a large map into a small window zooms out");
    }

    @Test
    void draggingTheBackgroundPans() {
        viewer.setZoom(3);
        spin();
        int before = canvas.getHorizontalBar().getSelection();
        int[] empty = background();
        assertTrue(before >= 150, "the view is scrolled right enough to pan back");
        send(SWT.MouseDown, empty[0], empty[1], 1, 0);
        send(SWT.MouseMove, empty[0] + 150, empty[1], 0, SWT.BUTTON1);
        send(SWT.MouseUp, empty[0] + 150, empty[1], 1, 0);
        assertEquals(before - 150, canvas.getHorizontalBar().getSelection(), "the map follows the mouse");
        assertFalse(editor.isDirty(), "panning changes no model");
    }

    /** A canvas pixel, well inside the window, where no shape is. */
    private int[] background() {
        var client = canvas.getClientArea();
        for (int y = 150; y < client.height - 20; y += 7) {
            for (int x = 250; x < client.width - 20; x += 7) {
                if (viewer.nodeAt(x, y) == null) {
                    return new int[] { x, y };
                }
            }
        }
        throw new AssertionError("no background in view");
    }

    @Test
    void hoveringShowsTheFullTextAndQuote() {
        int[] p = centreOf("thesis");
        send(SWT.MouseHover, p[0], p[1], 0, 0);
        String tip = canvas.getToolTipText();
        assertTrue(tip.contains("rather than being zero-sum") && tip.contains("\u201Cmutually reinforcing\u201D"), tip);
    }

    @Test
    void arrowKeysMoveBetweenShapesAndRevealFollows() {
        viewer.setSelection(new StructuredSelection(editor.getSession().getResource().getEObject("reason")), true);
        Scene.Node start = viewer.nodeOf(selectedElement());
        Event up = new Event();
        up.keyCode = SWT.ARROW_UP;
        canvas.notifyListeners(SWT.KeyDown, up);
        Scene.Node next = viewer.nodeOf(selectedElement());
        assertNotEquals(start, next);
        assertTrue(next.y() < start.y(), "the conclusion above its premise is selected");
        Event tab = new Event();
        tab.detail = SWT.TRAVERSE_TAB_NEXT;
        canvas.notifyListeners(SWT.Traverse, tab);
        assertNotEquals(next, viewer.nodeOf(selectedElement()));
    }

    @Test
    void layingOutTheSelectionBringsAStrayShapeBackAndUndoes() throws InterruptedException {
        Shape stray = viewer.nodeOf(editor.getSession().getResource().getEObject("rebuttal")).shape();
        double x = stray.getX();
        editor.getSession().execute(org.disputatio.core.MapCommands.move(editor.getSession().getEditingDomain(), stray, x + 5000, stray.getY()));
        spin();
        viewer.setSelection(new StructuredSelection(stray.getElement()), false);
        Event l = new Event();
        l.character = 'l';
        canvas.notifyListeners(SWT.KeyDown, l);
        // The layout runs as a job; its result comes back through the event loop.
        WorkbenchTesting.awaitJobs(LayoutJob.FAMILY);
        assertTrue(stray.getX() < x + 1000, "laid out near the others, at " + stray.getX());
        assertEquals("Layout", editor.getSession().getCommandStack().getUndoCommand().getLabel());
        editor.getSession().getCommandStack().undo();
        assertEquals(x + 5000, stray.getX(), 0.01);
    }

    @Test
    void theKeyToShapesCanBeShown() {
        assertFalse(viewer.isLegendVisible());
        Event k = new Event();
        k.character = 'k';
        canvas.notifyListeners(SWT.KeyDown, k);
        assertTrue(viewer.isLegendVisible());
    }

    private void runGlobal(ActionFactory action) {
        editor.getEditorSite().getActionBars().getGlobalActionHandler(action.getId()).run();
        spin();
    }

    @Test
    void deleteRemovesTheStatementWithItsLinesAndUndoBringsThemBack() {
        Object rebuttal = editor.getSession().getResource().getEObject("rebuttal");
        viewer.setSelection(new StructuredSelection(rebuttal), false);
        runGlobal(ActionFactory.DELETE);
        assertEquals(null, editor.getSession().getResource().getEObject("rebuttal"));
        assertTrue(editor.getSession().getMap().getConflicts().isEmpty(), "the attack went with its only attacker");
        assertEquals(null, viewer.nodeOf(rebuttal));
        editor.getSession().getCommandStack().undo();
        spin();
        assertNotNull(viewer.nodeOf(rebuttal));
        assertEquals(1, editor.getSession().getMap().getConflicts().size());
    }

    @Test
    void selectAllSelectsEveryShape() {
        runGlobal(ActionFactory.SELECT_ALL);
        assertEquals(viewer.getScene().nodes().size(), ((IStructuredSelection) viewer.getSelection()).size());
    }

    @Test
    void revertDropsUnsavedChanges() {
        Statement thesis = (Statement) editor.getSession().getResource().getEObject("thesis");
        editor.getSession().execute(org.disputatio.core.MapCommands.set(editor.getSession().getEditingDomain(), thesis,
                org.disputatio.model.ArgmapPackage.Literals.STATEMENT__LABEL, "Changed"));
        assertTrue(editor.isDirty());
        List<String> asked = Widgets.answerDialog(MapEditor.REVERT_TITLE, "Cancel");
        runGlobal(ActionFactory.REVERT);
        assertTrue(String.join("\n", asked).contains("The unsaved changes are lost"), "Revert asks first: " + asked);
        assertTrue(editor.isDirty(), "Cancel keeps the unsaved changes");
        assertEquals("Changed", thesis.getLabel());

        asked = Widgets.answerDialog(MapEditor.REVERT_TITLE, "Revert");
        runGlobal(ActionFactory.REVERT);
        assertFalse(asked.isEmpty(), "asked again");
        assertFalse(editor.isDirty());
        Statement reloaded = (Statement) editor.getSession().getResource().getEObject("thesis");
        assertEquals("US and Chinese soft power can be mutually reinforcing", reloaded.getLabel());
        assertNotNull(viewer.nodeOf(reloaded), "the viewer shows the reloaded map");
    }

    /** Answers the workbench's question about unsaved changes, whatever its title, with a button. */
    private static List<String> answerSaveQuestion(String button) {
        List<String> asked = new ArrayList<>();
        Widgets.whenShellOpens(shell -> Widgets.all(shell, Button.class).stream()
                .anyMatch(b -> b.getText().replace("&", "").equals("Don't Save")), dialog -> {
                    asked.add(dialog.getText() + ": " + Widgets.labels(dialog));
                    Widgets.press(Widgets.button(dialog, button));
                });
        return asked;
    }

    @Test
    void closingWithUnsavedChangesAsksAndNothingIsWrittenUnlessSaid() throws IOException {
        byte[] saved = Files.readAllBytes(file);
        Statement thesis = (Statement) editor.getSession().getResource().getEObject("thesis");
        editor.getSession().execute(MapCommands.set(editor.getSession().getEditingDomain(), thesis,
                ArgmapPackage.Literals.STATEMENT__LABEL, "Changed"));
        List<String> asked = answerSaveQuestion("Cancel");
        assertFalse(page.closeEditor(editor, true), "closed although the question was cancelled");
        assertEquals(1, asked.size(), "no question about the unsaved changes");
        assertTrue(editor.isDirty());

        answerSaveQuestion("Don't Save");
        assertTrue(page.closeEditor(editor, true));
        assertArrayEquals(saved, Files.readAllBytes(file), "the file was written");
    }

    @Test
    void theToolBarsTooltipsNameEachKeyOnce() {
        ToolBar toolBar = Widgets.all(canvas.getParent(), ToolBar.class).get(0);
        Map<String, String> keys = Map.of("Claim", "C", "Support", "S", "Attack", "A", "Lay Out", "L");
        keys.forEach((text, key) -> {
            ToolItem item = java.util.Arrays.stream(toolBar.getItems()).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
            String tip = item.getToolTipText();
            assertTrue(tip.endsWith(" (" + key + ")"), text + "'s tooltip does not end with its key: " + tip);
            assertEquals(tip.indexOf("(" + key + ")"), tip.lastIndexOf("(" + key + ")"), text + "'s key twice: " + tip);
        });
    }

    @Test
    void theToolBarShowsEachKindOfStatementAsTheCanvasDrawsIt() {
        ToolBar toolBar = Widgets.all(canvas.getParent(), ToolBar.class).get(0);
        for (StatementKind kind : StatementKind.VALUES) {
            String name = Labels.capitalized(kind.getName());
            ToolItem item = java.util.Arrays.stream(toolBar.getItems()).filter(i -> name.equals(i.getText())).findFirst().orElseThrow();
            assertNotNull(item.getImage(), name + " has no picture");
            ImageData picture = item.getImage().getImageData();
            int stroke = VisualStyle.DEFAULT.statement(kind).stroke();
            boolean drawn = false;
            for (int y = 0; y < picture.height && !drawn; y++) {
                for (int x = 0; x < picture.width && !drawn; x++) {
                    RGB rgb = picture.palette.getRGB(picture.getPixel(x, y));
                    drawn = (rgb.red << 16 | rgb.green << 8 | rgb.blue) == stroke;
                }
            }
            assertTrue(drawn, name + "'s picture lacks its outline colour");
        }
    }

    @Test
    void aLabelBeingTypedWhenTheMapIsRevertedIsNotWrittenIntoTheReloadedMap() {
        Statement thesis = (Statement) editor.getSession().getResource().getEObject("thesis");
        editor.getSession().execute(MapCommands.set(editor.getSession().getEditingDomain(), thesis,
                ArgmapPackage.Literals.ELEMENT__NOTES, "unsaved"));
        viewer.setSelection(new StructuredSelection(thesis));
        Event f2 = new Event();
        f2.keyCode = SWT.F2;
        canvas.notifyListeners(SWT.KeyDown, f2);
        spin();
        Text field = Widgets.all(canvas, Text.class).get(0);
        field.setText("Typed while reverting");
        Widgets.answerDialog(MapEditor.REVERT_TITLE, "Revert");
        runGlobal(ActionFactory.REVERT);
        if (!field.isDisposed()) {
            field.notifyListeners(SWT.FocusOut, new Event());
        }
        spin();
        assertTrue(field.isDisposed(), "the field stays open");
        assertFalse(editor.isDirty(), "the reverted map was changed");
        Statement reloaded = (Statement) editor.getSession().getResource().getEObject("thesis");
        assertEquals("US and Chinese soft power can be mutually reinforcing", reloaded.getLabel());
    }

    @Test
    void modelChangesRepaintWithoutLayout() {
        Statement thesis = (Statement) editor.getSession().getResource().getEObject("thesis");
        Shape shape = viewer.nodeOf(thesis).shape();
        double x = shape.getX();
        editor.getSession().execute(org.disputatio.core.MapCommands.set(editor.getSession().getEditingDomain(), thesis,
                org.disputatio.model.ArgmapPackage.Literals.STATEMENT__LABEL, "A new label"));
        spin();
        assertEquals(List.of("A new label"), viewer.nodeOf(thesis).label());
        assertEquals(x, shape.getX(), 0.0, "no layout ran");
    }

    @Test
    void findRevealsStatementsByTheirWordsAndAHighlightWashesOutTheRest() {
        MapSession session = editor.getSession();
        Statement thesis = (Statement) session.getResource().getEObject("thesis");
        Statement reason = (Statement) session.getResource().getEObject("reason");
        Source nye = MapElements.source("Soft Power", 2004, "Joseph S. Nye");
        session.execute(MapCommands.add(session.getEditingDomain(), session.getMap(), nye));
        session.execute(MapCommands.set(session.getEditingDomain(), thesis, ArgmapPackage.Literals.STATEMENT__SOURCE, nye));
        runGlobal(ActionFactory.FIND);
        Shell dialog = java.util.Arrays.stream(Display.getCurrent().getShells()).filter(s -> "Find Statement".equals(s.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no Find Statement dialog"));
        try {
            only(dialog, Text.class).setText("western POLITICAL");
            spin();
            assertEquals(session.getResource().getEObject("rebuttal"), selectedElement());

            Combo highlight = only(dialog, Combo.class);
            highlight.select(List.of(highlight.getItems()).indexOf("Source: Nye 2004"));
            highlight.notifyListeners(SWT.Selection, new Event());
            spin();
            assertFalse(viewer.isFaded(thesis));
            assertTrue(viewer.isFaded(reason));
            assertNotEquals(viewer.nodeOf(thesis).style().fill(), viewer.nodeOf(reason).style().fill());

            highlight.select(0);
            highlight.notifyListeners(SWT.Selection, new Event());
            assertFalse(viewer.isFaded(reason));
        } finally {
            dialog.close();
        }
    }

    private static <T extends Control> T only(Shell shell, Class<T> type) {
        return Widgets.all(shell, type).get(0);
    }
}
