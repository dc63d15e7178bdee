// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Argument;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Attackable;
import org.disputatio.model.Conflict;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.Shape;
import org.disputatio.views.Step;
import org.disputatio.views.ViewsPackage;
import org.disputatio.views.geometry.Point;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The undoable edits a user can make to a map and its views, as EMF.Edit commands to run on
 * the editing domain's command stack. Gestures that change several things are compound
 * commands, undone in one step. Sets and adds go through the domain's item providers, whose
 * {@link org.disputatio.model.edit.provider.EditRules} refuse or complete what would break the
 * map's rules, so these commands obey the same rules as the Properties view.
 */
public final class MapCommands {

    private static final ArgmapPackage M = ArgmapPackage.eINSTANCE;
    private static final ViewsPackage V = ViewsPackage.eINSTANCE;

    private MapCommands() {
    }

    /** Adds a detached element (from {@link MapElements}) to the map, under the list for its type. */
    public static Command add(EditingDomain domain, ArgumentMap map, Element element) {
        for (EReference containment : M.getArgumentMap().getEAllContainments()) {
            if (containment.getEReferenceType().isSuperTypeOf(element.eClass())) {
                return AddCommand.create(domain, map, containment, element);
            }
        }
        return UnexecutableCommand.INSTANCE;
    }

    public static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        return SetCommand.create(domain, owner, feature, value);
    }

    /** The premises jointly support the conclusion: a new inference. */
    public static Command support(EditingDomain domain, ArgumentMap map, Collection<Statement> premises, Statement conclusion) {
        return add(domain, map, MapElements.inference(premises, conclusion));
    }

    /** The attackers attack a statement (rebut) or an inference (undercut): a new conflict. */
    public static Command attack(EditingDomain domain, ArgumentMap map, Collection<Statement> attackers, Attackable target) {
        return add(domain, map, MapElements.conflict(attackers, target));
    }

    /** Adds a co-premise, making the inference a linked argument. */
    public static Command addPremise(EditingDomain domain, Inference inference, Statement premise) {
        return addPremises(domain, inference, List.of(premise));
    }

    /** Adds co-premises, in one step. */
    public static Command addPremises(EditingDomain domain, Inference inference, Collection<Statement> premises) {
        return AddCommand.create(domain, inference, M.getInference_Premises(), premises);
    }

    /** Removes a premise; removing the last one deletes the inference, which cannot stand without. */
    public static Command removePremise(EditingDomain domain, Inference inference, Statement premise) {
        if (inference.getPremises().size() == 1 && inference.getPremises().contains(premise)) {
            return delete(domain, List.of(inference));
        }
        return RemoveCommand.create(domain, inference, M.getInference_Premises(), premise);
    }

    public static Command addAttacker(EditingDomain domain, Conflict conflict, Statement attacker) {
        return AddCommand.create(domain, conflict, M.getConflict_Attackers(), attacker);
    }

    public static Command removeAttacker(EditingDomain domain, Conflict conflict, Statement attacker) {
        if (conflict.getAttackers().size() == 1 && conflict.getAttackers().contains(attacker)) {
            return delete(domain, List.of(conflict));
        }
        return RemoveCommand.create(domain, conflict, M.getConflict_Attackers(), attacker);
    }

    public static Command reconnectConclusion(EditingDomain domain, Inference inference, Statement conclusion) {
        return SetCommand.create(domain, inference, M.getInference_Conclusion(), conclusion);
    }

    /**
     * Points a conflict at another target. Moving between a statement and an inference changes
     * what the conflict is (undercut or not), so its kind follows (the edit rules see to it).
     */
    public static Command retarget(EditingDomain domain, Conflict conflict, Attackable target) {
        return SetCommand.create(domain, conflict, M.getConflict_Target(), target);
    }

    public static Command addShape(EditingDomain domain, Diagram diagram, Shape shape) {
        return AddCommand.create(domain, diagram, V.getDiagram_Shapes(), shape);
    }

    /** Moves a shape; see {@link #move(EditingDomain, Map)}. */
    public static Command move(EditingDomain domain, Shape shape, double x, double y) {
        return move(domain, Map.of(shape, new Point(x, y)));
    }

    /**
     * Moves shapes of one diagram to new positions (x, y). The stored routes of their lines no
     * longer fit, so they are cleared in the same command, each once: a line without a route is
     * drawn straight, border to border, until the next layout.
     */
    public static Command move(EditingDomain domain, Map<Shape, Point> positions) {
        CompoundCommand command = new CompoundCommand("Move");
        Set<org.disputatio.views.Edge> rerouted = new LinkedHashSet<>();
        positions.forEach((shape, p) -> {
            command.append(SetCommand.create(domain, shape, V.getShape_X(), p.x()));
            command.append(SetCommand.create(domain, shape, V.getShape_Y(), p.y()));
            if (shape.eContainer() instanceof Diagram diagram) {
                for (org.disputatio.views.Edge edge : diagram.getEdges()) {
                    if ((edge.getSource() == shape || edge.getTarget() == shape) && !edge.getRoute().isEmpty()) {
                        rerouted.add(edge);
                    }
                }
            }
        });
        rerouted.forEach(edge -> command.append(RemoveCommand.create(domain, edge, V.getEdge_Route(), List.copyOf(edge.getRoute()))));
        return command;
    }

    public static Command resize(EditingDomain domain, Shape shape, double width, double height) {
        CompoundCommand command = new CompoundCommand("Resize");
        command.append(SetCommand.create(domain, shape, V.getShape_Width(), width));
        command.append(SetCommand.create(domain, shape, V.getShape_Height(), height));
        return command;
    }

    public static Command addStep(EditingDomain domain, Presentation presentation, Step step) {
        return AddCommand.create(domain, presentation, V.getPresentation_Steps(), step);
    }

    public static Command moveStep(EditingDomain domain, Presentation presentation, Step step, int index) {
        return MoveCommand.create(domain, presentation, V.getPresentation_Steps(), step, index);
    }

    /**
     * Removes shapes from their diagram, with the edges drawn to or from them. The elements they
     * show stay in the map.
     */
    public static Command removeFromDiagram(EditingDomain domain, Collection<Shape> shapes) {
        Set<EObject> doomed = new LinkedHashSet<>(shapes);
        for (Shape shape : shapes) {
            if (shape.eContainer() instanceof Diagram diagram) {
                diagram.getEdges().stream()
                        .filter(e -> shapes.contains(e.getSource()) || shapes.contains(e.getTarget()))
                        .forEach(doomed::add);
            }
        }
        return DeleteCommand.create(domain, doomed);
    }

    /**
     * Deletes elements from the map with everything that cannot stand without them: an inference
     * whose conclusion or every premise goes, a conflict whose target or every attacker goes,
     * citations of a deleted source, and the shapes and edges that draw any of them. Other
     * references to them (a statement's source or proponent, a presentation step) are cleared.
     */
    public static Command delete(EditingDomain domain, Collection<? extends EObject> elements) {
        if (elements.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Set<EObject> doomed = dependents(elements);
        return DeleteCommand.create(domain, doomed);
    }

    static Set<EObject> dependents(Collection<? extends EObject> elements) {
        EObject first = elements.iterator().next();
        Collection<EObject> scope = first.eResource() != null ? List.copyOf(first.eResource().getContents())
                : List.of(EcoreUtil.getRootContainer(first));
        Map<EObject, Collection<Setting>> usages = EcoreUtil.CrossReferencer.find(scope);
        Set<EObject> doomed = new LinkedHashSet<>();
        Deque<EObject> work = new ArrayDeque<>(elements);
        while (!work.isEmpty()) {
            EObject next = work.pop();
            if (!doomed.add(next)) {
                continue;
            }
            List<EObject> goneWithIt = new java.util.ArrayList<>();
            goneWithIt.add(next);
            next.eAllContents().forEachRemaining(goneWithIt::add);
            for (EObject gone : goneWithIt) {
                for (Setting usage : usages.getOrDefault(gone, List.of())) {
                    EObject owner = usage.getEObject();
                    if (!doomed.contains(owner) && cannotStandWithout(owner, usage.getEStructuralFeature(), doomed, gone)) {
                        work.push(owner);
                    }
                }
            }
        }
        // Deleting a container deletes its contents: name only the outermost.
        doomed.removeIf(o -> doomed.stream().anyMatch(other -> other != o && EcoreUtil.isAncestor(other, o)));
        return doomed;
    }

    private static boolean cannotStandWithout(EObject owner, EStructuralFeature feature, Set<EObject> doomed, EObject gone) {
        if (feature == M.getInference_Premises()) {
            return allGone(((Inference) owner).getPremises(), doomed, gone);
        }
        if (feature == M.getConflict_Attackers()) {
            return allGone(((Conflict) owner).getAttackers(), doomed, gone);
        }
        if (feature == M.getArgument_Inferences()) {
            return allGone(((Argument) owner).getInferences(), doomed, gone);
        }
        EClass type = owner.eClass();
        return feature.isRequired() && !feature.isMany()
                || type == V.getShape() || type == V.getEdge();
    }

    private static boolean allGone(List<? extends EObject> references, Set<EObject> doomed, EObject gone) {
        return references.stream().allMatch(r -> r == gone || doomed.contains(r));
    }
}
