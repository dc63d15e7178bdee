// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.disputatio.core.MapSession;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Element;
import org.junit.jupiter.api.Test;

/** The example debate evaluated: Nye's thesis against Sun and Wang's rebuttal, as the map's structure has it. */
class ExampleDebateEvaluationTest {

    private static ArgumentMap debate() throws Exception {
        Path root = Path.of(System.getProperty("disputatio.root", "."));
        return MapSession.open(root.resolve("examples/soft-power-debate.argmap")).getMap();
    }

    private static Element element(ArgumentMap map, String id) {
        return (Element) map.eResource().getEObject(id);
    }

    /**
     * In the debate Nye's thesis falls to three attacks: Sun and Wang's rebuttal, Edney's
     * "cultural security problematizes" rebuttal and Edney's undercut of Nye's inference. Sun and
     * Wang also undermine Nye's premise that soft power threatens less than military growth, and
     * Edney undermines his other premise (American liberal values as a source of insecurity).
     * Set Edney aside, and a what-if on Sun and Wang decides Nye's thesis.
     */
    @Test
    void sunAndWangDefeatNyesThesisAndAWhatIfOnThemFlipsWhatOnlyTheyDefeat() throws Exception {
        ArgumentMap map = debate();
        Element thesis = element(map, "debate-edney-nye-thesis");
        Element rebuttal = element(map, "debate-edney-sunwang-rebuttal");
        Element premise = element(map, "debate-edney-no-military-threat");
        Element problematizes = element(map, "debate-edney-problematizes");
        Element undercut = element(map, "debate-edney-mutual-problematic");
        Element liberalValues = element(map, "debate-edney-us-values-insecurity");
        Evaluation evaluation = Evaluation.grounded(map);
        assertEquals(Label.ACCEPTED, evaluation.label(rebuttal));
        assertEquals(Label.REJECTED, evaluation.label(thesis));
        assertEquals(Label.REJECTED, evaluation.label(premise));
        assertEquals(List.of(rebuttal, problematizes), evaluation.explain(thesis).reasons(),
                evaluation.explain(thesis).sentence());
        assertEquals(Label.REJECTED, evaluation.label(element(map, "debate-inf-nye")), "undercut by Edney");

        Evaluation withoutSunAndWang = Evaluation.of(map,
                EvaluationOptions.grounded().assuming(Map.of(rebuttal, Label.REJECTED)));
        assertEquals(Label.REJECTED, withoutSunAndWang.label(rebuttal));
        assertEquals(Label.ACCEPTED, withoutSunAndWang.label(premise), "the undermined premise is reinstated");
        assertEquals(Label.REJECTED, withoutSunAndWang.label(thesis), "Edney's own attacks still defeat the thesis");
        assertEquals(List.of(problematizes), withoutSunAndWang.explain(thesis).reasons());

        Evaluation onlyNyeAndSunAndWang = Evaluation.of(map, EvaluationOptions.grounded()
                .assuming(Map.of(problematizes, Label.REJECTED, undercut, Label.REJECTED, liberalValues, Label.REJECTED)));
        assertEquals(Label.REJECTED, onlyNyeAndSunAndWang.label(thesis), "with Edney set aside, Sun and Wang defeat Nye");
        assertEquals(List.of(rebuttal), onlyNyeAndSunAndWang.explain(thesis).reasons());
        Evaluation flipped = Evaluation.of(map, EvaluationOptions.grounded()
                .assuming(Map.of(problematizes, Label.REJECTED, undercut, Label.REJECTED, liberalValues, Label.REJECTED,
                        rebuttal, Label.REJECTED)));
        assertEquals(Label.ACCEPTED, flipped.label(thesis), () -> "and rejecting Sun and Wang then reinstates Nye: "
                + flipped.explain(thesis).sentence() + " " + flipped.explain(element(map, "debate-inf-nye")).sentence());
        assertTrue(flipped.explain(thesis).sentence().startsWith("Accepted: supported by the inference to"),
                flipped.explain(thesis).sentence());
    }
}
