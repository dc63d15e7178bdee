// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.ui.AdapterFactoryContentProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.Viewer;

/**
 * A map's statements under their sources, actors or arguments; statements in no group follow the
 * groups at the top level. Below a statement the item providers' tree continues (its citations).
 */
class GroupedContentProvider extends AdapterFactoryContentProvider {

    private final OutlineGrouping grouping;
    private ArgumentMap map;

    GroupedContentProvider(AdapterFactory adapterFactory, OutlineGrouping grouping) {
        super(adapterFactory);
        this.grouping = grouping;
    }

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        super.inputChanged(viewer, oldInput, newInput);
        map = newInput instanceof ArgumentMap m ? m : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (map == null) {
            return new Object[0];
        }
        List<Object> roots = new ArrayList<>(grouping.groups(map));
        Set<Statement> grouped = new HashSet<>();
        for (EObject group : grouping.groups(map)) {
            grouped.addAll(grouping.members(map, group));
        }
        map.getStatements().stream().filter(s -> !grouped.contains(s)).forEach(roots::add);
        return roots.toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (grouping.isGroup(parent)) {
            return grouping.members(map, (EObject) parent).toArray();
        }
        return super.getChildren(parent);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (grouping.isGroup(element)) {
            return !grouping.members(map, (EObject) element).isEmpty();
        }
        return super.hasChildren(element);
    }

    /** The first group a statement is in, or the map for one in none. */
    @Override
    public Object getParent(Object element) {
        if (element instanceof Statement statement && map != null) {
            return grouping.groups(map).stream().filter(g -> grouping.members(map, g).contains(statement)).findFirst()
                    .map(Object.class::cast).orElse(map);
        }
        return super.getParent(element);
    }
}
