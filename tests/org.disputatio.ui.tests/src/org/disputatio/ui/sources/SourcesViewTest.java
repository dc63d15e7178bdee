// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.sources;

import static org.disputatio.ui.Widgets.all;
import static org.disputatio.ui.Widgets.answerDialog;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.disputatio.core.MapSession;
import org.disputatio.core.MapValidator;
import org.disputatio.core.Problem;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Citation;
import org.disputatio.model.Source;
import org.disputatio.model.SourceKind;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.AuthorNames;
import org.disputatio.model.edit.provider.Citations;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;

/** The Sources view on the DW 2018 example, edited through its real cell editors. */
class SourcesViewTest extends OnTheDwExample {

    private static final ArgmapPackage M = ArgmapPackage.eINSTANCE;
    private static final int AUTHORS = SourcesView.columnOf(M.getSource_Authors());
    private static final int YEAR = SourcesView.columnOf(M.getSource_Year());
    private static final int TITLE = SourcesView.columnOf(M.getSource_Title());
    private static final int VENUE = SourcesView.columnOf(M.getSource_Venue());
    private static final int KIND = SourcesView.columnOf(M.getSource_Kind());

    private MapSession session() {
        return editor.getSession();
    }

    private Source source(String id) {
        return (Source) session().getResource().getEObject(id);
    }

    private int row(Source source) {
        return session().getMap().getSources().indexOf(source);
    }

    private void doubleClick(int row, int column) {
        new SourceCells(table).doubleClick(row, column);
    }

    private <T extends Control> T cellEditor(Class<T> type) {
        return new SourceCells(table).cellEditor(type);
    }

    private void type(String text) {
        new SourceCells(table).type(text);
    }

    @Test
    void listsTheSourcesOfTheMap() {
        List<Source> sources = session().getMap().getSources();
        assertEquals(4, table.getItemCount());
        for (int row = 0; row < sources.size(); row++) {
            assertEquals(sources.get(row).getTitle(), table.getItem(row).getText(TITLE));
        }
        TableItem yang = table.getItem(row(source("dw-yang2018")));
        assertEquals("Yang, William", yang.getText(AUTHORS));
        assertEquals("2018", yang.getText(YEAR));
        assertEquals("DW (Deutsche Welle)", yang.getText(VENUE));
        assertEquals("news report", yang.getText(KIND));
    }

    @Test
    void editingATitleInItsCellIsOneUndoableCommand() {
        Source yang = source("dw-yang2018");
        String title = yang.getTitle();
        doubleClick(row(yang), TITLE);
        type("How China exports its soft power");
        assertEquals("How China exports its soft power", yang.getTitle());
        assertEquals("How China exports its soft power", table.getItem(row(yang)).getText(TITLE));
        assertTrue(editor.isDirty());

        view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        spin();
        assertEquals(title, yang.getTitle(), "Undo in the view is the editor's");
        assertEquals(title, table.getItem(row(yang)).getText(TITLE));
        assertFalse(editor.isDirty());
    }

    @Test
    void authorsAreEditedAsOneCellSeparatedBySemicolons() {
        Source brookings = source("dw-cite-sun-brookings");
        doubleClick(row(brookings), AUTHORS);
        type("Yun Sun; Varrall, Merriden ; {Brookings Institution}");
        assertEquals("Sun, Yun; Varrall, Merriden; Brookings Institution", table.getItem(row(brookings)).getText(AUTHORS));
        assertTrue(Citations.shortCitation(brookings).startsWith("Sun et al."), Citations.shortCitation(brookings));
        assertEquals("Brookings Institution", brookings.getAuthors().get(2).getLiteral());
        assertEquals("Merriden", brookings.getAuthors().get(1).getGiven());
        session().getCommandStack().undo();
        assertEquals("Sun, Yun", AuthorNames.formatList(brookings.getAuthors()));
    }

    @Test
    void aYearTakesItsLetterInOneUndoableEdit() {
        Source yang = source("dw-yang2018");
        doubleClick(row(yang), YEAR);
        type("2018a");
        assertEquals(2018, yang.getYear());
        assertEquals("a", yang.getYearSuffix());
        assertEquals("2018a", table.getItem(row(yang)).getText(YEAR));
        assertEquals("Yang 2018a", Citations.shortCitation(yang));
        session().getCommandStack().undo();
        assertEquals(2018, yang.getYear());
        assertNull(yang.getYearSuffix(), "one undo takes back year and letter");
        assertFalse(session().getCommandStack().canUndo());
    }

    @Test
    void theKindIsChosenFromTheList() {
        Source ft = source("dw-cite-ft");
        doubleClick(row(ft), KIND);
        CCombo combo = cellEditor(CCombo.class);
        combo.select(List.of(combo.getItems()).indexOf("magazine feature"));
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        assertEquals(SourceKind.MAGAZINE_FEATURE, ft.getKind());
        session().getCommandStack().undo();
        assertEquals(SourceKind.NEWS_REPORT, ft.getKind());
    }

    @Test
    void aYearThatIsNotANumberIsRefusedWithAMessage() {
        Source yang = source("dw-yang2018");
        doubleClick(row(yang), YEAR);
        type("twenty-eighteen");
        assertEquals(2018, yang.getYear());
        assertFalse(session().getCommandStack().canUndo(), "nothing was changed");
        assertTrue(all(editor.getSite().getShell(), CLabel.class).stream()
                .anyMatch(label -> "A year is a whole number, such as 2015, or with its letter, such as 2015a.".equals(label.getText())),
                "the status line says why");

        doubleClick(row(yang), YEAR);
        type("");
        assertNull(yang.getYear(), "an empty year clears it");
    }

    @Test
    void addSourceAddsOneAndStartsEditingItsTitle() {
        assertTrue(Stream.of(view.getViewSite().getActionBars().getToolBarManager().getItems())
                .map(item -> ((ActionContributionItem) item).getAction()).toList()
                .containsAll(List.of(view.addSource, view.removeSource)), "both are on the view's toolbar");
        view.addSource.run();
        spin();
        List<Source> sources = session().getMap().getSources();
        assertEquals(5, sources.size());
        assertEquals(5, table.getItemCount());
        assertTrue(view.getViewer().isCellEditorActive(), "the new source's title is being edited");
        type("China's soft power offensive");
        Source added = sources.get(4);
        assertEquals("China's soft power offensive", added.getTitle());
        assertTrue(added.getId().startsWith("source-"), added.getId());

        session().getCommandStack().undo();
        session().getCommandStack().undo();
        spin();
        assertEquals(4, sources.size());
        assertEquals(4, table.getItemCount());
    }

    @Test
    void removingCitedSourcesWarnsAndLeavesNothingPointingAtThem() {
        Source yang = source("dw-yang2018");
        Source brookings = source("dw-cite-sun-brookings");
        List<Statement> readInYang = session().getMap().getStatements().stream().filter(s -> s.getSource() == yang).toList();
        List<Citation> citingBrookings = session().getMap().getStatements().stream().flatMap(s -> s.getCitations().stream())
                .filter(c -> c.getWork() == brookings).toList();
        assertEquals(2, citingBrookings.size());
        view.getViewer().setSelection(new StructuredSelection(List.of(yang, brookings)));

        List<String> warning = answerDialog("Remove Source", "Remove");
        view.removeSource.run();
        spin();
        assertTrue(warning.stream().anyMatch(text -> text.startsWith("2 sources are the source of " + readInYang.size()
                + " statements and cited in 2 citations.")), warning.toString());
        assertEquals(List.of("dw-cite-ft", "dw-cite-global-times"), session().getMap().getSources().stream().map(Source::getId).toList());
        assertEquals(2, table.getItemCount());
        assertTrue(EcoreUtil.UsageCrossReferencer.findAll(List.of(yang, brookings), session().getResource()).isEmpty(),
                "no reference to a removed source is left");
        assertTrue(readInYang.stream().allMatch(s -> s.getSource() == null));
        assertTrue(citingBrookings.stream().allMatch(c -> c.eContainer() == null), "the citations went with the work they cite");
        List<Problem> errors = MapValidator.validate(session().getResource()).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        assertTrue(errors.stream().allMatch(p -> p.rule().equals("quote-source")), "only the quotes lost their source: " + errors);

        session().getCommandStack().undo();
        spin();
        assertEquals(4, table.getItemCount());
        assertTrue(readInYang.stream().allMatch(s -> s.getSource() == yang));
        assertTrue(citingBrookings.stream().allMatch(c -> c.eContainer() != null && c.getWork() == brookings));
    }

    @Test
    void deleteInTheViewAsksTooAndCancellingRemovesNothing() {
        Source ft = source("dw-cite-ft");
        view.getViewer().setSelection(new StructuredSelection(ft));
        List<String> warning = answerDialog("Remove Source", "Cancel");
        view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.DELETE.getId()).run();
        spin();
        assertTrue(warning.stream().anyMatch(text -> text.startsWith("\u201CFinancial Times report")), warning.toString());
        assertSame(ft, source("dw-cite-ft"));
        assertFalse(session().getCommandStack().canUndo());
    }

    @Test
    void followsTheEditorThroughRevertAndShowsNothingWhenItCloses() {
        view.addSource.run();
        spin();
        view.getViewer().cancelEditing();
        assertEquals(5, table.getItemCount());
        Object before = table.getItem(0).getData();
        editor.revertToSaved();
        spin();
        assertEquals(4, table.getItemCount());
        assertNotSame(before, table.getItem(0).getData());
        assertSame(session().getMap().getSources().get(0), table.getItem(0).getData(), "the reverted map's sources are shown");

        page.closeEditor(editor, false);
        spin();
        assertEquals(0, table.getItemCount());
        assertEquals("No map is open.", view.getContentDescription());
        assertFalse(view.addSource.isEnabled());
    }
}
