// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.disputatio.model.ConflictKind;
import org.junit.jupiter.api.Test;

/**
 * The textbook cases of abstract argumentation, each as a small map, under grounded, preferred
 * and stable semantics (labellings written "a+ b- c?": accepted, rejected, undecided).
 */
class TextbookCasesTest {

    private static void expect(SmallMaps m, List<String> grounded, List<String> preferred, List<String> stable,
            String... names) {
        assertEquals(grounded, m.all(m.evaluate(Semantics.GROUNDED), names), "grounded");
        assertEquals(preferred, m.all(m.evaluate(Semantics.PREFERRED), names), "preferred");
        assertEquals(stable, m.all(m.evaluate(Semantics.STABLE), names), "stable");
    }

    @Test
    void aChainAlternates() {
        SmallMaps m = new SmallMaps("a", "b", "c", "d").attacks("b>a", "c>b", "d>c");
        List<String> one = List.of("a- b+ c- d+");
        expect(m, one, one, one, "a", "b", "c", "d");
    }

    @Test
    void reinstatementAcceptsWhatAnAcceptedDefenderProtects() {
        SmallMaps m = new SmallMaps("a", "b", "c").attacks("b>a", "c>b");
        List<String> one = List.of("a+ b- c+");
        expect(m, one, one, one, "a", "b", "c");
    }

    @Test
    void anEvenCycleIsUndecidedUnderGroundedAndSplitsUnderPreferredAndStable() {
        SmallMaps m = new SmallMaps("a", "b").attacks("a>b", "b>a");
        expect(m, List.of("a? b?"), List.of("a+ b-", "a- b+"), List.of("a+ b-", "a- b+"), "a", "b");
        assertEquals(Label.UNDECIDED, m.evaluate(Semantics.PREFERRED).label(m.e("a")), "neither is sceptically accepted");
    }

    @Test
    void anOddCycleHasNoStableLabelling() {
        SmallMaps m = new SmallMaps("a", "b", "c").attacks("a>b", "b>c", "c>a");
        List<String> undecided = List.of("a? b? c?");
        expect(m, undecided, undecided, List.of(), "a", "b", "c");
        assertTrue(m.evaluate(Semantics.STABLE).explain(m.e("a")).sentence().contains("no stable labelling"));
    }

    @Test
    void aSelfAttackIsUndecidedAndSoIsWhatItAttacks() {
        SmallMaps m = new SmallMaps("a", "b", "c").attacks("a>a", "a>b");
        expect(m, List.of("a? b? c+"), List.of("a? b? c+"), List.of(), "a", "b", "c");
    }

    @Test
    void floatingAcceptanceIsSecondUnderPreferredButNotUnderGrounded() {
        // a and b attack each other and both attack c, which attacks d: d stands either way.
        SmallMaps m = new SmallMaps("a", "b", "c", "d").attacks("a>b", "b>a", "a>c", "b>c", "c>d");
        List<String> two = List.of("a+ b- c- d+", "a- b+ c- d+");
        expect(m, List.of("a? b? c? d?"), two, two, "a", "b", "c", "d");
        assertEquals(Label.ACCEPTED, m.evaluate(Semantics.PREFERRED).label(m.e("d")));
        assertEquals(Label.UNDECIDED, m.evaluate(Semantics.GROUNDED).label(m.e("d")));
    }

    @Test
    void aJointAttackNeedsEveryAttacker() {
        SmallMaps m = new SmallMaps("a", "b", "t");
        m.attack(ConflictKind.REBUT, List.of("a", "b"), "t");
        List<String> defeated = List.of("a+ b+ t-");
        expect(m, defeated, defeated, defeated, "a", "b", "t");

        SmallMaps weakened = new SmallMaps("a", "b", "t", "d").attacks("d>b");
        weakened.attack(ConflictKind.REBUT, List.of("a", "b"), "t");
        List<String> standing = List.of("a+ b- t+ d+");
        expect(weakened, standing, standing, standing, "a", "b", "t", "d");
    }

    @Test
    void anUndercutDefeatsALinkedInferenceAndLeavesItsConclusionWithoutSupport() {
        SmallMaps m = new SmallMaps("p1", "p2", "q", "u").infer("i", "q", "p1", "p2");
        List<String> holds = List.of("p1+ p2+ i+ q+ u+");
        expect(m, holds, holds, holds, "p1", "p2", "i", "q", "u");
        m.attack(ConflictKind.UNDERCUT, List.of("u"), "i");
        List<String> undercut = List.of("p1+ p2+ i- q- u+");
        expect(m, undercut, undercut, undercut, "p1", "p2", "i", "q", "u");
        Explanation why = m.evaluate(Semantics.GROUNDED).explain(m.e("i"));
        assertEquals(List.of(m.e("u")), why.reasons());
        assertTrue(why.sentence().startsWith("Rejected: defeated by \u201cu\u201d"), why.sentence());
    }

    @Test
    void underminingOnePremiseOfALinkedInferenceBreaksIt() {
        SmallMaps m = new SmallMaps("p1", "p2", "q", "x").infer("i", "q", "p1", "p2");
        m.attack(ConflictKind.UNDERMINE, List.of("x"), "p2");
        List<String> broken = List.of("p1+ p2- i- q- x+");
        expect(m, broken, broken, broken, "p1", "p2", "i", "q", "x");
        Explanation why = m.evaluate(Semantics.GROUNDED).explain(m.e("q"));
        assertEquals(List.of(m.e("i")), why.reasons());
    }

    @Test
    void aConvergentConclusionStandsWhileOneReasonHolds() {
        SmallMaps m = new SmallMaps("p", "r", "q", "x").infer("i1", "q", "p").infer("i2", "q", "r").attacks("x>p");
        List<String> one = List.of("p- r+ q+ x+");
        expect(m, one, one, one, "p", "r", "q", "x");
    }

    @Test
    void contrariesAttackEachOtherAndAPreferenceDecides() {
        SmallMaps m = new SmallMaps("a", "b");
        m.attack(ConflictKind.CONTRARY, List.of("a"), "b");
        expect(m, List.of("a? b?"), List.of("a+ b-", "a- b+"), List.of("a+ b-", "a- b+"), "a", "b");
        m.prefer("b", "a");
        List<String> bWins = List.of("a- b+");
        expect(m, bWins, bWins, bWins, "a", "b");
        assertTrue(m.evaluate(Semantics.GROUNDED).explain(m.e("b")).sentence().contains("preferred"));
    }

    @Test
    void aPreferenceReversesARebuttal() {
        SmallMaps m = new SmallMaps("claim", "rebuttal").attacks("rebuttal>claim");
        List<String> rebutted = List.of("claim- rebuttal+");
        expect(m, rebutted, rebutted, rebutted, "claim", "rebuttal");
        m.prefer("claim", "rebuttal");
        List<String> reversed = List.of("claim+ rebuttal+");
        expect(m, reversed, reversed, reversed, "claim", "rebuttal");
    }

    @Test
    void aPreferenceOfInferencesDecidesBetweenTheirConclusions() {
        SmallMaps m = new SmallMaps("p", "q", "c", "d").infer("ic", "c", "p").infer("id", "d", "q");
        m.attack(ConflictKind.CONTRADICTORY, List.of("c"), "d");
        m.prefer("id", "ic");
        List<String> dWins = List.of("c- d+");
        expect(m, dWins, dWins, dWins, "c", "d");
    }

    @Test
    void anUndercutSucceedsWhateverThePreferences() {
        SmallMaps m = new SmallMaps("p", "q", "u").infer("i", "q", "p");
        m.attack(ConflictKind.UNDERCUT, List.of("u"), "i");
        m.prefer("i", "u");
        assertEquals(Label.REJECTED, m.evaluate(Semantics.GROUNDED).label(m.e("i")));
    }

    @Test
    void circularSupportIsNotStable() {
        // a and b support each other and nothing else: a complete labelling may accept both, a stable one may not.
        SmallMaps m = new SmallMaps("a", "b").infer("ia", "a", "b").infer("ib", "b", "a");
        expect(m, List.of("a? b?"), List.of("a+ b+", "a- b-"), List.of("a- b-"), "a", "b");
    }

    @Test
    void onlyListedAssumptionsStandWithoutSupport() {
        SmallMaps m = new SmallMaps("p", "q").infer("i", "q", "p");
        EvaluationOptions listed = EvaluationOptions.grounded().onlyListed(true);
        Labelling none = m.evaluate(listed).labellings().get(0);
        assertEquals("p- q-", m.labels(none, "p", "q"));
        assertTrue(none.explain(m.e("p")).sentence().contains("not among the listed assumptions"));
        Labelling assumed = m.evaluate(listed.assuming(Map.of(m.e("p"), Label.ACCEPTED))).labellings().get(0);
        assertEquals("p+ q+", m.labels(assumed, "p", "q"));
    }

    @Test
    void aWhatIfOverridesAttacks() {
        SmallMaps m = new SmallMaps("a", "b", "c").attacks("b>a", "c>b");
        Evaluation whatIf = m.evaluate(EvaluationOptions.grounded().assuming(Map.of(m.e("b"), Label.ACCEPTED)));
        assertEquals("a- b+ c+", m.labels(whatIf.labellings().get(0), "a", "b", "c"));
        assertTrue(whatIf.explain(m.e("b")).sentence().contains("what-if"));
    }

    @Test
    void anUndecidedStatementNamesItsUndecidedAttackers() {
        SmallMaps m = new SmallMaps("a", "b", "c").attacks("a>b", "b>a", "b>c");
        Explanation why = m.evaluate(Semantics.GROUNDED).explain(m.e("c"));
        assertEquals(Label.UNDECIDED, why.label());
        assertEquals(List.of(m.e("b")), why.reasons());
    }

    @Test
    void enumerationBeyondTheBoundSaysSoClearly() {
        String[] names = new String[40];
        for (int i = 0; i < names.length; i++) {
            names[i] = "s" + i;
        }
        SmallMaps m = new SmallMaps(names);
        for (int i = 0; i < names.length; i += 2) {
            m.attacks(names[i] + ">" + names[i + 1], names[i + 1] + ">" + names[i]);
        }
        EvaluationOptions options = EvaluationOptions.grounded().with(Semantics.PREFERRED).withBound(10_000);
        EvaluationTooLargeException tooLarge = assertThrows(EvaluationTooLargeException.class, () -> m.evaluate(options));
        assertTrue(tooLarge.getMessage().contains("Use grounded semantics"), tooLarge.getMessage());
        assertTrue(tooLarge.getMessage().contains("40 statements and inferences are undecided"), tooLarge.getMessage());
    }
}
