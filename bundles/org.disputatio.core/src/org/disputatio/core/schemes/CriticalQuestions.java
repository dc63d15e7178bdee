// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.schemes;

import java.util.ArrayList;
import java.util.List;

import org.disputatio.model.CriticalQuestion;
import org.disputatio.model.CriticalQuestionUse;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.QuestionStatus;

/** Where an inference's critical questions stand. */
public final class CriticalQuestions {

    public enum Status {
        OPEN, RAISED, ANSWERED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A question of the inference's scheme and its status.
     *
     * @param by the conflict or statement that raises or answers it; null when open
     */
    public record State(CriticalQuestion question, Status status, Element by) {
    }

    private CriticalQuestions() {
    }

    /** Every question of the inference's scheme, in the scheme's order: none without a scheme. */
    public static List<State> of(Inference inference) {
        List<State> states = new ArrayList<>();
        if (inference.getScheme() == null) {
            return states;
        }
        for (CriticalQuestion question : inference.getScheme().getCriticalQuestions()) {
            CriticalQuestionUse use = inference.getCriticalQuestions().stream().filter(u -> u.getQuestion() == question)
                    .findFirst().orElse(null);
            Status status = use == null ? Status.OPEN : use.getStatus() == QuestionStatus.ANSWERED ? Status.ANSWERED : Status.RAISED;
            states.add(new State(question, status, use == null ? null : use.getBy()));
        }
        return states;
    }

    /** How many of the inference's questions are open: the count its junction shows. */
    public static int open(Inference inference) {
        return (int) of(inference).stream().filter(s -> s.status() == Status.OPEN).count();
    }
}
