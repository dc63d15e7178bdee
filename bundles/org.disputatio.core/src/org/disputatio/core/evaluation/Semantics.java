// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

/** Which labellings count (docs/evaluation.md). */
public enum Semantics {
    /** The one most sceptical complete labelling; polynomial. */
    GROUNDED,
    /** The complete labellings that decide as much as possible; found by enumeration. */
    PREFERRED,
    /** The complete labellings that leave nothing undecided and accept nothing unsupported. */
    STABLE;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Semantics parse(String word) {
        for (Semantics semantics : values()) {
            if (semantics.word().equals(word)) {
                return semantics;
            }
        }
        return null;
    }
}
