// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disputatio.core.MapElements;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Attackable;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Preference;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;

/** A small map written out in a test: statements named by letters, attacks, inferences, preferences. */
final class SmallMaps {

    final ArgumentMap map = MapElements.map("test");
    private final Map<String, Element> byName = new HashMap<>();

    SmallMaps(String... statements) {
        for (String name : statements) {
            Statement statement = MapElements.statement(StatementKind.CLAIM, name);
            statement.setId(name);
            map.getStatements().add(statement);
            byName.put(name, statement);
        }
    }

    Statement s(String name) {
        return (Statement) byName.get(name);
    }

    Element e(String name) {
        return byName.get(name);
    }

    /** "a>b": a attacks (rebuts) b. */
    SmallMaps attacks(String... pairs) {
        for (String pair : pairs) {
            String[] parts = pair.split(">");
            attack(ConflictKind.REBUT, List.of(parts[0].split("\\+")), parts[1]);
        }
        return this;
    }

    /** Attackers (joined by + for a joint attack) against a statement or inference, of a kind. */
    SmallMaps attack(ConflictKind kind, List<String> attackers, String target) {
        Conflict conflict = MapElements.conflict(kind, attackers.stream().map(this::s).toList(), (Attackable) e(target));
        conflict.setId("conflict-" + String.join("+", attackers) + "-" + target + "-" + map.getConflicts().size());
        map.getConflicts().add(conflict);
        return this;
    }

    SmallMaps infer(String name, String conclusion, String... premises) {
        Inference inference = MapElements.inference(Arrays.stream(premises).map(this::s).toList(), s(conclusion));
        inference.setId(name);
        map.getInferences().add(inference);
        byName.put(name, inference);
        return this;
    }

    SmallMaps prefer(String preferred, String dispreferred) {
        Preference preference = ArgmapFactory.eINSTANCE.createPreference();
        preference.setId("pref-" + preferred + "-" + dispreferred);
        preference.setPreferred((Attackable) e(preferred));
        preference.setDispreferred((Attackable) e(dispreferred));
        map.getPreferences().add(preference);
        return this;
    }

    Evaluation evaluate(Semantics semantics) {
        return Evaluation.of(map, EvaluationOptions.grounded().with(semantics));
    }

    Evaluation evaluate(EvaluationOptions options) {
        return Evaluation.of(map, options);
    }

    /** The labelling as a string such as "a+ b- c?" (accepted, rejected, undecided), in the given order. */
    String labels(Labelling labelling, String... names) {
        StringBuilder result = new StringBuilder();
        for (String name : names) {
            if (!result.isEmpty()) {
                result.append(' ');
            }
            result.append(name).append(switch (labelling.label(e(name))) {
                case ACCEPTED -> "+";
                case REJECTED -> "-";
                case UNDECIDED -> "?";
            });
        }
        return result.toString();
    }

    /** Every labelling of the evaluation, as strings, sorted. */
    List<String> all(Evaluation evaluation, String... names) {
        return evaluation.labellings().stream().map(l -> labels(l, names)).sorted().toList();
    }
}
