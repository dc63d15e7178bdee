// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.disputatio.model.Conflict;
import org.junit.jupiter.api.Test;

/** "Why?" on a conflict (now selectable on the canvas as a line): whether its attack succeeds, and because of whom. */
class ConflictExplanationTest {

    private static Conflict first(SmallMaps m) {
        return m.map.getConflicts().get(0);
    }

    @Test
    void anAttackSucceedsWhenItsAttackersStand() {
        SmallMaps m = new SmallMaps("a", "b").attacks("a>b");
        Explanation why = m.evaluate(Semantics.GROUNDED).explain(first(m));
        assertEquals("Succeeds: \u201ca\u201d is accepted, so it defeats \u201cb\u201d.", why.sentence());
        assertEquals(List.of(m.e("a")), why.reasons());
        assertEquals(Label.ACCEPTED, why.label());
    }

    @Test
    void anAttackFailsWhenAnAttackerFalls() {
        SmallMaps m = new SmallMaps("a", "b", "c", "t").attacks("c>b");
        m.attack(org.disputatio.model.ConflictKind.REBUT, List.of("a", "b"), "t");
        Explanation why = m.evaluate(Semantics.GROUNDED).explain(m.map.getConflicts().get(1));
        assertEquals("Fails: \u201cb\u201d is rejected, so it does not defeat \u201ct\u201d.", why.sentence());
        assertEquals(List.of(m.e("b")), why.reasons(), "the joint attacker that is rejected, not the one that stands");
    }

    @Test
    void anAttackInAnEvenCycleIsUndecided() {
        SmallMaps m = new SmallMaps("a", "b").attacks("a>b", "b>a");
        Explanation why = m.evaluate(Semantics.GROUNDED).explain(first(m));
        assertEquals(Label.UNDECIDED, why.label());
        assertEquals(List.of(m.e("a")), why.reasons());
    }

    @Test
    void aPreferenceCancelsTheAttack() {
        SmallMaps m = new SmallMaps("claim", "rebuttal").attacks("rebuttal>claim").prefer("claim", "rebuttal");
        Explanation why = m.evaluate(Semantics.GROUNDED).explain(first(m));
        assertEquals("Fails: \u201cclaim\u201d is preferred to \u201crebuttal\u201d, so the attack does not succeed.", why.sentence());
    }
}
