// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.disputatio.core.MapValidator;
import org.disputatio.core.Problem;
import org.disputatio.model.Conflict;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.Citations;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorTracker;
import org.disputatio.viewer.MapViewer;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The problems {@link MapValidator} finds in the map of the active map editor, errors first,
 * checked again after every change. Opening a problem shows its element on the canvas.
 * The workbench's own Problems view lists resource markers, which maps outside a workspace
 * do not have.
 */
public class MapProblemsView extends ViewPart implements MapEditorTracker.Follower {

    public static final String ID = "org.disputatio.ui.problemsView";

    private final List<Problem> problems = new ArrayList<>();
    private TableViewer viewer;
    private MapEditorTracker tracker;
    /** The editor whose map's problems are listed, or null. */
    private MapEditor editor;

    @Override
    public void createPartControl(Composite parent) {
        // Virtual: rows are made as they come into view, so a map with thousands of problems opens at once.
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
        viewer.setUseHashlookup(true);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Severity", 80, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Problem) element).severity().label();
            }

            @Override
            public Image getImage(Object element) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(switch (((Problem) element).severity()) {
                    case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
                    case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
                    case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
                });
            }
        });
        column("Description", 420, Problem::message);
        column("Element", 260, this::elementLabel);
        column("Identifier", 140, Problem::elementId);
        column("Source", 160, p -> p.element() instanceof Statement s ? Citations.whereRead(s) : "");
        viewer.addOpenListener(event -> reveal((Problem) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        // One list, refreshed in place: the selected problem stays selected while it remains.
        viewer.setInput(problems);
        tracker = new MapEditorTracker(this, this);
    }

    private void column(String title, int width, Function<Problem, String> text) {
        column(title, width, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Problem) element);
            }
        });
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    /** How the editor names the element, e.g. "Claim: Soft power is not zero-sum". */
    private String elementLabel(Problem problem) {
        IItemLabelProvider labels = (IItemLabelProvider) editor.getSession().getAdapterFactory()
                .adapt(problem.element(), IItemLabelProvider.class);
        return labels == null ? problem.elementId() : labels.getText(problem.element());
    }

    @Override
    public void show(MapEditor shown) {
        editor = shown;
        if (shown == null) {
            validate();
            return;
        }
        // Checking a map of thousands of statements takes a while: its diagram is painted first.
        problems.clear();
        viewer.refresh();
        setContentDescription("Checking the map...");
        shown.getViewer().getCanvas().whenPainted(() -> {
            if (editor == shown && !viewer.getControl().isDisposed()) {
                validate();
            }
        });
    }

    @Override
    public void mapChanged() {
        validate();
    }

    private void validate() {
        problems.clear();
        if (editor == null) {
            viewer.refresh();
            setContentDescription("No map is open.");
            return;
        }
        problems.addAll(MapValidator.validate(editor.getSession().getResource()));
        problems.sort(Comparator.comparing(Problem::severity));
        viewer.refresh();
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        long infos = problems.stream().filter(p -> p.severity() == Problem.Severity.INFO).count();
        setContentDescription(problems.isEmpty() ? "No problems."
                : "Errors: " + errors + ", warnings: " + (problems.size() - errors - infos) + (infos == 0 ? "" : ", info: " + infos));
    }

    /** Activates the editor and selects, in view, what draws the problem's element. */
    private void reveal(Problem problem) {
        if (problem == null || editor == null) {
            return;
        }
        getSite().getPage().activate(editor);
        List<EObject> drawn = drawing(editor.getViewer(), problem.element());
        editor.getViewer().setSelection(new StructuredSelection(drawn), true);
        editor.getEditorSite().getActionBars().getStatusLineManager()
                .setMessage(drawn.isEmpty() ? "\u201C" + elementLabel(problem) + "\u201D is not drawn on this diagram." : null);
    }

    /**
     * What shows an element on the canvas: its own shape; for an inference or a conflict drawn
     * as lines only, the statements the lines join; for a part (a citation), its container's.
     */
    private static List<EObject> drawing(MapViewer canvas, EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (canvas.nodeOf(e) != null) {
                return List.of(e);
            }
            List<EObject> joined = (e instanceof Inference inference
                    ? Stream.concat(inference.getPremises().stream(), Stream.of(inference.getConclusion()))
                    : e instanceof Conflict conflict ? Stream.concat(conflict.getAttackers().stream(), Stream.of(conflict.getTarget()))
                    : Stream.<EObject>empty()).filter(s -> s != null && canvas.nodeOf(s) != null).map(EObject.class::cast).toList();
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        return List.of();
    }

    /** The table of the problems. */
    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
        super.dispose();
    }
}
