// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.edit.ui;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons for JFace viewers from the {@link IItemLabelProvider item providers} of an
 * adapter factory, after EMF edit.ui's class of the same name. When an item provider reports a
 * label change, viewers using this provider update that element.
 */
public class AdapterFactoryLabelProvider extends LabelProvider implements ILabelProvider, INotifyChangedListener {

    private final AdapterFactory adapterFactory;
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public AdapterFactoryLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public String getText(Object element) {
        if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
            return provider.getText(element);
        }
        return element == null ? "" : element.toString();
    }

    @Override
    public Image getImage(Object element) {
        if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
            return image(provider.getImage(element));
        }
        return null;
    }

    /** The item providers' icons are URLs of the edit bundle's GIFs; this provider owns the images. */
    private Image image(Object icon) {
        if (icon instanceof URL url) {
            return images.create(ImageDescriptor.createFromURL(url));
        }
        return icon instanceof ImageDescriptor descriptor ? images.create(descriptor) : null;
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification instanceof IViewerNotification viewerNotification && viewerNotification.isLabelUpdate()) {
            fireLabelProviderChanged(new LabelProviderChangedEvent(this, viewerNotification.getElement()));
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        images.dispose();
        super.dispose();
    }
}
