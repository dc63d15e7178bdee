// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.schemes;

import java.util.List;

import org.disputatio.core.MapSession;
import org.disputatio.core.schemes.CatalogueScheme;
import org.disputatio.core.schemes.CriticalQuestions;
import org.disputatio.core.schemes.SchemeCatalogue;
import org.disputatio.core.schemes.SchemeCommands;
import org.disputatio.model.Conflict;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.QuestionStatus;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.Labels;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorTracker;
import org.disputatio.ui.editor.SchemeMenus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * The critical questions of the inference selected on the canvas, each with its status: open,
 * raised by a conflict, answered by a statement. The inference stays shown while the user goes
 * on to select the conflict or statement that raises or answers a question; the buttons then
 * mark it (one undoable command each, {@link SchemeCommands#mark}), and a double-click on a
 * question selects on the canvas what raised or answered it.
 */
public final class CriticalQuestionsView extends ViewPart implements MapEditorTracker.Follower {

    public static final String ID = "org.disputatio.ui.criticalQuestionsView";

    private MapEditorTracker tracker;
    private MapEditor editor;
    private SchemeMenus menus;
    private Inference inference;
    private Label heading;
    private Table table;
    private Button raised;
    private Button answered;
    private Button reopen;
    private Button showWho;
    private final ISelectionChangedListener selectionListener = e -> selectionChanged();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        table = new Table(parent, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        tableData.heightHint = 140;
        table.setLayoutData(tableData);
        column("Critical question", 420);
        column("Status", 260);
        table.addListener(SWT.Selection, e -> enableButtons());
        table.addListener(SWT.DefaultSelection, e -> showWho());
        raised = button(parent, "Raised by the Selected Conflict", () -> mark(QuestionStatus.RAISED));
        answered = button(parent, "Answered by the Selected Statement", () -> mark(QuestionStatus.ANSWERED));
        reopen = button(parent, "Open Again", () -> mark(null));
        showWho = button(parent, "Select Who Raised or Answered It", this::showWho);
        tracker = new MapEditorTracker(this, this);
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    private Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData("action", text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
        unhook();
        super.dispose();
    }

    @Override
    public void show(MapEditor shown) {
        unhook();
        editor = shown;
        inference = null;
        menus = null;
        if (editor != null) {
            menus = new SchemeMenus(editor::getSession, () -> editor.getViewer().getSelectedElements());
            editor.getViewer().addSelectionChangedListener(selectionListener);
            inference = menus.inference();
        }
        refresh();
    }

    private void unhook() {
        if (editor != null && !editor.getViewer().getControl().isDisposed()) {
            editor.getViewer().removeSelectionChangedListener(selectionListener);
        }
    }

    @Override
    public void mapChanged() {
        refresh();
    }

    /** A newly selected inference is shown; selecting anything else keeps the one shown, to mark its questions with it. */
    private void selectionChanged() {
        Inference selected = menus == null ? null : menus.inference();
        if (selected != null) {
            inference = selected;
        }
        refresh();
    }

    private void refresh() {
        if (table.isDisposed()) {
            return;
        }
        int keep = table.getSelectionIndex();
        table.removeAll();
        if (inference != null && (editor == null || inference.eResource() != editor.getSession().getResource())) {
            inference = null; // deleted, or of another map
        }
        if (inference == null) {
            heading.setText("Select an inference (its junction, its line, or its premises and conclusion) to see its critical questions.");
        } else if (inference.getScheme() == null) {
            heading.setText("The " + Labels.brief(inference) + " has no scheme: choose one in Properties or from the context menu.");
        } else {
            CatalogueScheme known = SchemeCatalogue.shipped().of(inference.getScheme());
            heading.setText("The " + Labels.brief(inference) + ", " + (known != null ? known.name() : inference.getScheme().getName())
                    + ": " + CriticalQuestions.open(inference) + " of " + inference.getScheme().getCriticalQuestions().size()
                    + " questions open.");
            int n = 1;
            for (CriticalQuestions.State state : CriticalQuestions.of(inference)) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { n++ + ". " + state.question().getText(), SchemeMenus.describe(state) });
                item.setData(state);
            }
            if (keep >= 0 && keep < table.getItemCount()) {
                table.select(keep);
            }
        }
        heading.getParent().layout(true);
        enableButtons();
    }

    private CriticalQuestions.State question() {
        int index = table.getSelectionIndex();
        return index < 0 ? null : (CriticalQuestions.State) table.getItem(index).getData();
    }

    private void enableButtons() {
        CriticalQuestions.State state = question();
        raised.setEnabled(state != null && raiser() != null);
        answered.setEnabled(state != null && answerer() != null);
        reopen.setEnabled(state != null && state.status() != CriticalQuestions.Status.OPEN);
        showWho.setEnabled(state != null && state.by() != null);
    }

    private Conflict raiser() {
        return inference == null || menus == null ? null : menus.raisingConflict(inference);
    }

    private Statement answerer() {
        return inference == null || menus == null ? null : menus.answeringStatement(inference);
    }

    /** Marks the selected question raised by the selected conflict, answered by the selected statement, or open. */
    void mark(QuestionStatus status) {
        CriticalQuestions.State state = question();
        if (state == null || editor == null) {
            return;
        }
        Element by = status == QuestionStatus.RAISED ? raiser() : status == QuestionStatus.ANSWERED ? answerer() : null;
        if (status != null && by == null) {
            return;
        }
        MapSession session = editor.getSession();
        Command command = SchemeCommands.mark(session.getEditingDomain(), inference, state.question(), status, by);
        session.execute(command);
    }

    /** Selects on the canvas the conflict or statement that raised or answered the selected question. */
    void showWho() {
        CriticalQuestions.State state = question();
        if (state != null && state.by() != null && editor != null) {
            editor.getViewer().setSelection(new StructuredSelection(state.by()), true);
        }
    }

    // For tests.
    public Inference inference() {
        return inference;
    }

    public String heading() {
        return heading.getText();
    }

    public Table table() {
        return table;
    }

    /** The buttons by their text. */
    public List<Button> buttons() {
        return List.of(raised, answered, reopen, showWho);
    }
}
