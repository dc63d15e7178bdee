// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

/** Preferred or stable enumeration would take more steps than allowed. */
public class EvaluationTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EvaluationTooLargeException(String message) {
        super(message);
    }
}
