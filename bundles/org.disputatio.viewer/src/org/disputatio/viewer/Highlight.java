// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.disputatio.model.Conflict;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.render.Scene;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;

/**
 * Which statements stand out (of one source, one actor, one tag): the others, and the lines and
 * junctions that touch only them, are washed out towards the background.
 */
final class Highlight {

    private Highlight() {
    }

    /** The scene with everything not {@code highlighted} faded towards {@code background}. */
    static Scene apply(Scene built, Diagram diagram, Predicate<Statement> highlighted, int background) {
        Set<Shape> faded = new HashSet<>();
        for (Shape shape : diagram.getShapes()) {
            List<Statement> statements = switch (shape.getElement()) {
                case Statement statement -> List.of(statement);
                case Inference inference -> statementsOf(inference.getPremises(), inference.getConclusion());
                case Conflict conflict -> statementsOf(conflict.getAttackers(),
                        conflict.getTarget() instanceof Statement target ? target : null);
                default -> List.of();
            };
            if (!statements.isEmpty() && statements.stream().noneMatch(highlighted)) {
                faded.add(shape);
            }
        }
        List<Scene.Node> nodes = built.nodes().stream().map(n -> faded.contains(n.shape()) ? n.withStyle(n.style().faded(background)) : n).toList();
        List<Scene.Line> lines = built.lines().stream().map(l -> faded.contains(l.edge().getSource()) || faded.contains(l.edge().getTarget())
                ? l.withStyle(l.style().faded(background)) : l).toList();
        return new Scene(nodes, lines, built.x(), built.y(), built.width(), built.height());
    }

    private static List<Statement> statementsOf(List<Statement> some, Statement another) {
        List<Statement> all = new ArrayList<>(some);
        if (another != null) {
            all.add(another);
        }
        return all;
    }
}
