// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.edit.ui;

import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Properties of model objects for the Properties view, from the {@link IItemPropertySource item
 * providers} of an editing domain's adapter factory. Every edit runs as a command on that domain's
 * command stack. The domain is looked up on each request, so that the provider follows an editor
 * whose domain is replaced.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final Supplier<AdapterFactoryEditingDomain> domain;
    private final BiFunction<Object, Command, Command> drawn;

    public ItemPropertySourceProvider(Supplier<AdapterFactoryEditingDomain> domain) {
        this(domain, (object, edit) -> edit);
    }

    /** @param drawn the command an edit of an object becomes, with what it brings along */
    public ItemPropertySourceProvider(Supplier<AdapterFactoryEditingDomain> domain, BiFunction<Object, Command, Command> drawn) {
        this.domain = domain;
        this.drawn = drawn;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        AdapterFactoryEditingDomain current = domain.get();
        if (current.getAdapterFactory().adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source) {
            return new ItemPropertySource(object, source, current, drawn);
        }
        return null;
    }
}
