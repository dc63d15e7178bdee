// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

/**
 * The three labels of an element. The order OUT &lt; UNDECIDED &lt; IN is the truth order of
 * Kleene's three-valued logic, which the acceptance conditions are evaluated in.
 */
public enum Label {
    REJECTED, UNDECIDED, ACCEPTED;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    Label negate() {
        return switch (this) {
            case ACCEPTED -> REJECTED;
            case REJECTED -> ACCEPTED;
            case UNDECIDED -> UNDECIDED;
        };
    }

    static Label min(Label a, Label b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    static Label max(Label a, Label b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** Reads {@code accepted}, {@code rejected} or {@code undecided}; null for anything else. */
    public static Label parse(String word) {
        for (Label label : values()) {
            if (label.word().equals(word)) {
                return label;
            }
        }
        return null;
    }
}
