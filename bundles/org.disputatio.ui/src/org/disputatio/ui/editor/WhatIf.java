// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disputatio.core.evaluation.Evaluation;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.core.evaluation.Explanation;
import org.disputatio.core.evaluation.Label;
import org.disputatio.model.Element;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.Labels;
import org.disputatio.viewer.MapViewer;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The editor's what-if: statements the user assumes accepted or rejected, kept per editor and
 * never in the map (so assuming does not make it dirty), and "Why?" on a statement. Turning the
 * evaluation off and on keeps the assumptions; closing the editor forgets them.
 */
final class WhatIf {

    private final MapViewer viewer;
    private final IStatusLineManager status;
    /** In the order assumed, so that the status line reads as the user went. */
    private final Map<Element, Label> assumptions = new LinkedHashMap<>();

    WhatIf(MapViewer viewer, IStatusLineManager status) {
        this.viewer = viewer;
        this.status = status;
    }

    Map<Element, Label> assumptions() {
        return Map.copyOf(assumptions);
    }

    /** Shows the evaluation with the assumptions, or hides it. */
    void toggle() {
        if (viewer.getEvaluation() == null) {
            show();
        } else {
            viewer.setEvaluation(null);
        }
    }

    /** Fixes the selected statements' labels and shows what follows, turning the evaluation on. */
    void assume(Label label) {
        List<Statement> selected = selectedStatements();
        selected.forEach(statement -> assumptions.put(statement, label));
        show();
        if (!selected.isEmpty()) {
            status.setMessage("What if " + names(selected) + (selected.size() == 1 ? " were " : " were all ")
                    + label.name().toLowerCase(java.util.Locale.ROOT) + "? The map itself is unchanged.");
        }
    }

    /** Lets the selected statements' labels follow from the map again. */
    void clear() {
        selectedStatements().forEach(assumptions::remove);
        show();
        status.setMessage(assumptions.isEmpty() ? null : assumptions.size() + " what-if assumptions remain.");
    }

    boolean canClear() {
        return selectedStatements().stream().anyMatch(assumptions::containsKey);
    }

    /**
     * Explains the one selected statement's (or inference's) label on the status line and selects
     * the elements the explanation names, so that the user sees the attackers or the missing
     * support.
     */
    Explanation why() {
        List<Element> selected = viewer.getSelectedElements().stream().filter(Element.class::isInstance)
                .map(Element.class::cast).toList();
        if (selected.size() != 1) {
            return null;
        }
        if (viewer.getEvaluation() == null) {
            show();
        }
        Evaluation evaluation = viewer.getEvaluation();
        if (evaluation == null) {
            return null;
        }
        Explanation explanation = evaluation.explain(selected.get(0));
        status.setMessage(explanation.sentence());
        if (!explanation.reasons().isEmpty()) {
            viewer.setSelection(new StructuredSelection(explanation.reasons()), true);
        }
        return explanation;
    }

    private void show() {
        viewer.setEvaluation(EvaluationOptions.grounded().assuming(assumptions));
    }

    private List<Statement> selectedStatements() {
        return viewer.getSelectedElements().stream().filter(Statement.class::isInstance).map(Statement.class::cast).toList();
    }

    private static String names(List<Statement> statements) {
        return statements.stream().map(s -> "\u201C" + Labels.brief(s) + "\u201D").collect(java.util.stream.Collectors.joining(", "));
    }
}
