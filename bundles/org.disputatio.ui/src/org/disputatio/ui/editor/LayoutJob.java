// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import org.disputatio.core.MapSession;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.Diagram;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * Lays the editor's diagram out (L) as an Eclipse job, so that a big map does not freeze the
 * window: the sizes are measured on the UI thread (the text measurer is SWT's), ELK runs in the
 * job with its progress shown, and the result comes back to the UI thread as one command. When
 * the map changed meanwhile, the result no longer fits it and is dropped, with a word on the
 * status line.
 */
final class LayoutJob extends Job {

    /** The family of layout jobs, for waiting on them. */
    static final Object FAMILY = LayoutJob.class;

    private final MapEditor editor;
    private final MapSession session;
    private final Diagram diagram;
    private final DiagramLayouter.Pending pending;
    private final Command undoBefore;
    private final Command redoBefore;

    private LayoutJob(MapEditor editor, DiagramLayouter.Pending pending) {
        super("Laying out " + pending.size() + " shapes");
        this.editor = editor;
        this.session = editor.getSession();
        this.diagram = editor.getViewer().getDiagram();
        this.pending = pending;
        this.undoBefore = session.getCommandStack().getUndoCommand();
        this.redoBefore = session.getCommandStack().getRedoCommand();
        setUser(true);
    }

    /** Lays out the selected shapes, or the whole diagram; nothing while a layout of this map runs. */
    static void start(MapEditor editor, boolean selectionOnly) {
        for (Job running : Job.getJobManager().find(FAMILY)) {
            if (((LayoutJob) running).editor == editor) {
                return;
            }
        }
        DiagramLayouter.Pending pending = editor.getViewer().prepareLayout(selectionOnly);
        if (pending != null) {
            new LayoutJob(editor, pending).schedule();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            pending.run();
        } finally {
            monitor.done();
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        Display display = editor.getSite().getShell().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(this::apply);
        }
        return Status.OK_STATUS;
    }

    private void apply() {
        MapViewer viewer = editor.getViewer();
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (editor.getSession() != session || viewer.getDiagram() != diagram || session.getCommandStack().getUndoCommand() != undoBefore
                || session.getCommandStack().getRedoCommand() != redoBefore) {
            editor.getEditorSite().getActionBars().getStatusLineManager()
                    .setMessage("The map changed while it was being laid out: L lays it out again.");
            return;
        }
        session.execute(DiagramLayouter.command(session.getEditingDomain(), pending.result()));
        viewer.refresh();
        keepInSight(viewer);
    }

    /**
     * After the diagram was laid out anew: when none of its shapes is left in view (a tree laid
     * out wide took them all elsewhere, and the user saw an empty canvas), the map is shown as on
     * opening; otherwise the view stays as it was.
     */
    static void keepInSight(MapViewer viewer) {
        if (viewer.getScene() == null || viewer.getScene().nodes().isEmpty()) {
            return;
        }
        Rectangle client = ((Composite) viewer.getControl()).getClientArea();
        boolean inView = viewer.getScene().nodes().stream().anyMatch(node -> {
            int[] topLeft = viewer.toControl(node.x(), node.y());
            int[] bottomRight = viewer.toControl(node.x() + node.width(), node.y() + node.height());
            return bottomRight[0] > 0 && topLeft[0] < client.width && bottomRight[1] > 0 && topLeft[1] < client.height;
        });
        if (!inView) {
            viewer.showReadable();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
