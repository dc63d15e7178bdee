// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.present;

import java.util.List;

import org.disputatio.core.MapSession;
import org.disputatio.core.PresentationCommands.Gesture;
import org.disputatio.core.StepState;
import org.disputatio.core.evaluation.Evaluation;
import org.disputatio.core.PresentationCommands;
import org.disputatio.model.Element;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorTracker;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.Step;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The presentations of the map in the active editor: each a list of steps, made from what is
 * selected on the canvas, reordered by drag and drop or Alt+Up/Down, with title, time and notes
 * edited in place. Every change is one command on the editor's stack.
 */
public final class PresentationView extends ViewPart implements MapEditorTracker.Follower {

    public static final String ID = "org.disputatio.ui.presentationView";

    private MapEditorTracker tracker;
    private MapEditor editor;
    private Combo presentations;
    private org.eclipse.swt.widgets.List steps;
    private Text title;
    private Text minutes;
    private Text notes;
    private Button evaluate;
    private Button useWhatIf;
    private Label whatIf;
    private int dragged = -1;
    /** Whether the view is in sight, and so the selected step is previewed on the editor's canvas. */
    private boolean previewing = true;
    private final IPartListener2 sight = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == PresentationView.this) {
                previewing = true;
                preview();
            }
        }

        @Override
        public void partHidden(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == PresentationView.this) {
                previewing = false;
                preview();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        presentations = new Combo(parent, SWT.READ_ONLY);
        presentations.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        presentations.addListener(SWT.Selection, e -> refreshSteps(0));
        button(parent, "New Presentation", this::newPresentation);
        button(parent, "Present", () -> rehearse(0));

        steps = new org.eclipse.swt.widgets.List(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        GridData list = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        list.heightHint = 160;
        steps.setLayoutData(list);
        steps.addListener(SWT.Selection, e -> showStep());
        steps.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
                move(steps.getSelectionIndex(), steps.getSelectionIndex() + (e.keyCode == SWT.ARROW_UP ? -1 : 1));
                e.doit = false;
            } else if (e.keyCode == SWT.DEL) {
                delete();
            }
        });
        dragAndDrop();

        button(parent, "Reveal Selection", () -> add(Gesture.REVEAL));
        button(parent, "Highlight Selection", () -> add(Gesture.HIGHLIGHT));
        button(parent, "Focus on Selection", () -> add(Gesture.FOCUS));
        button(parent, "Hide Selection", () -> add(Gesture.HIDE));
        button(parent, "Duplicate", this::duplicate);
        button(parent, "Delete", this::delete);
        button(parent, "Rehearse", () -> rehearse(Math.max(0, steps.getSelectionIndex())));
        new Label(parent, SWT.NONE);

        new Label(parent, SWT.NONE).setText("Title");
        title = new Text(parent, SWT.BORDER);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 1, 1));
        title.addListener(SWT.DefaultSelection, e -> commitTitle());
        title.addListener(SWT.FocusOut, e -> commitTitle());
        new Label(parent, SWT.NONE).setText("Minutes");
        minutes = new Text(parent, SWT.BORDER);
        minutes.setLayoutData(new GridData(60, SWT.DEFAULT));
        minutes.addListener(SWT.DefaultSelection, e -> commitMinutes());
        minutes.addListener(SWT.FocusOut, e -> commitMinutes());
        evaluate = new Button(parent, SWT.CHECK);
        evaluate.setText("Show Evaluation");
        evaluate.setData("action", "Show Evaluation");
        evaluate.setToolTipText("Draw each statement's label (accepted, rejected, undecided) at this step");
        evaluate.addListener(SWT.Selection, e -> commitEvaluate());
        useWhatIf = new Button(parent, SWT.PUSH);
        useWhatIf.setText("Use the Editor's What-If");
        useWhatIf.setData("action", "Use the Editor's What-If");
        useWhatIf.setToolTipText("Make the editor's What If assumptions this step's own, and show the evaluation");
        useWhatIf.addListener(SWT.Selection, e -> useEditorsWhatIf());
        whatIf = new Label(parent, SWT.WRAP);
        whatIf.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Label notesLabel = new Label(parent, SWT.NONE);
        notesLabel.setText("Notes");
        notesLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        notes = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData notesData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        notesData.heightHint = 100;
        notes.setLayoutData(notesData);
        notes.addListener(SWT.FocusOut, e -> commitNotes());
        tracker = new MapEditorTracker(this, this);
        getSite().getPage().addPartListener(sight);
        // Its keys (F5, Shift+F5) while the view is active.
        getSite().getService(IContextService.class).activateContext("org.disputatio.ui.presentationContext");
    }

    private void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData("action", text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void dragAndDrop() {
        Transfer[] types = { TextTransfer.getInstance() };
        DragSource source = new DragSource(steps, DND.DROP_MOVE);
        source.setTransfer(types);
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                dragged = steps.getSelectionIndex();
                event.doit = dragged >= 0;
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = Integer.toString(dragged);
            }
        });
        DropTarget target = new DropTarget(steps, DND.DROP_MOVE);
        target.setTransfer(types);
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void drop(DropTargetEvent event) {
                Point at = steps.toControl(event.x, event.y);
                int index = Math.min(steps.getItemCount() - 1, Math.max(0, steps.getTopIndex() + at.y / Math.max(1, steps.getItemHeight())));
                move(dragged, index);
            }
        });
    }

    @Override
    public void setFocus() {
        steps.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(sight);
        if (tracker != null) {
            tracker.dispose();
        }
        previewing = false;
        preview();
        super.dispose();
    }

    @Override
    public void show(MapEditor shown) {
        if (editor != shown) {
            endPreview();
        }
        editor = shown;
        refreshPresentations(0);
    }

    /**
     * Draws the selected step on the editor's canvas as it will be presented (the viewer's
     * picture only; nothing is written), or ends that when the view is out of sight.
     */
    private void preview() {
        if (editor == null || editor.getViewer().getControl().isDisposed()) {
            return;
        }
        Presentation p = presentation();
        int index = steps == null || steps.isDisposed() ? -1 : steps.getSelectionIndex();
        if (previewing && p != null && index >= 0) {
            editor.getViewer().setStepPreview(p, index);
        } else {
            endPreview();
        }
    }

    private void endPreview() {
        if (editor != null && !editor.getViewer().getControl().isDisposed() && editor.getViewer().isPreviewingStep()) {
            editor.getViewer().setStepPreview(null, -1);
        }
    }

    @Override
    public void mapChanged() {
        refreshPresentations(Math.max(0, presentations.getSelectionIndex()));
    }

    /** Whether the view shows the presentations of this editor's map. */
    public boolean showsEditor(MapEditor shown) {
        return editor == shown;
    }

    private MapSession session() {
        return editor == null ? null : editor.getSession();
    }

    /** The presentation chosen in the view, or null. */
    public Presentation presentation() {
        if (session() == null || presentations.getSelectionIndex() < 0) {
            return null;
        }
        List<Presentation> all = session().getPresentations();
        return presentations.getSelectionIndex() < all.size() ? all.get(presentations.getSelectionIndex()) : null;
    }

    private Step step() {
        Presentation p = presentation();
        int i = steps.getSelectionIndex();
        return p == null || i < 0 || i >= p.getSteps().size() ? null : p.getSteps().get(i);
    }

    private void refreshPresentations(int select) {
        if (presentations.isDisposed()) {
            return;
        }
        int keep = steps.getSelectionIndex();
        presentations.removeAll();
        if (session() != null) {
            session().getPresentations().forEach(p -> presentations.add(p.getName() == null ? "(unnamed)" : p.getName()));
        }
        if (presentations.getItemCount() > 0) {
            presentations.select(Math.min(select, presentations.getItemCount() - 1));
        }
        refreshSteps(Math.max(0, keep));
    }

    private void refreshSteps(int select) {
        steps.removeAll();
        Presentation p = presentation();
        if (p != null) {
            for (int i = 0; i < p.getSteps().size(); i++) {
                Step s = p.getSteps().get(i);
                steps.add((i + 1) + ". " + (s.getTitle() == null ? "" : s.getTitle()));
            }
            if (steps.getItemCount() > 0) {
                steps.select(Math.min(select, steps.getItemCount() - 1));
            }
        }
        showStep();
    }

    private void showStep() {
        Step s = step();
        title.setText(s == null || s.getTitle() == null ? "" : s.getTitle());
        minutes.setText(s == null ? "" : s.getMinutes() == 0 ? "" : String.valueOf(s.getMinutes()));
        notes.setText(s == null || s.getSpeakerNotes() == null ? "" : s.getSpeakerNotes());
        title.setEnabled(s != null);
        minutes.setEnabled(s != null);
        notes.setEnabled(s != null);
        evaluate.setSelection(s != null && s.isEvaluate());
        evaluate.setEnabled(s != null);
        useWhatIf.setEnabled(s != null);
        Evaluation shown = s == null ? null : StepState.evaluation(presentation(), steps.getSelectionIndex(), null);
        whatIf.setText(shown == null ? "" : shown.whatIf());
        preview();
    }

    private void run(Command command, int selectAfter) {
        if (session() != null && session().execute(command)) {
            refreshSteps(selectAfter);
        }
    }

    void newPresentation() {
        if (editor == null) {
            return;
        }
        Diagram diagram = editor.getViewer().getInput() instanceof Diagram d ? d : session().getDiagrams().stream().findFirst().orElse(null);
        if (diagram == null) {
            return;
        }
        int count = session().getPresentations().size();
        if (session().execute(PresentationCommands.newPresentation(session().getEditingDomain(), diagram,
                "Presentation " + (count + 1)))) {
            refreshPresentations(count);
        }
    }

    /** A new step after the selected one, made from what is selected on the canvas. */
    void add(Gesture gesture) {
        Presentation p = presentation();
        if (p == null || editor == null) {
            return;
        }
        List<Element> selected = editor.getViewer().getSelectedElements().stream().filter(Element.class::isInstance)
                .map(Element.class::cast).toList();
        if (selected.isEmpty()) {
            return;
        }
        int at = steps.getSelectionIndex();
        String name = switch (gesture) {
            case REVEAL -> "Reveal";
            case HIGHLIGHT -> "Highlight";
            case FOCUS -> "Focus";
            case HIDE -> "Hide";
        };
        run(PresentationCommands.addStep(session().getEditingDomain(), p, at, name + " " + selected.size(), gesture, selected),
                at < 0 ? p.getSteps().size() : at + 1);
    }

    void duplicate() {
        Step s = step();
        if (s != null) {
            run(PresentationCommands.duplicate(session().getEditingDomain(), s), steps.getSelectionIndex() + 1);
        }
    }

    void delete() {
        Step s = step();
        if (s != null) {
            run(PresentationCommands.delete(session().getEditingDomain(), List.of(s)), Math.max(0, steps.getSelectionIndex() - 1));
        }
    }

    void move(int from, int to) {
        Presentation p = presentation();
        if (p == null || from < 0 || from >= p.getSteps().size() || to < 0 || to >= p.getSteps().size() || from == to) {
            return;
        }
        run(PresentationCommands.move(session().getEditingDomain(), p.getSteps().get(from), to), to);
    }

    private void commitTitle() {
        Step s = step();
        if (s != null && !title.getText().equals(s.getTitle() == null ? "" : s.getTitle())) {
            run(PresentationCommands.setTitle(session().getEditingDomain(), s, title.getText()), steps.getSelectionIndex());
        }
    }

    private void commitNotes() {
        Step s = step();
        if (s != null && !notes.getText().equals(s.getSpeakerNotes() == null ? "" : s.getSpeakerNotes())) {
            run(PresentationCommands.setNotes(session().getEditingDomain(), s, notes.getText()), steps.getSelectionIndex());
        }
    }

    private void commitEvaluate() {
        Step s = step();
        if (s != null && s.isEvaluate() != evaluate.getSelection()) {
            run(PresentationCommands.setEvaluate(session().getEditingDomain(), s, evaluate.getSelection()), steps.getSelectionIndex());
        }
    }

    /** The editor's What If (none when its evaluation is off) becomes the step's own. */
    void useEditorsWhatIf() {
        Step s = step();
        if (s == null || editor == null) {
            return;
        }
        Evaluation current = editor.getViewer().getEvaluation();
        run(PresentationCommands.setWhatIf(session().getEditingDomain(), s,
                current == null ? java.util.Map.of() : current.options().assumptions()), steps.getSelectionIndex());
    }

    private void commitMinutes() {
        Step s = step();
        if (s == null) {
            return;
        }
        String text = minutes.getText().strip().replace(',', '.');
        try {
            double value = text.isEmpty() ? 0 : Double.parseDouble(text);
            if (value != s.getMinutes()) {
                run(PresentationCommands.setMinutes(session().getEditingDomain(), s, value), steps.getSelectionIndex());
            }
        } catch (NumberFormatException e) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage("Minutes: '" + text + "' is not a number");
            showStep();
        }
    }

    /** Presents the chosen presentation from a step. */
    public Presenter rehearse(int from) {
        Presentation p = presentation();
        if (p == null || p.getSteps().isEmpty() || p.getDiagram() == null) {
            return null;
        }
        return Presenter.start(getSite().getShell().getDisplay(), p, from, editor.getViewer().getSettings());
    }

    // For tests and the editor's Present command.
    public org.eclipse.swt.widgets.List stepList() {
        return steps;
    }

    public Text titleField() {
        return title;
    }

    public Text notesField() {
        return notes;
    }

    public Button evaluateButton() {
        return evaluate;
    }

    /** The step's what-if as the view states it. */
    public String whatIfText() {
        return whatIf.getText();
    }
}
