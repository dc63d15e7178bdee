// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

import java.util.Map;

import org.disputatio.model.Element;

/**
 * What an evaluation is asked.
 *
 * @param semantics grounded, preferred or stable
 * @param onlyListedAssumptions false for "accepted unless attacked" (a statement no inference
 *        concludes is assumed); true for Carneades' rule that only the listed assumptions are
 *        taken without support
 * @param assumptions the what-if: statements or inferences fixed as accepted or rejected
 *        (never undecided), whatever attacks or supports them
 * @param bound the most search steps preferred and stable may take before giving up
 */
public record EvaluationOptions(Semantics semantics, boolean onlyListedAssumptions, Map<Element, Label> assumptions,
        long bound) {

    /** Search steps allowed by default: about a second of enumeration. */
    public static final long DEFAULT_BOUND = 2_000_000;

    public EvaluationOptions {
        assumptions = Map.copyOf(assumptions);
        for (Label label : assumptions.values()) {
            if (label == Label.UNDECIDED) {
                throw new IllegalArgumentException("an assumption is accepted or rejected, not undecided");
            }
        }
    }

    public static EvaluationOptions grounded() {
        return new EvaluationOptions(Semantics.GROUNDED, false, Map.of(), DEFAULT_BOUND);
    }

    public EvaluationOptions with(Semantics other) {
        return new EvaluationOptions(other, onlyListedAssumptions, assumptions, bound);
    }

    public EvaluationOptions assuming(Map<Element, Label> other) {
        return new EvaluationOptions(semantics, onlyListedAssumptions, other, bound);
    }

    public EvaluationOptions onlyListed(boolean only) {
        return new EvaluationOptions(semantics, only, assumptions, bound);
    }

    public EvaluationOptions withBound(long steps) {
        return new EvaluationOptions(semantics, onlyListedAssumptions, assumptions, steps);
    }
}
