// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.evaluation.Evaluation;
import org.disputatio.core.evaluation.Label;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.junit.jupiter.api.Test;

/** The evaluation drawn by the shared painter: glyphs and patterns in ink, and their legend. */
class EvaluationMarksTest {

    private final MapRenderer renderer = new MapRenderer();

    private ArgumentMap rebutted() {
        ArgumentMap map = MapElements.map("rebutted");
        Statement claim = MapElements.statement(StatementKind.CLAIM, "A claim");
        Statement rebuttal = MapElements.statement(StatementKind.REBUTTAL, "Its rebuttal");
        map.getStatements().addAll(List.of(claim, rebuttal));
        map.getConflicts().add(MapElements.conflict(List.of(rebuttal), claim));
        return map;
    }

    private Diagram laidOut(ArgumentMap map) {
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        DiagramLayouter.applyDirectly(new DiagramLayouter(renderer.measurer(), renderer.format()).compute(diagram, null));
        return diagram;
    }

    @Test
    void eachLabelHasItsOwnMarkAndTheLegendNamesThem() {
        ArgumentMap map = rebutted();
        Diagram diagram = laidOut(map);
        String plain = renderer.svg(diagram, 1, true);
        renderer.showEvaluation(Evaluation.grounded(map)::label);
        String evaluated = renderer.svg(diagram, 1, true);
        assertTrue(!plain.contains(">rejected<"), "nothing drawn unless asked");
        assertTrue(evaluated.contains(">accepted (evaluation)<") && evaluated.contains(">rejected<")
                && evaluated.contains(">undecided<"), "legend");
        assertTrue(evaluated.length() > plain.length(), "marks drawn");
        renderer.showEvaluation(null);
        assertEquals(plain, renderer.svg(diagram, 1, true), "hidden again");
    }

    @Test
    void theMarksAreInkSoTheyReadWithoutColour() {
        ArgumentMap map = rebutted();
        Diagram diagram = laidOut(map);
        renderer.showEvaluation(e -> Label.REJECTED);
        BufferedImage rejected = renderer.image(diagram, 1, false);
        renderer.showEvaluation(e -> Label.ACCEPTED);
        BufferedImage accepted = renderer.image(diagram, 1, false);
        // The top right corner of the claim's box holds the badge: dark for accepted, mostly light for rejected.
        Shape claim = diagram.getShapes().stream().filter(s -> s.getElement() == map.getStatements().get(0)).findFirst()
                .orElseThrow();
        Scene scene = renderer.scene(diagram);
        Scene.Node node = scene.nodes().stream().filter(n -> n.shape() == claim).findFirst().orElseThrow();
        double x0 = node.x() + node.width() - 18 * 0.6 - scene.x() + MapRenderer.MARGIN;
        double y0 = node.y() - 18 * 0.4 - scene.y() + MapRenderer.MARGIN;
        assertTrue(darkness(accepted, x0, y0) > darkness(rejected, x0, y0) + 0.2,
                "accepted " + darkness(accepted, x0, y0) + ", rejected " + darkness(rejected, x0, y0));
    }

    /** The share of dark, grey pixels (no hue) in an 18-pixel square. */
    private static double darkness(BufferedImage image, double x0, double y0) {
        int dark = 0;
        int all = 0;
        for (int x = (int) x0 + 3; x < (int) x0 + 15; x++) {
            for (int y = (int) y0 + 3; y < (int) y0 + 15; y++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;
                all++;
                if (r < 80 && g < 80 && b < 80) {
                    dark++;
                }
            }
        }
        return (double) dark / all;
    }
}
