// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.disputatio.core.MapCommands;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Inference;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.model.edit.ui.ItemPropertySourceProvider;
import org.disputatio.render.Scene;
import org.disputatio.ui.ExchangeMap;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.Shape;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Properties view over the map editor, driven through its real tree and cell editors: every
 * edit is an undoable command and shows on the canvas.
 */
class PropertiesViewTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor editor;
    private MapViewer viewer;
    private PropertySheet properties;
    private Tree tree;

    @BeforeEach
    void open() throws Exception {
        Path file = ExchangeMap.write(dir.resolve("exchange.argmap"));
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = WorkbenchTesting.open(file);
        viewer = editor.getViewer();
        properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        spin();
        viewer.setZoom(1);
        spin();
        tree = (Tree) ((PropertySheetPage) properties.getCurrentPage()).getControl();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        page.hideView(properties);
    }

    private <T> T element(String id) {
        @SuppressWarnings("unchecked")
        T element = (T) editor.getSession().getResource().getEObject(id);
        return element;
    }

    /** Clicks the statement's shape on the canvas. */
    private void click(Statement statement) {
        Scene.Node node = viewer.nodeOf(statement);
        int[] p = viewer.toControl(node.x() + node.width() / 2, node.y() + node.height() / 2);
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event event = new Event();
            event.x = p[0];
            event.y = p[1];
            event.button = 1;
            viewer.getControl().notifyListeners(type, event);
        }
        spin();
    }

    private TreeItem row(String property) {
        return Arrays.stream(tree.getItems()).filter(i -> i.getText(0).equals(property)).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + property + " among "
                        + Arrays.stream(tree.getItems()).map(i -> i.getText(0)).toList()));
    }

    /** Clicks the property's value, which opens its cell editor; returns the editor's control. */
    private <C extends Control> C edit(String property, Class<C> type) {
        clickValue(property);
        return Arrays.stream(tree.getChildren()).filter(type::isInstance).map(type::cast).filter(Control::isVisible).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " cell editor for " + property));
    }

    private void clickValue(String property) {
        TreeItem item = row(property);
        tree.setSelection(item);
        Rectangle value = item.getBounds(1);
        Event click = new Event();
        click.x = value.x + value.width / 2;
        click.y = value.y + value.height / 2;
        click.button = 1;
        tree.notifyListeners(SWT.MouseDown, click);
        spin();
    }

    private static void type(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.Modify, new Event());
    }

    private static void pressEnter(Control control, int stateMask) {
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        enter.stateMask = stateMask;
        control.notifyListeners(SWT.KeyDown, enter);
        spin();
    }

    /**
     * Opens a long text's own window from its cell (the button beside the first line), and lets
     * the handler type in it; the window is modal, so the handler runs from inside its loop.
     */
    private void editLongText(String property, java.util.function.BiConsumer<org.eclipse.swt.widgets.Shell, Text> typing) {
        clickValue(property);
        org.eclipse.swt.widgets.Button open = org.disputatio.ui.Widgets.all(tree, org.eclipse.swt.widgets.Button.class).stream()
                .filter(Control::isVisible).findFirst().orElseThrow(() -> new AssertionError("no button to open " + property));
        boolean[] shown = { false };
        Throwable[] failed = { null };
        org.disputatio.ui.Widgets.whenShellOpens(property, shell -> {
            shown[0] = true;
            try {
                typing.accept(shell, org.disputatio.ui.Widgets.all(shell, Text.class).get(0));
            } catch (Throwable t) {
                // Thrown inside the window's own loop it would be logged and lost, and the window left open.
                failed[0] = t;
            } finally {
                if (!shell.isDisposed()) {
                    shell.close();
                }
            }
        });
        org.disputatio.ui.Widgets.press(open);
        spin();
        assertTrue(shown[0], "no window for " + property);
        if (failed[0] instanceof Error error) {
            throw error;
        } else if (failed[0] != null) {
            throw new AssertionError(failed[0]);
        }
    }

    private String tooltipOf(Statement statement) {
        Canvas canvas = (Canvas) viewer.getControl();
        Scene.Node node = viewer.nodeOf(statement);
        int[] p = viewer.toControl(node.x() + node.width() / 2, node.y() + node.height() / 2);
        Event hover = new Event();
        hover.x = p[0];
        hover.y = p[1];
        canvas.notifyListeners(SWT.MouseHover, hover);
        return canvas.getToolTipText();
    }

    @Test
    void editingTheQuoteIsAnUndoableCommandThatTheCanvasShows() {
        Statement thesis = element("thesis");
        click(thesis);
        assertEquals("mutually reinforcing", row("Quote").getText(1), "the sheet shows the statement clicked on the canvas");

        clickValue("Id");
        assertTrue(Arrays.stream(tree.getChildren()).noneMatch(Control::isVisible), "the identifier, which references use, is not editable");

        int rowHeight = row("Quote").getBounds(1).height;
        editLongText("Quote", (window, text) -> {
            assertEquals("mutually reinforcing", text.getText());
            assertTrue((text.getStyle() & SWT.MULTI) != 0, "a quote may run over several lines");
            assertTrue(text.getSize().y >= 6 * rowHeight, "the quote has a field of its own size, not one row: " + text.getSize());
            type(text, "can be mutually reinforcing rather than zero-sum");
            pressEnter(text, SWT.CTRL);
            assertTrue(window.isDisposed(), "Ctrl+Enter applies and closes the window");
        });

        assertEquals("can be mutually reinforcing rather than zero-sum", thesis.getQuote());
        assertTrue(editor.isDirty());
        assertEquals("can be mutually reinforcing rather than zero-sum", row("Quote").getText(1));
        assertTrue(tooltipOf(thesis).contains("\u201Ccan be mutually reinforcing rather than zero-sum\u201D"), tooltipOf(thesis));

        // The Properties view is active: Undo comes from its action bars and must act on the map.
        page.activate(properties);
        properties.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        spin();
        assertEquals("mutually reinforcing", thesis.getQuote());
        assertFalse(editor.isDirty());
        assertEquals("mutually reinforcing", row("Quote").getText(1), "the sheet shows the value the undo restored");
        properties.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();
        assertEquals("can be mutually reinforcing rather than zero-sum", thesis.getQuote());
    }

    /** Where the lines to and from the statement run, point by point. */
    private List<List<Double>> routesAt(Statement statement) {
        return viewer.getDiagram().getEdges().stream()
                .filter(e -> e.getSource().getElement() == statement || e.getTarget().getElement() == statement)
                .flatMap(e -> e.getRoute().stream()).map(p -> List.of(p.getX(), p.getY())).toList();
    }

    @Test
    void editingTheQuoteLeavesTheBoxAndItsLinesAsTheyWere() {
        Statement thesis = element("thesis");
        Shape shape = viewer.nodeOf(thesis).shape();
        // A box wider than its text needs, as one sized with another font is.
        editor.getSession().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getSession().getEditingDomain(),
                shape, org.disputatio.views.ViewsPackage.Literals.SHAPE__WIDTH, shape.getWidth() + 30));
        spin();
        List<Double> box = List.of(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight());
        List<List<Double>> routes = routesAt(thesis);
        assertFalse(routes.isEmpty(), "the thesis's lines have routes");
        click(thesis);

        editLongText("Quote", (window, text) -> {
            type(text, "can be mutually reinforcing rather than zero-sum");
            pressEnter(text, SWT.CTRL);
        });
        assertEquals("can be mutually reinforcing rather than zero-sum", thesis.getQuote());
        assertEquals(box, List.of(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight()), "the box does not show the quote: it stays");
        assertEquals(routes, routesAt(thesis), "and its lines keep their routes");

        editLongText("Text", (window, text) -> {
            type(text, "Soft power need not be zero-sum.");
            pressEnter(text, SWT.CTRL);
        });
        assertEquals(box, List.of(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight()), "nor its text");
        assertEquals(routes, routesAt(thesis));
    }

    @Test
    void aLongerLabelSetInPropertiesGrowsTheBoxInTheSameCommand() {
        Statement reason = element("reason");
        click(reason);
        Shape shape = viewer.nodeOf(reason).shape();
        double width = shape.getWidth();
        double height = shape.getHeight();
        Text label = edit("Label", Text.class);
        type(label, "Mutual attraction between the American and Chinese publics reduces the potential for conflict");
        // Enter in a one-line field is its default selection, which applies the value.
        label.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        assertEquals("Mutual attraction between the American and Chinese publics reduces the potential for conflict", reason.getLabel());
        org.disputatio.views.geometry.Size needed = viewer.layouter().size(shape);
        // What the user sees first: the label's lines stay inside the box, not spilling over the map.
        Scene.Node node = viewer.nodeOf(reason);
        assertTrue(node.height() >= needed.height() - 1e-9,
                "the label's " + node.label().size() + " lines spill out of its box: " + node.height() + " high, " + needed.height() + " needed");
        assertEquals(needed.width(), shape.getWidth(), 1e-9, "the box fits its new label");
        assertEquals(needed.height(), shape.getHeight(), 1e-9);
        assertTrue(shape.getWidth() * shape.getHeight() > width * height);
        editor.getSession().getCommandStack().undo();
        spin();
        assertEquals("Attraction reduces conflict", reason.getLabel());
        assertEquals(height, shape.getHeight(), 1e-9, "one undo takes back label and size");
    }

    @Test
    void textWithLineBreaksAndTagsKeepTheirLines() {
        Statement thesis = element("thesis");
        click(thesis);
        editLongText("Text", (window, text) -> {
            assertTrue((text.getStyle() & SWT.MULTI) != 0, "the item provider says a statement's text may run over several lines");
            type(text, "American and Chinese soft power can reinforce each other.\nThey are not rivals.");
            pressEnter(text, 0);
            assertFalse(window.isDisposed(), "Enter alone starts a new line: the window stays open");
            assertEquals("American and Chinese soft power can reinforce each other.\nThey are not zero-sum.", thesis.getText());
            org.disputatio.ui.Widgets.press(org.disputatio.ui.Widgets.button(window, "OK"));
        });
        assertEquals("American and Chinese soft power can reinforce each other.\nThey are not rivals.", thesis.getText(), "OK applies");
        editLongText("Text", (window, text) -> {
            type(text, "Discarded");
            org.disputatio.ui.Widgets.press(org.disputatio.ui.Widgets.button(window, "Cancel"));
        });
        assertEquals("American and Chinese soft power can reinforce each other.\nThey are not rivals.", thesis.getText(), "Cancel keeps it");

        editor.getSession().execute(MapCommands.set(editor.getSession().getEditingDomain(), thesis,
                ArgmapPackage.Literals.STATEMENT__LOCATOR, "p. 10\nn. 4"));
        spin();
        Text locator = edit("Locator", Text.class);
        assertTrue((locator.getStyle() & SWT.MULTI) != 0, "a one-line value that has line breaks keeps them in a multi-line editor");
        pressEnter(locator, SWT.CTRL);
        assertEquals("p. 10\nn. 4", thesis.getLocator());

        Text tags = edit("Tags", Text.class);
        assertEquals("nye\nzero-sum", tags.getText(), "one tag a line");
        type(tags, "nye\n soft power \n\nzero-sum");
        pressEnter(tags, SWT.CTRL);
        assertEquals(List.of("nye", "soft power", "zero-sum"), thesis.getTags());
        assertEquals("nye; soft power; zero-sum", row("Tags").getText(1));
        editor.getSession().getCommandStack().undo();
        assertEquals(List.of("nye", "zero-sum"), thesis.getTags());
    }

    @Test
    void proponentAndKindAreChosenFromTheMapsActorsAndTheKinds() {
        Statement thesis = element("thesis");
        click(thesis);
        CCombo proponent = edit("Proponent", CCombo.class);
        assertEquals(List.of("", "Actor Joseph Nye", "Actor Sun and Wang"), List.of(proponent.getItems()),
                "no proponent, then the map's actors as the item providers label them");
        proponent.select(2);
        proponent.notifyListeners(SWT.Selection, new Event());
        proponent.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        assertSame(element("sun-wang"), thesis.getProponent());

        CCombo kind = edit("Kind", CCombo.class);
        assertEquals(List.of("claim", "evidence", "rebuttal"), List.of(kind.getItems()), "the kinds as the item providers name them");
        kind.select(1);
        kind.notifyListeners(SWT.Selection, new Event());
        kind.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        assertEquals(StatementKind.EVIDENCE, thesis.getKind());

        editor.getSession().getCommandStack().undo();
        editor.getSession().getCommandStack().undo();
        assertEquals(StatementKind.CLAIM, thesis.getKind());
        assertSame(element("nye"), thesis.getProponent());
    }

    @Test
    void aShapeIsPinnedFromAChoiceOfTrueAndFalse() {
        Shape shape = viewer.nodeOf(element("thesis")).shape();
        ((PropertySheetPage) properties.getCurrentPage()).selectionChanged(editor, new StructuredSelection(shape));
        spin();
        CCombo pinned = edit("Pinned", CCombo.class);
        assertEquals(List.of("true", "false"), List.of(pinned.getItems()));
        pinned.select(0);
        pinned.notifyListeners(SWT.Selection, new Event());
        pinned.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        assertTrue(shape.isPinned());
        editor.getSession().getCommandStack().undo();
        assertFalse(shape.isPinned());
    }

    @Test
    void aYearThatIsNotANumberIsRefusedAndTheMapKeepsItsYear() {
        Source edney = element("edney");
        PropertySheetPage sheet = (PropertySheetPage) properties.getCurrentPage();
        sheet.selectionChanged(editor, new StructuredSelection(edney));
        spin();
        assertEquals("Kingsley Edney", row("Authors").getText(1));

        Text year = edit("Year", Text.class);
        type(year, "twenty fifteen");
        year.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        assertEquals(2015, edney.getYear());
        assertFalse(editor.isDirty());

        year = edit("Year", Text.class);
        type(year, "2016");
        year.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        assertEquals(2016, edney.getYear());

        year = edit("Year", Text.class);
        type(year, "");
        year.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        assertNull(edney.getYear(), "an empty year is no year");
        assertNotNull(editor.getSession().getCommandStack().getUndoCommand());
    }

    /** Chooses in a reference's combo the first item that starts with the given text. */
    private void choose(String property, String startOfItem) {
        CCombo combo = edit(property, CCombo.class);
        List<String> items = List.of(combo.getItems());
        int index = items.indexOf(items.stream().filter(i -> i.startsWith(startOfItem)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + startOfItem + " among " + items)));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
    }

    private void show(Object element) {
        ((PropertySheetPage) properties.getCurrentPage()).selectionChanged(editor, new StructuredSelection(element));
        spin();
    }

    @Test
    void anAttackTurnedOnAnInferenceBecomesAnUndercutAndBackARebut() {
        Conflict attack = editor.getSession().getMap().getConflicts().get(0);
        Inference support = editor.getSession().getMap().getInferences().get(0);
        show(attack);
        choose("Target", "Inference");
        assertSame(support, attack.getTarget());
        assertEquals(ConflictKind.UNDERCUT, attack.getKind(), "an attack on an inference is an undercut");

        choose("Target", "Claim: Soft power");
        assertSame(element("thesis"), attack.getTarget());
        assertEquals(ConflictKind.REBUT, attack.getKind(), "an attack on a statement is no undercut");

        editor.getSession().getCommandStack().undo();
        assertSame(support, attack.getTarget());
        assertEquals(ConflictKind.UNDERCUT, attack.getKind(), "target and kind are undone in one step");
    }

    @Test
    void aConclusionCannotBeMadeOneOfItsOwnPremises() {
        Inference support = editor.getSession().getMap().getInferences().get(0);
        Statement thesis = element("thesis");
        Statement reason = element("reason");
        show(support);
        choose("Conclusion", "Claim: Attraction");
        assertSame(thesis, support.getConclusion(), "the premise is refused as the conclusion");
        assertFalse(editor.isDirty());

        IPropertySource source = new ItemPropertySourceProvider(() -> editor.getSession().getEditingDomain()).getPropertySource(support);
        IPropertyDescriptor premises = Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("Premises"))
                .findFirst().orElseThrow();
        source.setPropertyValue(premises.getId(), List.of(reason, thesis));
        assertEquals(List.of(reason), support.getPremises(), "the conclusion is refused as a premise");
        assertFalse(editor.isDirty());
        Statement rebuttal = element("rebuttal");
        source.setPropertyValue(premises.getId(), List.of(reason, rebuttal));
        assertEquals(List.of(reason, rebuttal), support.getPremises(), "another statement may join the premises");
    }
}
