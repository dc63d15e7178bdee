// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.util.List;

import org.disputatio.model.Actor;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a new statement of a map starts with: the source and the proponent last given to a
 * statement of that map, as one reads a text and maps claim after claim from it. Before any is
 * given in this session, the last statement that has one; a map with one source (one actor) and
 * no statement citing it yet gives that one.
 */
public final class StatementDefaults extends EContentAdapter {

    private static final ArgmapPackage M = ArgmapPackage.eINSTANCE;

    private final ArgumentMap map;
    private Source lastSource;
    private Actor lastProponent;

    private StatementDefaults(ArgumentMap map) {
        this.map = map;
    }

    /** The defaults of a map, following its edits from the first call on. */
    public static StatementDefaults of(ArgumentMap map) {
        StatementDefaults defaults = (StatementDefaults) EcoreUtil.getExistingAdapter(map, StatementDefaults.class);
        if (defaults == null) {
            defaults = new StatementDefaults(map);
            map.eAdapters().add(defaults);
        }
        return defaults;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == StatementDefaults.class;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.getNotifier() instanceof Statement && notification.getEventType() == Notification.SET) {
            if (notification.getFeature() == M.getStatement_Source() && notification.getNewValue() instanceof Source source) {
                lastSource = source;
            } else if (notification.getFeature() == M.getStatement_Proponent() && notification.getNewValue() instanceof Actor actor) {
                lastProponent = actor;
            }
        }
    }

    /** The source a new statement gets, or null. */
    public Source source() {
        if (inMap(lastSource)) {
            return lastSource;
        }
        List<Statement> statements = map.getStatements();
        for (int i = statements.size() - 1; i >= 0; i--) {
            if (statements.get(i).getSource() != null) {
                return statements.get(i).getSource();
            }
        }
        return map.getSources().size() == 1 ? map.getSources().get(0) : null;
    }

    /** The proponent a new statement gets, or null. */
    public Actor proponent() {
        if (inMap(lastProponent)) {
            return lastProponent;
        }
        List<Statement> statements = map.getStatements();
        for (int i = statements.size() - 1; i >= 0; i--) {
            if (statements.get(i).getProponent() != null) {
                return statements.get(i).getProponent();
            }
        }
        return map.getActors().size() == 1 ? map.getActors().get(0) : null;
    }

    /** Gives a statement not yet in the map the defaults, where it has none of its own. */
    public void apply(Statement statement) {
        if (statement.getSource() == null) {
            statement.setSource(source());
        }
        if (statement.getProponent() == null) {
            statement.setProponent(proponent());
        }
    }

    /** Whether it is still one of the map's (not deleted since). */
    private boolean inMap(EObject element) {
        return element != null && element.eContainer() == map;
    }
}
