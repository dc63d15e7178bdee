// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import org.eclipse.emf.ecore.EObject;

/**
 * One thing wrong with a map, found by validation.
 *
 * @param severity how bad it is
 * @param element the offending element (its identifier locates it in the file)
 * @param rule a stable name of the rule broken, e.g. {@code inference-conclusion}
 * @param message what is wrong, for a scholar
 */
public record Problem(Severity severity, EObject element, String rule, String message) {

    public enum Severity {
        ERROR, WARNING,
        /** Worth knowing, nothing wrong: an open critical question. */
        INFO;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The element's identifier, or its type when it has none. */
    public String elementId() {
        return MapValidator.idOf(element);
    }
}
