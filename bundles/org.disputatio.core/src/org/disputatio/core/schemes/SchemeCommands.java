// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.schemes;

import java.util.ArrayList;
import java.util.List;

import org.disputatio.core.Ids;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.CriticalQuestion;
import org.disputatio.model.CriticalQuestionUse;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.QuestionStatus;
import org.disputatio.model.Scheme;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The undoable edits of schemes and critical questions; each is one step on the command stack. */
public final class SchemeCommands {

    private static final ArgmapPackage M = ArgmapPackage.eINSTANCE;

    private SchemeCommands() {
    }

    /**
     * Gives the inference a scheme of the catalogue: the map gets its copy of the scheme if it has
     * none yet, and the marks on the questions of a scheme chosen before are dropped. Null
     * removes the scheme.
     */
    public static Command choose(EditingDomain domain, ArgumentMap map, Inference inference, CatalogueScheme chosen) {
        CompoundCommand command = new CompoundCommand(chosen == null ? "Remove Scheme" : "Choose Scheme " + chosen.name());
        Scheme scheme = null;
        if (chosen != null) {
            scheme = map.getSchemes().stream().filter(s -> chosen.mapId().equals(s.getId())).findFirst().orElse(null);
            if (scheme == null) {
                scheme = chosen.toModel();
                command.append(AddCommand.create(domain, map, M.getArgumentMap_Schemes(), scheme));
            }
        }
        if (scheme == inference.getScheme()) {
            return UnexecutableCommand.INSTANCE;
        }
        if (!inference.getCriticalQuestions().isEmpty()) {
            command.append(RemoveCommand.create(domain, inference, M.getInference_CriticalQuestions(),
                    new ArrayList<>(inference.getCriticalQuestions())));
        }
        command.append(SetCommand.create(domain, inference, M.getInference_Scheme(), scheme == null ? SetCommand.UNSET_VALUE : scheme));
        return command;
    }

    /**
     * Marks a critical question of the inference's scheme as raised (by a conflict, or a
     * statement) or answered (by a statement), replacing an earlier mark; a null status opens it
     * again.
     */
    public static Command mark(EditingDomain domain, Inference inference, CriticalQuestion question, QuestionStatus status,
            Element by) {
        Scheme scheme = inference.getScheme();
        if (scheme == null || !scheme.getCriticalQuestions().contains(question)) {
            return UnexecutableCommand.INSTANCE;
        }
        if (status == QuestionStatus.ANSWERED && by instanceof Conflict) {
            return UnexecutableCommand.INSTANCE; // a conflict raises a question; a statement answers it
        }
        CompoundCommand command = new CompoundCommand(status == null ? "Reopen Question"
                : status == QuestionStatus.RAISED ? "Mark Question Raised" : "Mark Question Answered");
        List<CriticalQuestionUse> earlier = inference.getCriticalQuestions().stream().filter(u -> u.getQuestion() == question)
                .toList();
        if (!earlier.isEmpty()) {
            command.append(RemoveCommand.create(domain, inference, M.getInference_CriticalQuestions(), earlier));
        }
        if (status != null) {
            CriticalQuestionUse use = ArgmapFactory.eINSTANCE.createCriticalQuestionUse();
            use.setId(Ids.next("question"));
            use.setQuestion(question);
            use.setStatus(status);
            use.setBy(by);
            command.append(AddCommand.create(domain, inference, M.getInference_CriticalQuestions(), use));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }
}
