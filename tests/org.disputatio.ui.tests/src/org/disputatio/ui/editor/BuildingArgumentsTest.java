// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.render.Scene;
import org.disputatio.render.VisualStyle;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.Diagram;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.LineRouting;
import org.disputatio.views.Shape;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
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

/**
 * Building an argument through the editor: its tool bar, keys, gestures, in-place label editor,
 * clipboard and context menu, with real SWT events inside the running workbench.
 */
class BuildingArgumentsTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor editor;
    private MapViewer viewer;
    private Canvas canvas;

    @BeforeEach
    void page() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    /** Saves a map of the given statements (id = label), laid out, and opens it. */
    private void open(String name, String... claimsThenEvidenceThenRebuttal) throws Exception {
        Path file = dir.resolve(name + ".argmap");
        MapSession session = MapSession.create(file, name);
        ArgumentMap map = session.getMap();
        for (String label : claimsThenEvidenceThenRebuttal) {
            StatementKind kind = label.startsWith("evidence") ? StatementKind.EVIDENCE
                    : label.startsWith("rebuttal") ? StatementKind.REBUTTAL : StatementKind.CLAIM;
            Statement statement = MapElements.statement(kind, label);
            statement.setId(label);
            map.getStatements().add(statement);
        }
        if (claimsThenEvidenceThenRebuttal.length > 0) {
            Diagram diagram = DiagramContents.wholeMap(map, name);
            DiagramLayouter.applyDirectly(new DiagramLayouter(new AwtTextMeasurer(), NodeFormat.DEFAULT).compute(diagram, null));
            session.getResource().getContents().add(diagram);
        }
        session.save();
        show(file);
    }

    private void show(Path file) throws Exception {
        editor = WorkbenchTesting.openAtHundredPercent(file);
        viewer = editor.getViewer();
        canvas = (Canvas) viewer.getControl();
    }

    private MapSession session() {
        return editor.getSession();
    }

    private Statement statement(String id) {
        return (Statement) session().getResource().getEObject(id);
    }

    private void send(int type, int[] at, int button, int stateMask) {
        Event event = new Event();
        event.x = at[0];
        event.y = at[1];
        event.button = button;
        event.stateMask = stateMask;
        canvas.notifyListeners(type, event);
    }

    private int[] centreOf(Object element) {
        Scene.Node node = viewer.nodeOf(element);
        assertNotNull(node, element + " is not shown");
        return viewer.toControl(node.x() + node.width() / 2, node.y() + node.height() / 2);
    }

    /** Clicks the elements' shapes in turn, the later ones with Ctrl, as a user selects in order. */
    private void click(Object... elements) {
        for (int i = 0; i < elements.length; i++) {
            int[] at = centreOf(elements[i]);
            send(SWT.MouseDown, at, 1, i == 0 ? 0 : SWT.MOD1);
            send(SWT.MouseUp, at, 1, i == 0 ? 0 : SWT.MOD1);
        }
        spin();
        assertEquals(List.of(elements), ((IStructuredSelection) viewer.getSelection()).toList());
    }

    private void key(char character) {
        Event event = new Event();
        event.character = character;
        canvas.notifyListeners(SWT.KeyDown, event);
        spin();
    }

    private void pointAt(int x, int y) {
        Display.getCurrent().setCursorLocation(canvas.toDisplay(x, y));
        spin();
    }

    /** The in-place label editor over the canvas, or null. */
    private Text labelField() {
        return Arrays.stream(canvas.getChildren()).filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> !t.isDisposed()).findFirst().orElse(null);
    }

    private void typeLabel(String label) {
        Text field = labelField();
        assertNotNull(field, "the label is being edited in place");
        field.setText(label);
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        field.notifyListeners(SWT.KeyDown, enter);
        spin();
    }

    private void escape() {
        Event escape = new Event();
        escape.detail = SWT.TRAVERSE_ESCAPE;
        escape.doit = true;
        labelField().notifyListeners(SWT.Traverse, escape);
        spin();
    }

    private Statement selectedStatement() {
        return (Statement) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private void toolItem(String text) {
        ToolBar toolBar = Arrays.stream(canvas.getParent().getChildren()).filter(ToolBar.class::isInstance)
                .map(ToolBar.class::cast).findFirst().orElseThrow(() -> new AssertionError("no tool bar above the canvas"));
        ToolItem item = Arrays.stream(toolBar.getItems()).filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no tool item " + text));
        assertTrue(item.isEnabled(), text + " is enabled");
        item.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /** Opens the canvas's context menu and chooses an item, through submenus. */
    private void contextMenu(String... path) {
        Menu menu = canvas.getMenu();
        for (int i = 0; i < path.length; i++) {
            menu.notifyListeners(SWT.Show, new Event());
            String wanted = path[i];
            MenuItem item = Arrays.stream(menu.getItems()).filter(m -> wanted.equals(m.getText().replace("&", "").split("\t")[0])).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item " + wanted));
            if (i < path.length - 1) {
                menu = item.getMenu();
            } else {
                assertTrue(item.isEnabled(), wanted + " is enabled");
                if ((item.getStyle() & SWT.RADIO) != 0) {
                    item.setSelection(true);
                }
                item.notifyListeners(SWT.Selection, new Event());
            }
        }
        spin();
    }

    private void activate(MapEditor part) {
        page.activate(part);
        editor = part;
        viewer = part.getViewer();
        canvas = (Canvas) viewer.getControl();
        spin();
    }

    private void runGlobal(ActionFactory action) {
        editor.getEditorSite().getActionBars().getGlobalActionHandler(action.getId()).run();
        spin();
    }

    @Test
    void anArgumentBuiltThroughTheEditorUndoesRedoesAndIsSaved() throws Exception {
        open("built");
        Collection<EObject> start = EcoreUtil.copyAll(session().getResource().getContents());

        toolItem("Claim");
        typeLabel("China's soft power is growing");
        Statement claim = selectedStatement();
        // The claim stays in the middle of the view, where it was added: the others go around it.
        org.eclipse.swt.graphics.Rectangle view = canvas.getClientArea();
        pointAt(view.width * 3 / 10, view.height * 8 / 10);
        key('e');
        typeLabel("Confucius Institutes in 150 countries");
        Statement institutes = selectedStatement();
        pointAt(view.width * 7 / 10, view.height * 8 / 10);
        key('e');
        typeLabel("Chinese films win audiences abroad");
        Statement films = selectedStatement();
        pointAt(view.width * 17 / 20, view.height / 2);
        key('r');
        typeLabel("Polls show falling favourability");
        Statement polls = selectedStatement();

        click(institutes, films, claim);
        toolItem("Support");
        click(polls, claim);
        key('a');

        assertArgument(session().getMap());
        assertTrue(editor.isDirty());
        Diagram diagram = viewer.getDiagram();
        Inference inference = session().getMap().getInferences().get(0);
        assertNotNull(viewer.nodeOf(inference), "a linked argument is drawn through a junction");
        assertEquals(4, diagram.getEdges().size(), "two premises into the junction, one to the claim, the attack");
        Collection<EObject> end = EcoreUtil.copyAll(session().getResource().getContents());

        while (session().getCommandStack().canUndo()) {
            runGlobal(ActionFactory.UNDO);
        }
        assertTrue(EcoreUtil.equals(List.copyOf(start), session().getResource().getContents()), "undo returned to the start");
        assertFalse(editor.isDirty());
        assertTrue(diagram.getShapes().isEmpty() && diagram.getEdges().isEmpty());
        while (session().getCommandStack().canRedo()) {
            runGlobal(ActionFactory.REDO);
        }
        assertTrue(EcoreUtil.equals(List.copyOf(end), session().getResource().getContents()), "redo rebuilt the argument");

        Path file = session().getFile();
        editor.doSave(null);
        assertFalse(editor.isDirty());
        page.closeEditor(editor, false);
        show(file);
        assertArgument(session().getMap());
        assertEquals(4, viewer.getDiagram().getEdges().size());
    }

    private static void assertArgument(ArgumentMap map) {
        assertEquals(List.of(StatementKind.CLAIM, StatementKind.EVIDENCE, StatementKind.EVIDENCE, StatementKind.REBUTTAL),
                map.getStatements().stream().map(Statement::getKind).toList());
        assertEquals(List.of("China's soft power is growing", "Confucius Institutes in 150 countries", "Chinese films win audiences abroad",
                "Polls show falling favourability"), map.getStatements().stream().map(Statement::getLabel).toList());
        List<Statement> s = map.getStatements();
        assertEquals(1, map.getInferences().size());
        assertEquals(List.of(s.get(1), s.get(2)), map.getInferences().get(0).getPremises(), "linked premises, in selection order");
        assertEquals(s.get(0), map.getInferences().get(0).getConclusion());
        assertEquals(1, map.getConflicts().size());
        Conflict conflict = map.getConflicts().get(0);
        assertEquals(List.of(s.get(3)), conflict.getAttackers());
        assertEquals(s.get(0), conflict.getTarget());
        assertEquals(ConflictKind.REBUT, conflict.getKind());
    }

    private static boolean covers(double x, double y, double width, double height, Scene.Node other) {
        return x < other.x() + other.width() && other.x() < x + width && y < other.y() + other.height() && other.y() < y + height;
    }

    @Test
    void newStatementsComeUnderThePointerOrInTheMiddle() throws Exception {
        open("pointer", "thesis");
        int[] thesis = centreOf(statement("thesis"));
        pointAt(thesis[0] + 300, thesis[1] + 150);
        key('c');
        Scene.Node added = viewer.nodeOf(selectedStatement());
        var pointer = viewer.toDiagram(thesis[0] + 300, thesis[1] + 150);
        assertTrue(added.contains(pointer.x(), pointer.y()), "the claim is under the pointer");
        assertEquals(StatementKind.CLAIM, selectedStatement().getKind());
        escape();

        Point outside = canvas.toDisplay(-50, -50);
        Display.getCurrent().setCursorLocation(outside);
        spin();
        var client = canvas.getClientArea();
        var centre = viewer.toDiagram(client.width / 2, client.height / 2);
        key('r');
        Scene.Node middle = viewer.nodeOf(selectedStatement());
        // The claim just added stands in the middle (the view scrolled to it): the rebuttal goes beside what stands there.
        double w = middle.width();
        double h = middle.height();
        List<Scene.Node> standing = viewer.getScene().nodes().stream().filter(o -> o.shape() != middle.shape())
                .filter(o -> covers(centre.x() - w / 2, centre.y() - h / 2, w, h, o)).toList();
        assertFalse(standing.isEmpty(), "something stands in the middle of the view");
        for (Scene.Node other : viewer.getScene().nodes()) {
            assertFalse(other.shape() != middle.shape() && covers(middle.x(), middle.y(), w, h, other), "the rebuttal covers " + other.shape().getElement());
        }
        // Beside: one gap off, and the room left round the box for the label typed next.
        var room = viewer.layouter().roomFor(middle.shape());
        double gapX = 24 + 1 + (room.width() - w) / 2;
        double gapY = 24 + 1 + (room.height() - h) / 2;
        assertTrue(standing.stream().anyMatch(o -> Math.abs(middle.x() + w / 2 - o.x() - o.width() / 2) <= (w + o.width()) / 2 + gapX
                && Math.abs(middle.y() + h / 2 - o.y() - o.height() / 2) <= (h + o.height()) / 2 + gapY),
                "with the pointer elsewhere the rebuttal is in the middle of the view, beside what stands there");
        assertEquals(StatementKind.REBUTTAL, selectedStatement().getKind());
    }

    @Test
    void f2EditsInPlaceEscapeCancelsAndAnEmptyLabelIsRefused() throws Exception {
        open("labels", "thesis");
        Statement thesis = statement("thesis");
        click(thesis);
        Event f2 = new Event();
        f2.keyCode = SWT.F2;
        canvas.notifyListeners(SWT.KeyDown, f2);
        spin();
        Text field = labelField();
        assertNotNull(field);
        assertEquals("thesis", field.getText());
        Scene.Node node = viewer.nodeOf(thesis);
        assertTrue(field.getBounds().width >= Math.round(node.width() * viewer.getZoom()) - 1, "the field covers the node");
        assertTrue((field.getStyle() & SWT.WRAP) != 0, "long labels wrap");
        field.setText("Something else");
        escape();
        assertNull(labelField(), "Escape closed the field");
        assertEquals("thesis", thesis.getLabel());
        assertFalse(session().getCommandStack().canUndo(), "nothing was changed");

        runGlobal(ActionFactory.RENAME);
        typeLabel("   ");
        assertNotNull(labelField(), "an empty label is refused and the field stays open");
        assertTrue(labelField().getMessage().contains("needs a label"), labelField().getMessage());
        assertEquals("thesis", thesis.getLabel());
        typeLabel("Soft power is attraction");
        assertNull(labelField());
        assertEquals("Soft power is attraction", thesis.getLabel());
        assertEquals("Set", session().getCommandStack().getUndoCommand().getLabel());
        runGlobal(ActionFactory.UNDO);
        assertEquals("thesis", thesis.getLabel());

        int[] at = centreOf(thesis);
        send(SWT.MouseDoubleClick, at, 1, 0);
        assertNotNull(labelField(), "a double-click edits too");
        labelField().setText("Attraction, not coercion");
        labelField().notifyListeners(SWT.FocusOut, new Event());
        spin();
        assertNull(labelField());
        assertEquals("Attraction, not coercion", thesis.getLabel(), "leaving the field sets the label");
    }

    private void altDrag(int[] a, int[] b) {
        send(SWT.MouseDown, a, 1, SWT.ALT);
        send(SWT.MouseMove, new int[] { (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 }, 0, SWT.ALT | SWT.BUTTON1);
        send(SWT.MouseMove, b, 0, SWT.ALT | SWT.BUTTON1);
        send(SWT.MouseUp, b, 1, SWT.ALT);
        spin();
    }

    private List<String> choose(String choice) {
        Menu menu = editor.getEditing().getConnectionMenu();
        assertNotNull(menu, "a menu is offered where the drag ended");
        List<String> offered = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> choice.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError(choice + " not in " + offered));
        item.notifyListeners(SWT.Selection, new Event());
        menu.setVisible(false);
        spin();
        return offered;
    }

    /** Whether the canvas shows the connecting line, in the selection colour, between two points. */
    private boolean rubberBandBetween(int[] a, int[] b) {
        var client = canvas.getClientArea();
        Image image = new Image(Display.getCurrent(), client.width, client.height);
        GC gc = new GC(image);
        try {
            canvas.print(gc);
            ImageData data = image.getImageData();
            int selection = VisualStyle.DEFAULT.selection();
            int found = 0;
            for (int i = 1; i < 40; i++) {
                int x = a[0] + (b[0] - a[0]) * i / 40;
                int y = a[1] + (b[1] - a[1]) * i / 40;
                if (viewer.nodeAt(x, y) == null) {
                    RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    if ((rgb.red << 16 | rgb.green << 8 | rgb.blue) == selection) {
                        found++;
                    }
                }
            }
            return found > 3;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** The middle of an element's line (of its middle leg, when it bends), on the canvas. */
    private int[] middleOfLine(Object element) {
        Scene.Line line = viewer.getScene().lines().stream().filter(l -> l.edge().getElement() == element).findFirst().orElseThrow();
        int leg = line.points().size() / 2;
        var half = line.points().get(leg - 1).midpoint(line.points().get(leg));
        int[] middle = viewer.toControl(half.x(), half.y());
        assertNull(viewer.nodeAt(middle[0], middle[1]), "the line is clear of shapes there");
        return middle;
    }

    @Test
    void altDraggingConnectsToStatementsLinesAndJunctions() throws Exception {
        open("drag", "thesis", "evidence-polls", "evidence-films", "evidence-students", "rebuttal-doubt");
        Statement thesis = statement("thesis");
        ArgumentMap map = session().getMap();
        double x = viewer.nodeOf(statement("evidence-polls")).shape().getX();

        int[] from = centreOf(statement("evidence-polls"));
        int[] to = centreOf(thesis);
        send(SWT.MouseDown, from, 1, SWT.ALT);
        send(SWT.MouseMove, to, 0, SWT.ALT | SWT.BUTTON1);
        assertTrue(rubberBandBetween(from, to), "a line follows the pointer while dragging");
        send(SWT.MouseUp, to, 1, SWT.ALT);
        spin();
        assertFalse(rubberBandBetween(from, to), "and goes when the drag ends");
        editor.getEditing().getConnectionMenu().setVisible(false);

        altDrag(centreOf(statement("evidence-polls")), centreOf(thesis));
        assertEquals(List.of("Support", "Attack"), choose("Support"));
        assertEquals(x, viewer.nodeOf(statement("evidence-polls")).shape().getX(), 0.0, "Alt+drag does not move the shape");
        Inference first = map.getInferences().get(0);
        assertEquals(List.of(statement("evidence-polls")), first.getPremises());
        assertEquals(thesis, first.getConclusion());

        altDrag(centreOf(statement("evidence-films")), centreOf(thesis));
        choose("Support");
        assertEquals(2, map.getInferences().size(), "a premise dropped on a supported thesis is a convergent argument");
        assertEquals(List.of(statement("evidence-films")), map.getInferences().get(1).getPremises());

        viewer.setSelection(StructuredSelection.EMPTY);
        key('l');
        altDrag(centreOf(statement("rebuttal-doubt")), centreOf(thesis));
        choose("Attack");
        assertEquals(ConflictKind.REBUT, map.getConflicts().get(0).getKind());
        runGlobal(ActionFactory.UNDO);
        assertTrue(map.getConflicts().isEmpty());

        assertNull(viewer.nodeOf(first), "an inference with one premise is a plain line");
        altDrag(centreOf(statement("rebuttal-doubt")), middleOfLine(first));
        assertEquals(List.of("Add as Co-premise", "Undercut"), choose("Undercut"));
        Conflict undercut = map.getConflicts().get(0);
        assertEquals(ConflictKind.UNDERCUT, undercut.getKind());
        assertEquals(first, undercut.getTarget());
        assertNotNull(viewer.nodeOf(first), "the undercut inference got a junction to end on");

        altDrag(centreOf(statement("evidence-students")), centreOf(first));
        choose("Add as Co-premise");
        assertEquals(List.of(statement("evidence-polls"), statement("evidence-students")), first.getPremises());
        assertEquals(3, viewer.getDiagram().getEdges().stream().filter(e -> e.getElement() == first).count(),
                "two premises into the junction, the junction to the thesis");
    }

    @Test
    void keysConnectTheSelectionInTheOrderItWasSelected() throws Exception {
        open("keys", "thesis", "evidence-polls", "evidence-films", "evidence-students", "rebuttal-doubt");
        ArgumentMap map = session().getMap();
        click(statement("thesis"), statement("evidence-polls"));
        key('s');
        assertEquals(statement("evidence-polls"), map.getInferences().get(0).getConclusion(), "the first selected supports the second");
        runGlobal(ActionFactory.UNDO);
        assertTrue(map.getInferences().isEmpty());

        click(statement("evidence-polls"), statement("evidence-films"), statement("thesis"));
        key('s');
        Inference linked = map.getInferences().get(0);
        assertEquals(List.of(statement("evidence-polls"), statement("evidence-films")), linked.getPremises());
        click(statement("evidence-students"), linked);
        key('s');
        assertEquals(3, linked.getPremises().size(), "S on a statement and a junction adds a co-premise");
        assertEquals(1, map.getInferences().size());
        click(statement("rebuttal-doubt"), linked);
        key('a');
        assertEquals(ConflictKind.UNDERCUT, map.getConflicts().get(0).getKind());
        assertEquals(linked, map.getConflicts().get(0).getTarget());
        assertEquals("Undercut", session().getCommandStack().getUndoCommand().getLabel());
    }

    private Shape shapeOf(Statement statement) {
        return viewer.getDiagram().getShapes().stream().filter(s -> s.getElement() == statement).findFirst().orElseThrow();
    }

    @Test
    void copiedStatementsPasteBesideTheOriginalsRepeatedlyAndIntoAnotherMap() throws Exception {
        open("other");
        MapEditor otherEditor = editor;
        session().getEditingDomain().setClipboard(null);
        open("copy", "thesis", "evidence-polls", "rebuttal-doubt");
        click(statement("evidence-polls"), statement("thesis"));
        key('s');
        ArgumentMap map = session().getMap();
        Shape original = shapeOf(statement("evidence-polls"));

        click(statement("evidence-polls"), statement("thesis"));
        Object lastEdit = session().getCommandStack().getUndoCommand();
        runGlobal(ActionFactory.COPY);
        Clipboard system = new Clipboard(Display.getCurrent());
        try {
            String text = (String) system.getContents(TextTransfer.getInstance());
            assertNotNull(text, "the labels are on the system clipboard");
            assertTrue(text.contains("evidence-polls") && text.contains("thesis"), text);
        } finally {
            system.dispose();
        }
        assertEquals(lastEdit, session().getCommandStack().getUndoCommand(), "copying changes nothing");

        runGlobal(ActionFactory.PASTE);
        assertEquals(5, map.getStatements().size());
        assertEquals(2, map.getInferences().size(), "the support between them came along");
        Statement pasted = map.getStatements().get(3);
        assertEquals("evidence-polls", pasted.getLabel());
        assertNotEquals("evidence-polls", pasted.getId());
        assertEquals(List.of(pasted), map.getInferences().get(1).getPremises());
        assertEquals(original.getX() + 30, shapeOf(pasted).getX(), 0.01, "beside the original");
        assertEquals(2, ((IStructuredSelection) viewer.getSelection()).size(), "what was pasted is selected");
        assertTrue(((IStructuredSelection) viewer.getSelection()).toList().contains(pasted));

        runGlobal(ActionFactory.PASTE);
        assertEquals(7, map.getStatements().size());
        assertEquals(original.getX() + 60, shapeOf(map.getStatements().get(5)).getX(), 0.01, "the next paste lands further along");
        assertEquals("Paste", session().getCommandStack().getUndoCommand().getLabel());
        runGlobal(ActionFactory.UNDO);
        assertEquals(5, map.getStatements().size());

        MapEditor first = editor;
        activate(otherEditor);
        assertTrue(editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.PASTE.getId()).isEnabled(),
                "Paste is enabled in a map opened before the copy");
        runGlobal(ActionFactory.PASTE);
        ArgumentMap other = session().getMap();
        assertEquals(List.of("evidence-polls", "thesis"), other.getStatements().stream().map(Statement::getLabel).toList());
        assertEquals(1, other.getInferences().size());
        assertNotNull(viewer.nodeOf(other.getStatements().get(0)), "pasted into the other map's diagram");
        assertEquals(1, viewer.getDiagram().getEdges().size());

        activate(first);
        runGlobal(ActionFactory.PASTE);
        assertEquals(7, map.getStatements().size(), "Paste acts on the active map");
        assertEquals(2, other.getStatements().size());
    }

    @Test
    void cutRemovesTheStatementsAndUndoBringsThemBack() throws Exception {
        open("cut", "thesis", "rebuttal-doubt");
        click(statement("rebuttal-doubt"), statement("thesis"));
        key('a');
        Statement doubt = statement("rebuttal-doubt");
        click(doubt);
        runGlobal(ActionFactory.CUT);
        assertNull(statement("rebuttal-doubt"), "cut took it out of the map");
        assertTrue(session().getMap().getConflicts().isEmpty(), "with its attack");
        assertNull(viewer.nodeOf(doubt));
        assertEquals("Cut", session().getCommandStack().getUndoCommand().getLabel());

        runGlobal(ActionFactory.UNDO);
        assertNotNull(statement("rebuttal-doubt"));
        assertEquals(1, session().getMap().getConflicts().size());
        assertNotNull(viewer.nodeOf(doubt));

        runGlobal(ActionFactory.PASTE);
        assertEquals(3, session().getMap().getStatements().size(), "what was cut can be pasted");
    }

    @Test
    void removeFromDiagramKeepsTheStatementInTheMap() throws Exception {
        open("remove", "thesis", "evidence-polls");
        click(statement("evidence-polls"), statement("thesis"));
        key('s');
        Statement polls = statement("evidence-polls");
        click(polls);
        contextMenu("Remove from Diagram");
        assertNull(viewer.nodeOf(polls), "the shape is gone");
        assertTrue(viewer.getDiagram().getEdges().isEmpty(), "with its line");
        assertEquals(polls, statement("evidence-polls"), "the statement stays in the map");
        assertEquals(1, session().getMap().getInferences().size(), "and so does its support");
        assertTrue(editor.isDirty());
        runGlobal(ActionFactory.UNDO);
        assertNotNull(viewer.nodeOf(polls));
        assertEquals(1, viewer.getDiagram().getEdges().size());
    }

    @Test
    void aLayoutChoiceChangesTheDiagramAndUndoes() throws Exception {
        open("layout", "thesis", "evidence-polls", "evidence-films");
        click(statement("evidence-polls"), statement("thesis"));
        key('s');
        click(statement("evidence-films"), statement("thesis"));
        key('s');
        Diagram diagram = viewer.getDiagram();
        LayoutDirection before = diagram.getLayoutDirection();
        List<org.disputatio.views.geometry.Point> places = places(diagram);

        contextMenu("Layout", "Direction", "Right");
        assertEquals(LayoutDirection.RIGHT, diagram.getLayoutDirection());
        assertNotEquals(LayoutDirection.RIGHT, before);
        double thesisX = shapeOf(statement("thesis")).getX();
        assertTrue(thesisX > shapeOf(statement("evidence-polls")).getX(), "laid out towards the right: the thesis right of its evidence");
        assertEquals("Change Layout", session().getCommandStack().getUndoCommand().getLabel());

        runGlobal(ActionFactory.UNDO);
        assertEquals(before, diagram.getLayoutDirection());
        List<org.disputatio.views.geometry.Point> undone = places(diagram);
        for (int i = 0; i < places.size(); i++) {
            assertEquals(places.get(i), undone.get(i), "undo put the shapes back");
        }

        toolItem("Lines: Orthogonal");
        assertEquals(LineRouting.SPLINES, diagram.getLineRouting(), "the button steps to the next choice");

        ToolItem algorithm = Arrays.stream(((ToolBar) canvas.getParent().getChildren()[0]).getItems())
                .filter(i -> i.getText().startsWith("Algorithm")).findFirst().orElseThrow();
        Menu dropDown = ((IMenuCreator) ((ActionContributionItem) algorithm.getData())
                .getAction().getMenuCreator()).getMenu(algorithm.getParent());
        dropDown.notifyListeners(SWT.Show, new Event());
        MenuItem tree = Arrays.stream(dropDown.getItems()).filter(i -> i.getText().equals("Tree")).findFirst().orElseThrow();
        tree.setSelection(true);
        tree.notifyListeners(SWT.Selection, new Event());
        spin();
        assertEquals(LayoutAlgorithm.TREE, diagram.getLayoutAlgorithm(), "chosen from the drop-down");
        assertEquals("Algorithm: Tree", algorithm.getText());
    }

    private static List<org.disputatio.views.geometry.Point> places(Diagram diagram) {
        List<org.disputatio.views.geometry.Point> places = new ArrayList<>();
        diagram.getShapes().forEach(s -> places.add(new org.disputatio.views.geometry.Point(s.getX(), s.getY())));
        return places;
    }

    @Test
    void theToolBarAndContextMenuAddStatementsZoomAndLayOut() throws Exception {
        open("toolbar", "thesis", "evidence-polls");
        toolItem("Evidence");
        assertEquals(StatementKind.EVIDENCE, selectedStatement().getKind());
        assertNotNull(labelField());
        escape();
        toolItem("Rebuttal");
        assertEquals(StatementKind.REBUTTAL, selectedStatement().getKind());
        escape();
        contextMenu("New", "Claim");
        assertEquals(StatementKind.CLAIM, selectedStatement().getKind());
        escape();
        assertEquals(5, session().getMap().getStatements().size());

        toolItem("Zoom In");
        assertEquals(1.25, viewer.getZoom(), 1e-9);
        toolItem("Zoom Out");
        assertEquals(1.0, viewer.getZoom(), 1e-9);
        viewer.setZoom(2);
        toolItem("100%");
        assertEquals(1.0, viewer.getZoom(), 1e-9);
        canvas.getShell().setSize(400, 300);
        spin();
        toolItem("Fit");
        assertTrue(viewer.getZoom() < 1, "fitting the map into a small window zooms out");

        Shape stray = shapeOf(statement("evidence-polls"));
        session().execute(MapCommands.move(session().getEditingDomain(), stray, stray.getX() + 5000, stray.getY()));
        viewer.setSelection(StructuredSelection.EMPTY);
        toolItem("Lay Out");
        // The layout runs as a job; its result comes back through the event loop.
        WorkbenchTesting.awaitJobs(LayoutJob.FAMILY);
        assertTrue(stray.getX() < 2000, "laid out with the others, at " + stray.getX());
        assertEquals("Layout", session().getCommandStack().getUndoCommand().getLabel());
    }
}
