// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.edit.ui;

import java.util.function.BiFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource2;

/**
 * One object's properties as its item provider describes them. Unlike
 * {@link IItemPropertyDescriptor#setPropertyValue}, which changes the object directly when it finds
 * no editing domain, every change here is a {@link SetCommand} on the given domain's command
 * stack, so that it can be undone and marks the editor dirty.
 */
public class ItemPropertySource implements IPropertySource2 {

    private final Object object;
    private final IItemPropertySource itemPropertySource;
    private final EditingDomain domain;
    private final BiFunction<Object, Command, Command> drawn;

    public ItemPropertySource(Object object, IItemPropertySource itemPropertySource, EditingDomain domain) {
        this(object, itemPropertySource, domain, (target, edit) -> edit);
    }

    /**
     * @param drawn the command an edit of an object becomes, with what it brings along (its box
     *            grown to a longer label, say), so that both are undone together
     */
    public ItemPropertySource(Object object, IItemPropertySource itemPropertySource, EditingDomain domain,
            BiFunction<Object, Command, Command> drawn) {
        this.object = object;
        this.itemPropertySource = itemPropertySource;
        this.domain = domain;
        this.drawn = drawn;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return itemPropertySource.getPropertyDescriptors(object).stream()
                .map(descriptor -> new PropertyDescriptor(object, descriptor))
                .toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return plainValue(descriptor(id), object);
    }

    /**
     * The value itself (a string, a number, a literal, a model object or a list of them), not the
     * item provider's wrapper around it.
     */
    static Object plainValue(IItemPropertyDescriptor descriptor, Object object) {
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return descriptor(id).isPropertySet(object);
    }

    @Override
    public boolean isPropertyResettable(Object id) {
        return descriptor(id).canSetProperty(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        execute(id, SetCommand.UNSET_VALUE);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        execute(id, value);
    }

    private void execute(Object id, Object value) {
        EStructuralFeature feature = (EStructuralFeature) descriptor(id).getFeature(object);
        Command command = SetCommand.create(domain, object, feature, value);
        if (command.canExecute()) {
            command = drawn.apply(object, command);
            domain.getCommandStack().execute(command);
        } else {
            command.dispose();
        }
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemPropertySource.getPropertyDescriptor(object, id);
    }
}
