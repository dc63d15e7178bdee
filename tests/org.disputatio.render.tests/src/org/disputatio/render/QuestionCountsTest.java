// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.schemes.CatalogueScheme;
import org.disputatio.core.schemes.SchemeCatalogue;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.CriticalQuestionUse;
import org.disputatio.model.Inference;
import org.disputatio.model.QuestionStatus;
import org.disputatio.model.Scheme;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.junit.jupiter.api.Test;

/** The count of open critical questions on an inference, drawn by the shared painter into SVG and PNG alike. */
class QuestionCountsTest {

    private final MapRenderer renderer = new MapRenderer();

    @Test
    void aSchemesOpenQuestionsAreCountedOnTheJunctionAndTheLine() {
        ArgumentMap map = MapElements.map("schemes");
        Statement thesis = MapElements.statement(StatementKind.CLAIM, "Soft power can be mutually reinforcing");
        Statement expert = MapElements.statement(StatementKind.EVIDENCE, "Nye says so");
        Statement field = MapElements.statement(StatementKind.EVIDENCE, "Nye coined soft power");
        Statement other = MapElements.statement(StatementKind.CLAIM, "Attraction reduces conflict");
        map.getStatements().addAll(List.of(thesis, expert, field, other));
        Inference linked = MapElements.inference(List.of(expert, field), thesis);
        Inference single = MapElements.inference(List.of(other), thesis);
        map.getInferences().addAll(List.of(linked, single));
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        DiagramLayouter.applyDirectly(new DiagramLayouter(renderer.measurer(), renderer.format()).compute(diagram, null));
        String plain = renderer.svg(diagram, 1, false);
        BufferedImage plainImage = renderer.image(diagram, 1, false);
        assertFalse(plain.contains("open critical question"), "no scheme, no count");

        CatalogueScheme expertOpinion = SchemeCatalogue.shipped().byId("expert-opinion");
        Scheme scheme = expertOpinion.toModel();
        map.getSchemes().add(scheme);
        linked.setScheme(scheme);
        single.setScheme(scheme);
        CriticalQuestionUse answered = ArgmapFactory.eINSTANCE.createCriticalQuestionUse();
        answered.setQuestion(scheme.getCriticalQuestions().get(0));
        answered.setStatus(QuestionStatus.ANSWERED);
        answered.setBy(field);
        linked.getCriticalQuestions().add(answered);

        int all = expertOpinion.questions().size();
        String counted = renderer.svg(diagram, 1, false);
        assertTrue(counted.contains("<title>" + (all - 1) + " open critical questions</title>"), "the junction's count leaves out the answered one");
        assertTrue(counted.contains(">" + (all - 1) + "?<"), "drawn as N?");
        assertTrue(counted.contains("<title>" + all + " open critical questions</title>"), "a one-premise inference gets its count on its line");
        assertFalse(sameImage(plainImage, renderer.image(diagram, 1, false)), "the PNG shows the counts too");

        linked.setScheme(null);
        single.setScheme(null);
        assertEquals(plain, renderer.svg(diagram, 1, false), "gone with the scheme");
    }

    private static boolean sameImage(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
