// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.edit.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of one object for the Properties view, from its item property descriptor: the
 * name, category and description the item provider gives, values shown as the item provider
 * labels them, and a cell editor fitting the feature. Text for strings and numbers (several lines
 * where the value has them), long text in a window of its own, one value a line for lists of
 * strings, a list of choices for booleans, enumerations and single references. Lists of references are shown, not edited here.
 */
public class PropertyDescriptor implements IPropertyDescriptor {

    /** Between the values of a list of strings, in the value column. */
    private static final String LIST_SEPARATOR = "; ";

    private final Object object;
    private final IItemPropertyDescriptor itemDescriptor;

    public PropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor) {
        this.object = object;
        this.itemDescriptor = itemDescriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!itemDescriptor.canSetProperty(object) || !(itemDescriptor.getFeature(object) instanceof EStructuralFeature feature)) {
            return null;
        }
        if (feature instanceof EReference reference) {
            return reference.isMany() ? null : new ChoiceCellEditor(parent, choices(), this::text);
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        if (feature.isMany()) {
            return type.getInstanceClass() == String.class ? new DataTypeCellEditor(parent, type, true, true) : null;
        }
        if (type instanceof EEnum) {
            return new ChoiceCellEditor(parent, choices(), this::text);
        }
        if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
            return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), this::text);
        }
        if (itemDescriptor.isMultiLine(object) && type.getInstanceClass() == String.class) {
            return new LongTextCellEditor(parent, getDisplayName());
        }
        return new DataTypeCellEditor(parent, type, false, hasLineBreaks());
    }

    /** The item provider's choices, "none" (null) included where it offers it, sorted if it asks. */
    private List<Object> choices() {
        Collection<?> offered = itemDescriptor.getChoiceOfValues(object);
        List<Object> choices = offered == null ? new ArrayList<>() : new ArrayList<>(offered);
        if (itemDescriptor.isSortChoices(object)) {
            choices.sort(Comparator.nullsFirst(Comparator.comparing(this::text, String.CASE_INSENSITIVE_ORDER)));
        }
        return choices;
    }

    /** A single line editor would drop the line breaks of a value that has them. */
    private boolean hasLineBreaks() {
        return ItemPropertySource.plainValue(itemDescriptor, object) instanceof String value && value.indexOf('\n') >= 0;
    }

    /** A value as the item provider labels it; a list reads "a; b". */
    String text(Object value) {
        IItemLabelProvider labels = itemDescriptor.getLabelProvider(object);
        if (value instanceof Collection<?> values) {
            return values.stream().map(labels::getText).collect(Collectors.joining(LIST_SEPARATOR));
        }
        return value == null ? "" : labels.getText(value);
    }

    @Override
    public String getCategory() {
        return itemDescriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return itemDescriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return itemDescriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return itemDescriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return itemDescriptor.getHelpContextIds(object);
    }

    @Override
    public Object getId() {
        return itemDescriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return text(value);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof PropertyDescriptor descriptor
                && itemDescriptor.isCompatibleWith(object, descriptor.object, descriptor.itemDescriptor);
    }
}
