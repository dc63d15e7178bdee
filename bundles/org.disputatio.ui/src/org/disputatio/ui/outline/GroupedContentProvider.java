// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.outline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * A group shows its first {@link #CHUNK} statements and a {@link More} row for the rest, as
 * Eclipse's own views limit big levels: GTK makes a tree item for every row, and expanding a
 * source of 10,000 statements took a second. Statements selected on the canvas beyond the rows
 * shown are added after the More row, so that the selection still shows.
 */
class GroupedContentProvider extends AdapterFactoryContentProvider {

    /** How many statements a level shows at first, and how many more each opening of its More row. */
    static final int CHUNK = 1000;

    /** The row standing for the {@code hidden} statements of {@code parent} (a group or the map) not shown. */
    record More(Object parent, int hidden) {

        String label() {
            return String.format("%,d more statements (double-click for the next %,d)", hidden, Math.min(hidden, CHUNK));
        }
    }

    private final OutlineGrouping grouping;
    private ArgumentMap map;
    /** How many of each level's statements are shown in order (CHUNK when not in the map). */
    private final Map<Object, Integer> shown = new HashMap<>();
    /** Statements beyond a level's rows, shown after its More row because the canvas selected them. */
    private final Map<Object, Set<Statement>> pinned = new HashMap<>();
    /** Each level's statements (the map's: those in no group), for one state of the model; null when out of date. */
    private Map<Object, List<Statement>> members;
    /** The level each statement is shown under (the first group it is in), and its place there. */
    private Map<Statement, Object> parents;
    private Map<Statement, Integer> places;

    GroupedContentProvider(AdapterFactory adapterFactory, OutlineGrouping grouping) {
        super(adapterFactory);
        this.grouping = grouping;
    }

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        super.inputChanged(viewer, oldInput, newInput);
        map = newInput instanceof ArgumentMap m ? m : null;
        members = null;
        shown.clear();
        pinned.clear();
    }

    /** Every level's statements, found in one pass over the groups; a refresh of the tree starts here. */
    private Map<Object, List<Statement>> members() {
        if (members == null) {
            members = new HashMap<>();
            parents = new IdentityHashMap<>();
            places = new IdentityHashMap<>();
            for (EObject group : grouping.groups(map)) {
                List<Statement> in = grouping.members(map, group);
                members.put(group, in);
                for (int i = 0; i < in.size(); i++) {
                    if (parents.putIfAbsent(in.get(i), group) == null) {
                        places.put(in.get(i), i);
                    }
                }
            }
            List<Statement> ungrouped = new ArrayList<>();
            for (Statement statement : map.getStatements()) {
                if (!parents.containsKey(statement)) {
                    places.put(statement, ungrouped.size());
                    parents.put(statement, map);
                    ungrouped.add(statement);
                }
            }
            members.put(map, ungrouped);
        }
        return members;
    }

    @Override
    public Object[] getElements(Object input) {
        if (map == null) {
            return new Object[0];
        }
        // Called first by every refresh, which follows every change of the map.
        members = null;
        List<Object> roots = new ArrayList<>(grouping.groups(map));
        roots.addAll(rows(map));
        return roots.toArray();
    }

    /** A level's rows: the statements shown, its More row, the statements selected beyond them. */
    private List<Object> rows(Object parent) {
        List<Statement> all = members().getOrDefault(parent, List.of());
        int limit = shown.getOrDefault(parent, CHUNK);
        if (all.size() <= limit) {
            return new ArrayList<>(all);
        }
        List<Object> rows = new ArrayList<>(all.subList(0, limit));
        Set<Statement> pins = pinned.getOrDefault(parent, Set.of());
        List<Statement> after = pins.isEmpty() ? List.of() : all.subList(limit, all.size()).stream().filter(pins::contains).toList();
        if (all.size() - limit > after.size()) {
            rows.add(new More(parent, all.size() - limit - after.size()));
        }
        rows.addAll(after);
        return rows;
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (grouping.isGroup(parent)) {
            return rows(parent).toArray();
        }
        if (parent instanceof More) {
            return new Object[0];
        }
        return super.getChildren(parent);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (grouping.isGroup(element)) {
            return !members().getOrDefault(element, List.of()).isEmpty();
        }
        return !(element instanceof More) && super.hasChildren(element);
    }

    /** The first group a statement is in, or the map for one in none. */
    @Override
    public Object getParent(Object element) {
        if (element instanceof Statement statement && map != null) {
            members();
            return Objects.requireNonNullElse(parents.get(statement), map);
        }
        if (element instanceof More more) {
            return more.parent();
        }
        return super.getParent(element);
    }

    /** Shows the next CHUNK statements of the More row's level; returns the level to refresh. */
    Object showMore(More more) {
        shown.put(more.parent(), shown.getOrDefault(more.parent(), CHUNK) + CHUNK);
        return more.parent();
    }

    /**
     * Makes rows for the selected statements the tree does not show yet (at most CHUNK of them),
     * dropping those made for an earlier selection; returns the levels whose rows changed.
     */
    Collection<Object> reveal(Collection<?> selected) {
        if (map == null) {
            return List.of();
        }
        members();
        Map<Object, Set<Statement>> wanted = new HashMap<>();
        int count = 0;
        for (Object element : selected) {
            if (element instanceof Statement statement && parents.containsKey(statement)) {
                Object parent = parents.get(statement);
                if (places.get(statement) >= shown.getOrDefault(parent, CHUNK) && count++ < CHUNK) {
                    wanted.computeIfAbsent(parent, p -> new HashSet<>()).add(statement);
                }
            }
        }
        Set<Object> changed = new LinkedHashSet<>();
        for (Object parent : union(wanted.keySet(), pinned.keySet())) {
            if (!wanted.getOrDefault(parent, Set.of()).equals(pinned.getOrDefault(parent, Set.of()))) {
                changed.add(parent);
            }
        }
        pinned.clear();
        pinned.putAll(wanted);
        return changed;
    }

    /**
     * Whether the tree has a row for the element: a group, or a statement among the rows shown.
     * Selecting what has no row made JFace search a level's rows for each: Select All of 10,000
     * statements on the canvas took 11 s.
     */
    boolean shows(Object element) {
        if (grouping.isGroup(element) || element instanceof More) {
            return true;
        }
        if (!(element instanceof Statement statement) || map == null) {
            return false;
        }
        members();
        Object parent = parents.get(statement);
        return parent != null && (places.get(statement) < shown.getOrDefault(parent, CHUNK)
                || pinned.getOrDefault(parent, Set.of()).contains(statement));
    }

    private static Set<Object> union(Set<Object> a, Set<Object> b) {
        Set<Object> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
