// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import org.disputatio.views.Diagram;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * The shapes of a diagram, in Zest's terms its nodes; the lines between them come with them.
 * As JFace has a content provider do, it follows its input: any change to the diagram or to its
 * map refreshes the viewer, a burst of notifications (one command) once. One per viewer.
 */
public class DiagramContentProvider implements IStructuredContentProvider {

    private Viewer viewer;
    private boolean refreshPending;
    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            Control control = viewer == null ? null : viewer.getControl();
            if (!notification.isTouch() && control != null && !control.isDisposed()) {
                control.getDisplay().asyncExec(DiagramContentProvider.this::modelChanged);
            }
        }
    };

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Diagram diagram ? diagram.getShapes().toArray() : new Object[0];
    }

    /** Also called with a null input when the viewer's control is disposed, which lets the model go. */
    @Override
    public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
        viewer = changed;
        for (Notifier followed : followed(oldInput)) {
            followed.eAdapters().remove(modelListener);
        }
        for (Notifier followed : followed(newInput)) {
            followed.eAdapters().add(modelListener);
        }
    }

    /** The diagram and the map it shows, which is the first object of its resource. */
    private static Notifier[] followed(Object input) {
        if (!(input instanceof Diagram diagram)) {
            return new Notifier[0];
        }
        if (diagram.eResource() == null || diagram.eResource().getContents().isEmpty()) {
            return new Notifier[] { diagram };
        }
        return new Notifier[] { diagram, diagram.eResource().getContents().get(0) };
    }

    /** Coalesces a burst of notifications into one refresh. */
    private void modelChanged() {
        Control control = viewer.getControl();
        if (refreshPending || control.isDisposed()) {
            return;
        }
        refreshPending = true;
        control.getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!control.isDisposed()) {
                viewer.refresh();
            }
        });
    }
}
