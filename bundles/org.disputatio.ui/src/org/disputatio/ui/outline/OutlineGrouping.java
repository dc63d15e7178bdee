// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.outline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.disputatio.model.Actor;
import org.disputatio.model.Argument;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Inference;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.eclipse.emf.ecore.EObject;

/** How the outline groups a map's statements. */
public enum OutlineGrouping {

    /** Each source with the statements read in it. */
    BY_SOURCE("By &Source", Source.class) {
        @Override
        List<? extends EObject> groups(ArgumentMap map) {
            return map.getSources();
        }

        @Override
        List<Statement> members(ArgumentMap map, EObject group) {
            return map.getStatements().stream().filter(s -> s.getSource() == group).toList();
        }
    },

    /** Each actor with the statements they hold. */
    BY_ACTOR("By &Actor", Actor.class) {
        @Override
        List<? extends EObject> groups(ArgumentMap map) {
            return map.getActors();
        }

        @Override
        List<Statement> members(ArgumentMap map, EObject group) {
            return map.getStatements().stream().filter(s -> s.getProponent() == group).toList();
        }
    },

    /** Each argument with the conclusions and premises of its inferences. */
    BY_ARGUMENT("By A&rgument", Argument.class) {
        @Override
        List<? extends EObject> groups(ArgumentMap map) {
            return map.getArguments();
        }

        @Override
        List<Statement> members(ArgumentMap map, EObject group) {
            Set<Statement> statements = new LinkedHashSet<>();
            for (Inference inference : ((Argument) group).getInferences()) {
                statements.add(inference.getConclusion());
                statements.addAll(inference.getPremises());
            }
            statements.remove(null);
            return List.copyOf(statements);
        }
    };

    private final String label;
    private final Class<? extends EObject> groupType;

    OutlineGrouping(String label, Class<? extends EObject> groupType) {
        this.label = label;
        this.groupType = groupType;
    }

    /** The menu label, with its mnemonic. */
    public String label() {
        return label;
    }

    boolean isGroup(Object element) {
        return groupType.isInstance(element);
    }

    abstract List<? extends EObject> groups(ArgumentMap map);

    /** The statements under a group, in the map's order. */
    abstract List<Statement> members(ArgumentMap map, EObject group);
}
