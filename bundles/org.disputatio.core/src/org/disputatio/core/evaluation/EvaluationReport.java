// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.disputatio.core.MapStatistics;
import org.disputatio.model.Element;
import org.disputatio.model.Statement;

/** An evaluation as text or JSON, for the command line. */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    /**
     * One line per statement ({@code label  id  wording}), then, for preferred and stable, one
     * line per labelling with the statements it accepts.
     */
    public static String text(String title, Evaluation evaluation) {
        StringBuilder out = new StringBuilder();
        List<Statement> statements = statements(evaluation);
        Map<Label, Long> counts = statements.stream().collect(Collectors.groupingBy(evaluation::label, Collectors.counting()));
        out.append(title == null ? "(untitled map)" : title).append(": ").append(evaluation.options().semantics().word())
                .append(" semantics, ").append(statements.size()).append(" statements: ")
                .append(counts.getOrDefault(Label.ACCEPTED, 0L)).append(" accepted, ")
                .append(counts.getOrDefault(Label.REJECTED, 0L)).append(" rejected, ")
                .append(counts.getOrDefault(Label.UNDECIDED, 0L)).append(" undecided");
        if (evaluation.options().semantics() != Semantics.GROUNDED) {
            out.append(" (what all ").append(evaluation.labellings().size()).append(" labellings agree on)");
        }
        out.append('\n');
        for (Statement statement : statements) {
            out.append(String.format("%-10s %s  %s%n", evaluation.label(statement).word(), statement.getId(),
                    statement.getLabel() == null ? "" : statement.getLabel()));
        }
        if (evaluation.options().semantics() != Semantics.GROUNDED) {
            if (evaluation.labellings().isEmpty()) {
                out.append("no ").append(evaluation.options().semantics().word()).append(" labelling\n");
            }
            int n = 1;
            for (Labelling labelling : evaluation.labellings()) {
                out.append("extension ").append(n++).append(": ").append(labelling.acceptedStatements().stream()
                        .map(Statement::getId).collect(Collectors.joining(" "))).append('\n');
            }
        }
        return out.toString();
    }

    /** {@code {"title", "semantics", "labels": {id: label}, "extensions": [[id...]...]}}. */
    public static String json(String title, Evaluation evaluation) {
        StringBuilder out = new StringBuilder("{\n  \"title\": ").append(MapStatistics.quote(title));
        out.append(",\n  \"semantics\": ").append(MapStatistics.quote(evaluation.options().semantics().word()));
        out.append(",\n  \"labels\": {");
        String separator = "\n    ";
        for (Element element : evaluation.elements()) {
            out.append(separator).append(MapStatistics.quote(element.getId())).append(": ")
                    .append(MapStatistics.quote(evaluation.label(element).word()));
            separator = ",\n    ";
        }
        out.append("\n  },\n  \"extensions\": [");
        separator = "\n    ";
        for (Labelling labelling : evaluation.labellings()) {
            out.append(separator).append('[').append(labelling.acceptedStatements().stream()
                    .map(s -> MapStatistics.quote(s.getId())).collect(Collectors.joining(", "))).append(']');
            separator = ",\n    ";
        }
        return out.append("\n  ]\n}\n").toString();
    }

    private static List<Statement> statements(Evaluation evaluation) {
        return evaluation.elements().stream().filter(Statement.class::isInstance).map(Statement.class::cast).toList();
    }
}
