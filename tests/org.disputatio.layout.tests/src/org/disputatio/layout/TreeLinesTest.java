// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.disputatio.testing.SyntheticDebates;
import org.disputatio.core.DiagramContents;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.LineRouting;
import org.disputatio.views.Point;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The tree layout draws orthogonal lines when the diagram's lines are orthogonal. */
class TreeLinesTest {

    private final DiagramLayouter layouter = new DiagramLayouter(new AwtTextMeasurer(), NodeFormat.DEFAULT);

    private Diagram tree(LayoutDirection direction, LineRouting lines) {
        Diagram diagram = DiagramContents.wholeMap(SyntheticDebates.generate(60, 60), "tree");
        diagram.setLayoutAlgorithm(LayoutAlgorithm.TREE);
        diagram.setLayoutDirection(direction);
        diagram.setLineRouting(lines);
        DiagramLayouter.applyDirectly(layouter.compute(diagram, null));
        return diagram;
    }

    private static boolean orthogonal(Edge edge) {
        List<Point> route = edge.getRoute();
        for (int i = 1; i < route.size(); i++) {
            boolean horizontal = Math.abs(route.get(i).getY() - route.get(i - 1).getY()) < 1e-6;
            boolean vertical = Math.abs(route.get(i).getX() - route.get(i - 1).getX()) < 1e-6;
            if (!horizontal && !vertical) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest
    @EnumSource(LayoutDirection.class)
    void everyLineIsHorizontalAndVerticalSegmentsThatEndOnItsShapes(LayoutDirection direction) {
        Diagram diagram = tree(direction, LineRouting.ORTHOGONAL);
        List<Edge> slanted = diagram.getEdges().stream().filter(e -> !orthogonal(e)).toList();
        assertTrue(slanted.size() * 10 <= diagram.getEdges().size(),
                slanted.size() + " of " + diagram.getEdges().size() + " lines are slanted, e.g. " + slanted.stream().findFirst().map(Edge::getId));
        assertTrue(diagram.getEdges().stream().anyMatch(e -> e.getRoute().size() == 4), "lines turn onto a bus");
        DiagramLayouterTest.assertNoOverlaps(diagram);
        DiagramLayouterTest.assertLinesEndOnBorders(diagram);
    }

    @ParameterizedTest
    @EnumSource(value = LayoutDirection.class, names = "UP")
    void withCurvesChosenTheTreeKeepsItsStraightLines(LayoutDirection direction) {
        Diagram diagram = tree(direction, LineRouting.SPLINES);
        assertTrue(diagram.getEdges().stream().anyMatch(e -> !orthogonal(e)), "straight slanted lines, as ELK's tree draws them");
    }
}
