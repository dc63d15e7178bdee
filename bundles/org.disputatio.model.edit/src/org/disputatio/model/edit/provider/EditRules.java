// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.edit.provider;

import java.util.Collection;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Inference;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The rules every edit of a relation obeys, whoever makes it (the canvas, the Properties view,
 * the Outline, an importer or a script): the item providers' set and add commands pass through
 * here, so no edit can break them.
 * <ul>
 * <li>a statement is not a premise of its own conclusion, nor attacks itself;</li>
 * <li>an attack on an inference is an undercut, and one on a statement is not: the kind follows
 * the target in the same command.</li>
 * </ul>
 */
public final class EditRules {

    private static final ArgmapPackage M = ArgmapPackage.eINSTANCE;

    private EditRules() {
    }

    /** The command that sets {@code feature} of {@code owner}: {@code plain} itself, refused, or extended to keep the rules. */
    public static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value, Command plain) {
        if (owner instanceof Inference inference) {
            if (feature == M.getInference_Conclusion() && value != null && inference.getPremises().contains(value)) {
                return UnexecutableCommand.INSTANCE;
            }
            if (feature == M.getInference_Premises() && value instanceof Collection<?> premises && inference.getConclusion() != null
                    && premises.contains(inference.getConclusion())) {
                return UnexecutableCommand.INSTANCE;
            }
        }
        if (owner instanceof Conflict conflict) {
            if (feature == M.getConflict_Attackers() && value instanceof Collection<?> attackers && conflict.getTarget() != null
                    && attackers.contains(conflict.getTarget())) {
                return UnexecutableCommand.INSTANCE;
            }
            if (feature == M.getConflict_Target() && value instanceof EObject target) {
                if (conflict.getAttackers().contains(target)) {
                    return UnexecutableCommand.INSTANCE;
                }
                boolean undercut = target instanceof Inference;
                if (undercut != (conflict.getKind() == ConflictKind.UNDERCUT)) {
                    CompoundCommand retarget = new CompoundCommand(plain.getLabel(), plain.getDescription());
                    retarget.append(plain);
                    retarget.append(new SetCommand(domain, conflict, M.getConflict_Kind(), undercut ? ConflictKind.UNDERCUT : ConflictKind.REBUT));
                    return retarget;
                }
            }
        }
        return plain;
    }

    /** The command that adds {@code values} to {@code feature} of {@code owner}: {@code plain} or refused. */
    public static Command add(EObject owner, EStructuralFeature feature, Collection<?> values, Command plain) {
        if (owner instanceof Inference inference && feature == M.getInference_Premises() && values.contains(inference.getConclusion())) {
            return UnexecutableCommand.INSTANCE;
        }
        if (owner instanceof Conflict conflict && feature == M.getConflict_Attackers() && values.contains(conflict.getTarget())) {
            return UnexecutableCommand.INSTANCE;
        }
        return plain;
    }
}
