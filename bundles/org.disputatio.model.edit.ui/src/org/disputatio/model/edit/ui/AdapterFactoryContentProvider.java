// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.edit.ui;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

/**
 * The tree of the {@link ITreeItemContentProvider item providers} of an adapter factory as a
 * JFace content provider, after EMF edit.ui's class of the same name. The input is a model object
 * or a resource. Any change in the input's resource refreshes the viewer once, after the command
 * that made it, because what a tree shows may follow from references the item providers do not
 * report.
 */
public class AdapterFactoryContentProvider implements ITreeContentProvider {

    private static final Object[] NONE = {};

    private final AdapterFactory adapterFactory;
    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                scheduleRefresh();
            }
        }
    };
    private Viewer viewer;
    private Notifier watched;
    private boolean refreshPending;

    public AdapterFactoryContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = itemProvider(parent);
        if (provider == null) {
            return NONE;
        }
        Collection<?> children = provider.getChildren(parent);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = itemProvider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = itemProvider(element);
        return provider != null && provider.hasChildren(element);
    }

    private ITreeItemContentProvider itemProvider(Object element) {
        return adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider ? provider : null;
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        if (watched != null) {
            watched.eAdapters().remove(modelListener);
        }
        viewer = newViewer;
        watched = newInput instanceof EObject object && object.eResource() != null ? object.eResource()
                : newInput instanceof Notifier notifier ? notifier : null;
        if (watched != null) {
            watched.eAdapters().add(modelListener);
        }
    }

    /** One refresh for the burst of notifications one command makes. */
    private void scheduleRefresh() {
        if (refreshPending || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        refreshPending = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (viewer != null && !viewer.getControl().isDisposed()) {
                viewer.refresh();
            }
        });
    }

    @Override
    public void dispose() {
        inputChanged(null, null, null);
    }
}
