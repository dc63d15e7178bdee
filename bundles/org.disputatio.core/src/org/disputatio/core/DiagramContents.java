// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.model.Argument;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.Shape;
import org.disputatio.views.ViewsFactory;
import org.disputatio.views.ViewsPackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Keeps a diagram's shapes and edges in step with the map. The diagram chooses which statements
 * it shows; the lines between them follow from the map:
 * <ul>
 * <li>an inference with one premise is one line, premise to conclusion;</li>
 * <li>a linked inference (several premises), or one that an undercut attacks, gets a small
 * junction shape where its premises join, so that an undercut has somewhere to end;</li>
 * <li>a conflict is a line from attacker to target, through a junction when several statements
 * attack together.</li>
 * </ul>
 * A diagram of the whole map also shows each argument, as a frame around its statements.
 * New shapes have no size: the layout gives them one. A new junction stands in the middle of the
 * statements it joins.
 */
public final class DiagramContents {

    /** The name of the diagram a map gets when it has none: every statement and argument. */
    public static final String WHOLE_MAP = "Whole map";

    private DiagramContents() {
    }

    /** Brings a diagram that is not being edited (an export's, a test's) in step directly. */
    public static void updateDirectly(Diagram diagram, ArgumentMap map, boolean showAllStatements) {
        Plan plan = plan(diagram, map, showAllStatements);
        plan.obsolete.forEach(EcoreUtil::delete);
        diagram.getShapes().addAll(plan.newShapes);
        diagram.getEdges().addAll(plan.newEdges);
    }

    /**
     * Brings a diagram that is being edited in step, as a command: append it to a map edit in one
     * compound command, and undoing the edit removes the lines it drew. What changes is worked
     * out when it runs, after the edit. The statements shown stay as they are.
     */
    public static Command update(EditingDomain domain, Diagram diagram, ArgumentMap map) {
        return new DeferredCommand("Update Diagram", () -> {
            Plan plan = plan(diagram, map, false);
            CompoundCommand changes = new CompoundCommand("Update Diagram");
            if (!plan.obsolete.isEmpty()) {
                changes.append(DeleteCommand.create(domain, plan.obsolete));
            }
            if (!plan.newShapes.isEmpty()) {
                changes.append(AddCommand.create(domain, diagram, ViewsPackage.Literals.DIAGRAM__SHAPES, plan.newShapes));
            }
            if (!plan.newEdges.isEmpty()) {
                changes.append(AddCommand.create(domain, diagram, ViewsPackage.Literals.DIAGRAM__EDGES, plan.newEdges));
            }
            return changes;
        });
    }

    /**
     * A map edit that draws itself: the edit, then the diagram's {@linkplain #update update},
     * undone together under the edit's name.
     */
    public static Command drawn(String label, EditingDomain domain, ArgumentMap map, Diagram diagram, Command edit) {
        CompoundCommand command = new CompoundCommand(label);
        command.append(edit);
        command.append(update(domain, diagram, map));
        return command;
    }

    /** A new diagram, not yet in any file, showing the whole map. */
    public static Diagram wholeMap(ArgumentMap map, String name) {
        Diagram diagram = MapElements.diagram(name);
        updateDirectly(diagram, map, true);
        return diagram;
    }

    private record Plan(List<Shape> newShapes, List<Edge> newEdges, Set<EObject> obsolete) {
    }

    private record Line(Element element, Shape source, Shape target) {

        // Written out: a record's equality goes through method handles made at run time, slower
        // in a short run (a command line render compares a line for every edge).
        @Override
        public boolean equals(Object other) {
            return other instanceof Line l && element == l.element && source == l.source && target == l.target;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(element) * 31 + System.identityHashCode(source)) * 31 + System.identityHashCode(target);
        }
    }

    private static Plan plan(Diagram diagram, ArgumentMap map, boolean showAllStatements) {
        List<Shape> newShapes = new ArrayList<>();
        Set<EObject> obsolete = new LinkedHashSet<>();

        Map<Element, Shape> statementShapes = new HashMap<>();
        Map<Element, Shape> junctions = new HashMap<>();
        for (Shape shape : diagram.getShapes()) {
            if (shape.getElement() instanceof Statement s) {
                statementShapes.putIfAbsent(s, shape);
            } else if (shape.getElement() instanceof Inference || shape.getElement() instanceof Conflict) {
                if (junctions.putIfAbsent(shape.getElement(), shape) != null) {
                    obsolete.add(shape);
                }
            }
        }
        if (showAllStatements) {
            for (Statement statement : map.getStatements()) {
                statementShapes.computeIfAbsent(statement, s -> {
                    Shape shape = MapElements.shape(s, 0, 0, 0, 0);
                    newShapes.add(shape);
                    return shape;
                });
            }
            Set<EObject> framed = new HashSet<>();
            diagram.getShapes().forEach(shape -> framed.add(shape.getElement()));
            for (Argument argument : map.getArguments()) {
                if (!argument.getInferences().isEmpty() && framed.add(argument)) {
                    newShapes.add(MapElements.shape(argument, 0, 0, 0, 0));
                }
            }
        }

        Map<Inference, List<Shape>> drawnInferences = new LinkedHashMap<>();
        for (Inference inference : map.getInferences()) {
            Shape conclusion = statementShapes.get(inference.getConclusion());
            List<Shape> premises = shown(inference.getPremises(), statementShapes);
            if (conclusion != null && !premises.isEmpty()) {
                drawnInferences.put(inference, premises);
            }
        }
        Set<Inference> undercut = new LinkedHashSet<>();
        for (Conflict conflict : map.getConflicts()) {
            if (conflict.getTarget() instanceof Inference target && drawnInferences.containsKey(target)
                    && conflict.getAttackers().stream().anyMatch(statementShapes::containsKey)) {
                undercut.add(target);
            }
        }

        List<Line> lines = new ArrayList<>();
        Set<Shape> neededJunctions = new LinkedHashSet<>();
        Map<Inference, Shape> inferenceEnds = new HashMap<>();
        drawnInferences.forEach((inference, premises) -> {
            Shape conclusion = statementShapes.get(inference.getConclusion());
            if (premises.size() > 1 || undercut.contains(inference)) {
                Shape junction = junction(inference, junctions, newShapes, neededJunctions);
                premises.forEach(p -> lines.add(new Line(inference, p, junction)));
                lines.add(new Line(inference, junction, conclusion));
                inferenceEnds.put(inference, junction);
            } else {
                lines.add(new Line(inference, premises.get(0), conclusion));
            }
        });
        for (Conflict conflict : map.getConflicts()) {
            Shape target = conflict.getTarget() instanceof Statement s ? statementShapes.get(s)
                    : inferenceEnds.get(conflict.getTarget());
            List<Shape> attackers = shown(conflict.getAttackers(), statementShapes);
            if (target == null || attackers.isEmpty()) {
                continue;
            }
            if (attackers.size() > 1) {
                Shape junction = junction(conflict, junctions, newShapes, neededJunctions);
                attackers.forEach(a -> lines.add(new Line(conflict, a, junction)));
                lines.add(new Line(conflict, junction, target));
            } else {
                lines.add(new Line(conflict, attackers.get(0), target));
            }
        }

        for (Shape junction : junctions.values()) {
            if (!neededJunctions.contains(junction)) {
                obsolete.add(junction);
            }
        }
        Set<Line> wanted = new LinkedHashSet<>(lines);
        for (Edge edge : diagram.getEdges()) {
            Line line = new Line((Element) edge.getElement(), edge.getSource(), edge.getTarget());
            if (!wanted.remove(line) || obsolete.contains(edge.getSource()) || obsolete.contains(edge.getTarget())) {
                obsolete.add(edge);
            }
        }
        List<Edge> newEdges = new ArrayList<>();
        for (Shape shape : newShapes) {
            if (!(shape.getElement() instanceof Statement)) {
                placeBetween(shape, lines);
            }
        }
        for (Line line : wanted) {
            Edge edge = ViewsFactory.eINSTANCE.createEdge();
            edge.setId(Ids.next("edge"));
            edge.setElement(line.element());
            edge.setSource(line.source());
            edge.setTarget(line.target());
            newEdges.add(edge);
        }
        return new Plan(newShapes, newEdges, obsolete);
    }

    /**
     * The shapes of those statements the diagram shows, in order. A loop, not a stream: made for
     * every inference and conflict, streams were a tenth of building the whole map's diagram of
     * 5,000 statements, in code still cold.
     */
    private static List<Shape> shown(List<Statement> statements, Map<Element, Shape> statementShapes) {
        List<Shape> shapes = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            Shape shape = statementShapes.get(statement);
            if (shape != null) {
                shapes.add(shape);
            }
        }
        return shapes;
    }

    /** Puts a new junction in the middle of the statements it joins (not of those attacking it). */
    private static void placeBetween(Shape junction, List<Line> lines) {
        List<Shape> ends = new ArrayList<>();
        for (Line line : lines) {
            if (line.element() != junction.getElement()) {
                continue;
            }
            if (line.source() == junction) {
                ends.add(line.target());
            } else if (line.target() == junction) {
                ends.add(line.source());
            }
        }
        junction.setX(ends.stream().mapToDouble(s -> s.getX() + s.getWidth() / 2).average().orElse(0));
        junction.setY(ends.stream().mapToDouble(s -> s.getY() + s.getHeight() / 2).average().orElse(0));
    }

    private static Shape junction(Element element, Map<Element, Shape> junctions, List<Shape> newShapes, Set<Shape> needed) {
        Shape junction = junctions.computeIfAbsent(element, e -> {
            Shape shape = MapElements.shape(e, 0, 0, 0, 0);
            newShapes.add(shape);
            return shape;
        });
        needed.add(junction);
        return junction;
    }
}
