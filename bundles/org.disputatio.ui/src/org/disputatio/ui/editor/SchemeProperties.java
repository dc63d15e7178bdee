// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.disputatio.core.MapSession;
import org.disputatio.core.schemes.CatalogueScheme;
import org.disputatio.core.schemes.SchemeCatalogue;
import org.disputatio.core.schemes.SchemeCommands;
import org.disputatio.model.Inference;
import org.disputatio.model.edit.ui.ChoiceCellEditor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view's items, with an inference's Scheme chosen from the whole catalogue (not
 * only the schemes the map holds already), as one undoable {@link SchemeCommands#choose}
 * command that copies the scheme into the map and drops the marks of the scheme before.
 */
final class SchemeProperties implements IPropertySourceProvider {

    /** The item provider's identifier of the Scheme property: the feature's name. */
    static final String SCHEME = "scheme";

    private final IPropertySourceProvider items;
    private final Supplier<MapSession> session;

    SchemeProperties(IPropertySourceProvider items, Supplier<MapSession> session) {
        this.items = items;
        this.session = session;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        IPropertySource source = items.getPropertySource(object);
        return object instanceof Inference inference && source != null ? new InferenceSource(inference, source) : source;
    }

    private static String name(Object value) {
        return value instanceof CatalogueScheme scheme ? scheme.name() : value instanceof String s ? s : "";
    }

    private final class InferenceSource implements IPropertySource {

        private final Inference inference;
        private final IPropertySource items;

        InferenceSource(Inference inference, IPropertySource items) {
            this.inference = inference;
            this.items = items;
        }

        @Override
        public Object getEditableValue() {
            return items.getEditableValue();
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            IPropertyDescriptor[] descriptors = items.getPropertyDescriptors().clone();
            for (int i = 0; i < descriptors.length; i++) {
                IPropertyDescriptor item = descriptors[i];
                if (SCHEME.equals(item.getId())) {
                    PropertyDescriptor scheme = new PropertyDescriptor(SCHEME, item.getDisplayName()) {
                        @Override
                        public CellEditor createPropertyEditor(Composite parent) {
                            List<Object> choices = new ArrayList<>();
                            choices.add(null);
                            choices.addAll(SchemeCatalogue.shipped().schemes());
                            return new ChoiceCellEditor(parent, choices, SchemeProperties::name);
                        }
                    };
                    scheme.setCategory(item.getCategory());
                    scheme.setDescription("The argumentation scheme of the inference, from the catalogue; its critical questions follow");
                    scheme.setLabelProvider(new LabelProvider() {
                        @Override
                        public String getText(Object element) {
                            return name(element);
                        }
                    });
                    descriptors[i] = scheme;
                }
            }
            return descriptors;
        }

        /** The catalogue's scheme, or the name of one the map has of its own. */
        @Override
        public Object getPropertyValue(Object id) {
            if (!SCHEME.equals(id)) {
                return items.getPropertyValue(id);
            }
            if (inference.getScheme() == null) {
                return null;
            }
            CatalogueScheme known = SchemeCatalogue.shipped().of(inference.getScheme());
            return known != null ? known : inference.getScheme().getName();
        }

        @Override
        public boolean isPropertySet(Object id) {
            return SCHEME.equals(id) ? inference.getScheme() != null : items.isPropertySet(id);
        }

        @Override
        public void resetPropertyValue(Object id) {
            if (SCHEME.equals(id)) {
                choose(null);
            } else {
                items.resetPropertyValue(id);
            }
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            if (SCHEME.equals(id)) {
                if (value == null || value instanceof CatalogueScheme) {
                    choose((CatalogueScheme) value);
                }
            } else {
                items.setPropertyValue(id, value);
            }
        }

        private void choose(CatalogueScheme scheme) {
            MapSession s = session.get();
            s.execute(SchemeCommands.choose(s.getEditingDomain(), s.getMap(), inference, scheme));
        }
    }
}
