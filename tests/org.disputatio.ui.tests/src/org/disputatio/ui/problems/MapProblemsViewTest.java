// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.problems;

import static org.disputatio.ui.Widgets.all;
import static org.disputatio.ui.WorkbenchTesting.open;
import static org.disputatio.ui.WorkbenchTesting.saveExchange;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.disputatio.ui.WorkbenchTesting.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.core.schemes.CatalogueScheme;
import org.disputatio.core.schemes.SchemeCatalogue;
import org.disputatio.core.schemes.SchemeCommands;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.ui.editor.MapEditor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Map Problems view inside the running workbench, driven through its table. */
class MapProblemsViewTest {

    private static final ArgmapPackage M = ArgmapPackage.eINSTANCE;

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor editor;
    private MapProblemsView view;
    private Table table;

    @BeforeEach
    void openAValidMap() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        editor = open(saveExchange(dir.resolve("exchange.argmap")));
        view = (MapProblemsView) page.showView(MapProblemsView.ID);
        table = view.getViewer().getTable();
        spinUntil(() -> "No problems.".equals(view.getContentDescription()), 5000);
        assertEquals(0, table.getItemCount(), "the map starts valid");
        assertEquals("No problems.", view.getContentDescription());
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private MapSession session() {
        return editor.getSession();
    }

    private EObject element(String id) {
        return session().getResource().getEObject(id);
    }

    private void set(EObject owner, EStructuralFeature feature, Object value) {
        assertTrue(session().execute(MapCommands.set(session().getEditingDomain(), owner, feature, value)));
    }

    /** Double-clicks a row: the table selects it and reports the default selection. */
    private void openRow(int row) {
        table.setSelection(row);
        Event event = new Event();
        event.item = table.getItem(row);
        table.notifyListeners(SWT.DefaultSelection, event);
        spin();
    }

    private Set<?> canvasSelection() {
        return Set.of(((IStructuredSelection) editor.getViewer().getSelection()).toArray());
    }

    @Test
    void aQuoteWithoutLocatorOrSourceIsListedAndUndoClearsIt() {
        set(element("reason"), M.getStatement_Quote(), "mutual attraction");
        spin();
        assertEquals(2, table.getItemCount());
        assertEquals("Errors: 2, warnings: 0", view.getContentDescription());
        for (int row = 0; row < 2; row++) {
            assertEquals("error", table.getItem(row).getText(0));
            assertNotNull(table.getItem(row).getImage(0), "errors have the error icon");
            assertEquals("Claim: Mutual attraction reduces the potential for conflict", table.getItem(row).getText(2));
            assertEquals("reason", table.getItem(row).getText(3));
        }
        assertTrue(table.getItem(0).getText(1).contains("does not say where (no locator)"), table.getItem(0).getText(1));
        assertTrue(table.getItem(1).getText(1).contains("no source it is quoted from"), table.getItem(1).getText(1));

        session().getCommandStack().undo();
        spin();
        assertEquals(0, table.getItemCount());
    }

    @Test
    void openCriticalQuestionsAreInfoWithTheInfoIcon() {
        Inference inference = session().getMap().getInferences().get(0);
        CatalogueScheme expert = SchemeCatalogue.shipped().byId("expert-opinion");
        assertTrue(session().execute(SchemeCommands.choose(session().getEditingDomain(), session().getMap(), inference, expert)));
        spin();
        int questions = expert.questions().size();
        assertEquals(questions, table.getItemCount(), "one row per open question");
        assertEquals("Errors: 0, warnings: 0, info: " + questions, view.getContentDescription());
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        for (int row = 0; row < questions; row++) {
            assertEquals("info", table.getItem(row).getText(0));
            assertSame(images.getImage(ISharedImages.IMG_OBJS_INFO_TSK), table.getItem(row).getImage(0), "the info icon");
            assertNotSame(images.getImage(ISharedImages.IMG_OBJS_WARN_TSK), table.getItem(row).getImage(0), "not the warning one");
        }
        session().getCommandStack().undo();
        spin();
        assertEquals(0, table.getItemCount());
    }

    @Test
    void anInferenceWithoutConclusionIsListedAndOpeningItSelectsItsPremise() {
        Statement reason = (Statement) element("reason");
        assertTrue(session().execute(MapCommands.add(session().getEditingDomain(), session().getMap(),
                MapElements.inference(List.of(reason), null))));
        spin();
        assertEquals(1, table.getItemCount());
        assertTrue(table.getItem(0).getText(1).endsWith("has no conclusion"), table.getItem(0).getText(1));

        page.activate(view);
        openRow(0);
        assertSame(editor, page.getActivePart(), "opening a problem activates the editor");
        assertEquals(Set.of(reason), canvasSelection(), "the inference is not drawn, its premise is");
        session().getCommandStack().undo();
        spin();
        assertEquals(0, table.getItemCount());
    }

    @Test
    void openingAProblemSelectsTheStatementOnTheCanvas() {
        set(element("rebuttal"), M.getStatement_Quote(), "a Western political system");
        set(element("rebuttal"), M.getStatement_Locator(), "p. 11");
        spin();
        assertEquals(1, table.getItemCount(), "the quote has a locator but no source");
        page.activate(view);
        openRow(0);
        assertSame(editor, page.getActivePart());
        assertEquals(Set.of(element("rebuttal")), canvasSelection());
    }

    @Test
    void openingAConflictSelectsTheStatementsItsLineJoins() {
        set(session().getMap().getConflicts().get(0), M.getConflict_Kind(), ConflictKind.UNDERCUT);
        spin();
        assertEquals(1, table.getItemCount());
        assertTrue(table.getItem(0).getText(1).contains("undercut but attacks a statement"), table.getItem(0).getText(1));
        openRow(0);
        assertEquals(Set.of(element("rebuttal"), element("thesis")), canvasSelection());
    }

    @Test
    void openingAProblemOfAStatementNotOnTheDiagramSaysSo() {
        Statement offDiagram = MapElements.statement(StatementKind.EVIDENCE, "Joint polls of attraction");
        offDiagram.setQuote("attraction");
        offDiagram.setLocator("p. 12");
        assertTrue(session().execute(MapCommands.add(session().getEditingDomain(), session().getMap(), offDiagram)));
        spin();
        assertEquals(1, table.getItemCount());
        page.activate(view);
        openRow(0);
        assertSame(editor, page.getActivePart());
        assertEquals(Set.of(), canvasSelection());
        assertTrue(all(editor.getSite().getShell(), CLabel.class).stream()
                .anyMatch(label -> "\u201CEvidence: Joint polls of attraction\u201D is not drawn on this diagram."
                        .equals(label.getText())), "the status line says why nothing is selected");
    }

    @Test
    void aMapWithNothingToDrawIsCheckedToo() throws Exception {
        // Checking waits for the first painted map; a map without shapes is painted as well.
        Path empty = dir.resolve("empty.argmap");
        MapSession created = MapSession.create(empty, "Nothing yet");
        created.getResource().getContents().add(DiagramContents.wholeMap(created.getMap(), "Empty"));
        created.save();
        open(empty);
        spinUntil(() -> "No problems.".equals(view.getContentDescription()), 5000);
        assertEquals("No problems.", view.getContentDescription(), "not still checking");
        assertEquals(0, table.getItemCount());
    }

    @Test
    void followsTheActiveEditorItsRevertAndShowsNothingWithoutOne() throws Exception {
        Path broken = saveExchange(dir.resolve("broken.argmap"));
        MapSession brokenSession = MapSession.open(broken);
        ((Statement) brokenSession.getResource().getEObject("thesis")).setQuote("soft power need not be zero-sum");
        brokenSession.save();
        MapEditor other = open(broken);
        // Checked once its diagram is painted, which the X server asks for a little later.
        spinUntil(() -> table.getItemCount() == 2, 5000);
        assertEquals(2, table.getItemCount(), "the problems of the map just opened");
        page.activate(view);
        spin();
        assertEquals(2, table.getItemCount(), "activating the view keeps the editor's map");
        page.activate(editor);
        spin();
        assertEquals(0, table.getItemCount());

        set(element("reason"), M.getStatement_Quote(), "mutual attraction");
        spin();
        assertEquals(2, table.getItemCount());
        editor.revertToSaved();
        spin();
        assertEquals(0, table.getItemCount(), "the reverted map has no problems");
        set(element("reason"), M.getStatement_Quote(), "mutual attraction");
        spin();
        assertEquals(2, table.getItemCount(), "changes to the reverted map are checked too");

        page.closeEditor(other, false);
        page.closeEditor(editor, false);
        spin();
        assertEquals(0, table.getItemCount());
        assertEquals("No map is open.", view.getContentDescription());
    }
}
