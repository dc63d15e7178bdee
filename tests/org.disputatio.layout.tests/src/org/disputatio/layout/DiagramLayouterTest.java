// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.testing.SyntheticDebates;
import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapSession;
import org.disputatio.model.ArgumentMap;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LineRouting;
import org.disputatio.views.Point;
import org.disputatio.views.Shape;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiagramLayouterTest {

    private final DiagramLayouter layouter = new DiagramLayouter(new AwtTextMeasurer(), NodeFormat.DEFAULT);

    private Diagram laidOut(int statements, LayoutAlgorithm algorithm) {
        ArgumentMap map = SyntheticDebates.generate(statements, statements);
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        diagram.setLayoutAlgorithm(algorithm);
        DiagramLayouter.applyDirectly(layouter.compute(diagram, null));
        return diagram;
    }

    @ParameterizedTest
    @ValueSource(ints = { 10, 100, 1000 })
    void layeredLayoutHasNoOverlapsAndLinesEndOnBorders(int statements) {
        Diagram diagram = laidOut(statements, LayoutAlgorithm.LAYERED);
        assertTrue(diagram.getShapes().size() >= statements, "every statement has a shape");
        assertNoOverlaps(diagram);
        assertLinesEndOnBorders(diagram);
    }

    @ParameterizedTest
    @EnumSource(value = LayoutAlgorithm.class, names = { "TREE", "RADIAL", "FORCE" })
    void otherAlgorithmsAlsoGiveNoOverlaps(LayoutAlgorithm algorithm) {
        Diagram diagram = laidOut(100, algorithm);
        assertNoOverlaps(diagram);
        assertLinesEndOnBorders(diagram);
    }

    @ParameterizedTest
    @ValueSource(ints = { 10, 100 })
    void splineRoutesAlsoEndOnBordersAndAreCurves(int statements) {
        ArgumentMap map = SyntheticDebates.generate(statements, statements);
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        diagram.setLineRouting(LineRouting.SPLINES);
        DiagramLayouter.applyDirectly(layouter.compute(diagram, null));
        assertNoOverlaps(diagram);
        assertLinesEndOnBorders(diagram);
        // A route of control points: start, then three points for each cubic piece.
        assertTrue(diagram.getEdges().stream().anyMatch(e -> e.getRoute().size() >= 4 && (e.getRoute().size() - 1) % 3 == 0),
                "no route is a cubic spline");
    }

    /**
     * In a big map the rows follow the debate: the premises of a statement stand side by side
     * in the order the map gives its inferences (layer sweeps put them in any order).
     */
    @Test
    void inABigMapThePremisesOfAStatementStandInTheMapsOrder() {
        java.util.Random random = new java.util.Random(12);
        ArgumentMap map = org.disputatio.core.MapElements.map("A tree of reasons");
        List<org.disputatio.model.Statement> statements = new ArrayList<>();
        for (int i = 0; i < LayoutAlgorithms.LARGE + 200; i++) {
            org.disputatio.model.Statement statement = org.disputatio.core.MapElements.statement(org.disputatio.model.StatementKind.CLAIM,
                    "Reason " + i);
            map.getStatements().add(statement);
            if (!statements.isEmpty()) {
                map.getInferences().add(org.disputatio.core.MapElements.inference(List.of(statement),
                        statements.get(Math.max(0, statements.size() - 1 - random.nextInt(Math.min(statements.size(), 30))))));
            }
            statements.add(statement);
        }
        Diagram diagram = DiagramContents.wholeMap(map, "all");
        DiagramLayouter.applyDirectly(layouter.compute(diagram, null));
        Map<org.disputatio.model.Element, Shape> shapes = new HashMap<>();
        diagram.getShapes().forEach(shape -> shapes.put(shape.getElement(), shape));
        Map<org.disputatio.model.Statement, Double> lastPremise = new HashMap<>();
        int siblings = 0;
        for (org.disputatio.model.Inference inference : map.getInferences()) {
            double x = shapes.get(inference.getPremises().get(0)).getX();
            Double before = lastPremise.put(inference.getConclusion(), x);
            if (before != null) {
                siblings++;
                assertTrue(before < x, "the premises of " + inference.getConclusion().getLabel() + " stand out of the map's order");
            }
        }
        assertTrue(siblings > 300, "too few statements with several premises to tell: " + siblings);
        assertNoOverlaps(diagram);
        assertLinesEndOnBorders(diagram);
    }

    private static Diagram wholeExample(String name) throws Exception {
        Path file = Path.of(System.getProperty("disputatio.root", ".")).resolve("examples").resolve(name);
        return DiagramContents.wholeMap(MapSession.open(file).getMap(), "all");
    }

    /**
     * The layout sizes each box for its statement's own caption, though it makes each caption
     * once for statements in turn that share it: every box of the examples' whole maps has the
     * size {@link DiagramLayouter#size} gives it alone.
     */
    @Test
    void everyBoxIsSizedForItsOwnCaption() throws Exception {
        Path examples = Path.of(System.getProperty("disputatio.root", ".")).resolve("examples");
        int boxes = 0;
        int captionChanges = 0;
        try (var files = java.nio.file.Files.newDirectoryStream(examples, "*.argmap")) {
            for (Path file : files) {
                Diagram diagram = wholeExample(file.getFileName().toString());
                Map<Shape, Box> bounds = layouter.compute(diagram, null).bounds();
                String before = null;
                for (Shape shape : diagram.getShapes()) {
                    if (!(shape.getElement() instanceof org.disputatio.model.Statement statement) || !bounds.containsKey(shape)) {
                        continue;
                    }
                    Size alone = layouter.size(shape);
                    Box laid = bounds.get(shape);
                    assertEquals(alone.width(), laid.width(), 1e-9, file.getFileName() + " " + statement.getId());
                    assertEquals(alone.height(), laid.height(), 1e-9, file.getFileName() + " " + statement.getId());
                    String caption = org.disputatio.model.edit.provider.Citations.caption(statement);
                    if (before != null && !before.equals(caption)) {
                        captionChanges++;
                    }
                    before = caption;
                    boxes++;
                }
            }
        }
        assertTrue(boxes > 300 && captionChanges > 50, boxes + " boxes, " + captionChanges + " captions changing from one to the next");
    }

    @Test
    void argumentFramesHoldTheirShapesAndStayApart() throws Exception {
        Diagram diagram = wholeExample("edney-2015.argmap");
        DiagramLayouter.applyDirectly(layouter.compute(diagram, null));
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        List<Shape> frames = groups.groups().stream().filter(groups::isOpen).toList();
        assertTrue(frames.size() >= 5, "Edney's arguments are framed: " + frames.size());
        for (Shape frame : frames) {
            for (Shape member : groups.members(frame)) {
                assertTrue(member.getX() >= frame.getX() && member.getY() >= frame.getY()
                        && member.getX() + member.getWidth() <= frame.getX() + frame.getWidth()
                        && member.getY() + member.getHeight() <= frame.getY() + frame.getHeight(),
                        member.getId() + " " + box(member) + " outside its frame " + box(frame));
            }
            for (Shape other : frames) {
                if (other != frame) {
                    assertFalse(overlaps(box(frame), box(other)), "frames overlap: " + frame.getId() + " " + other.getId());
                }
            }
        }
        assertNoOverlaps(diagram);
        assertLinesEndOnBorders(diagram);
    }

    @Test
    void aCollapsedArgumentStandsForItsShapes() throws Exception {
        Diagram diagram = wholeExample("edney-2015.argmap");
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        Shape collapsed = groups.groups().stream().max(Comparator.comparingInt(g -> groups.members(g).size())).orElseThrow();
        collapsed.setCollapsed(true);
        DiagramLayouter.applyDirectly(layouter.compute(diagram, null));
        assertTrue(groups.members(collapsed).stream().allMatch(groups::isHidden));
        Size text = layouter.size(collapsed);
        assertEquals(text.width(), collapsed.getWidth(), 1e-9, "a collapsed argument is a box of its title's size");
        assertTrue(diagram.getEdges().stream().anyMatch(e -> groups.visible(e.getSource()) == collapsed || groups.visible(e.getTarget()) == collapsed),
                "no line reaches the collapsed argument");
        assertNoOverlaps(diagram);
        assertLinesEndOnBorders(diagram);
    }

    @Test
    void nodesAreAsLargeAsTheirWrappedText() {
        Diagram diagram = laidOut(100, LayoutAlgorithm.LAYERED);
        AwtTextMeasurer measurer = new AwtTextMeasurer();
        for (Shape shape : diagram.getShapes()) {
            if (shape.getElement() instanceof org.disputatio.model.Statement statement) {
                NodeText text = NodeText.of(statement, NodeFormat.DEFAULT, measurer);
                for (String line : text.labelLines()) {
                    assertTrue(measurer.width(line, NodeFormat.DEFAULT.label()) <= shape.getWidth() - 2 * NodeFormat.DEFAULT.padding() + 0.5,
                            "label line wider than its node: " + line);
                }
                assertTrue(shape.getWidth() <= NodeFormat.DEFAULT.maxTextWidth() + 2 * NodeFormat.DEFAULT.padding() + 1, "wraps instead of growing");
            }
        }
    }

    @Test
    void pinnedShapesKeepTheirPlaces() {
        Diagram diagram = laidOut(100, LayoutAlgorithm.LAYERED);
        List<Shape> pinned = new ArrayList<>();
        for (int i = 0; i < diagram.getShapes().size(); i += 17) {
            Shape shape = diagram.getShapes().get(i);
            shape.setX(shape.getX() + 333);
            shape.setY(shape.getY() - 211);
            shape.setPinned(true);
            pinned.add(shape);
        }
        List<Box> before = pinned.stream().map(DiagramLayouterTest::box).toList();
        DiagramLayouter.applyDirectly(layouter.compute(diagram, null));
        for (int i = 0; i < pinned.size(); i++) {
            assertEquals(before.get(i).x(), pinned.get(i).getX(), 1e-9, "pinned shape moved");
            assertEquals(before.get(i).y(), pinned.get(i).getY(), 1e-9, "pinned shape moved");
        }
        assertNoOverlaps(diagram);
        assertLinesEndOnBorders(diagram);
    }

    @Test
    void aSelectionIsLaidOutAndTheRestStays() {
        Diagram diagram = laidOut(60, LayoutAlgorithm.LAYERED);
        List<Shape> selection = diagram.getShapes().subList(0, 10);
        List<Shape> others = diagram.getShapes().subList(10, diagram.getShapes().size());
        List<Box> before = others.stream().map(DiagramLayouterTest::box).toList();
        selection.forEach(s -> s.setX(s.getX() + 5000));
        DiagramLayouter.applyDirectly(layouter.compute(diagram, Set.copyOf(selection)));
        for (int i = 0; i < others.size(); i++) {
            assertEquals(before.get(i).x(), others.get(i).getX(), 1e-9);
            assertEquals(before.get(i).y(), others.get(i).getY(), 1e-9);
        }
        assertTrue(selection.stream().allMatch(s -> s.getX() < 5000), "the selection was laid out");
        assertNoOverlaps(diagram);
    }

    @Test
    void linesBetweenShapesThatStayKeepTheirRoutes() {
        Diagram diagram = laidOut(60, LayoutAlgorithm.LAYERED);
        Shape selected = diagram.getShapes().get(0);
        Map<Edge, List<List<Double>>> before = new HashMap<>();
        for (Edge edge : diagram.getEdges()) {
            if (edge.getSource() != selected && edge.getTarget() != selected) {
                before.put(edge, edge.getRoute().stream().map(p -> List.of(p.getX(), p.getY())).toList());
            }
        }
        assertTrue(before.values().stream().anyMatch(route -> route.size() > 2), "the layout drew bent lines");
        DiagramLayouter.applyDirectly(layouter.compute(diagram, Set.of(selected)));
        before.forEach((edge, route) -> assertEquals(route,
                edge.getRoute().stream().map(p -> List.of(p.getX(), p.getY())).toList(), "a line between shapes that stayed was redrawn"));
        assertLinesEndOnBorders(diagram);
    }

    @Test
    void longWordsAreBrokenRatherThanOverflowing() {
        AwtTextMeasurer measurer = new AwtTextMeasurer();
        List<String> lines = NodeText.wrap("Pneumonoultramicroscopicsilicovolcanoconiosisandmoreandmore fits", NodeFormat.DEFAULT.label(), 120, measurer);
        assertTrue(lines.size() >= 3, lines::toString);
        lines.forEach(l -> assertTrue(measurer.width(l, NodeFormat.DEFAULT.label()) <= 120, l));
    }

    /** Frames hold shapes by design and hidden shapes are not drawn: the others must not overlap. */
    static void assertNoOverlaps(Diagram diagram) {
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        List<Shape> shapes = new ArrayList<>(diagram.getShapes().stream().filter(s -> !groups.isOpen(s) && !groups.isHidden(s)).toList());
        shapes.sort(Comparator.comparingDouble(Shape::getX));
        for (Shape s : shapes) {
            assertTrue(s.getWidth() > 0 && s.getHeight() > 0, "unsized shape " + s.getId());
        }
        for (int i = 0; i < shapes.size(); i++) {
            Shape a = shapes.get(i);
            for (int j = i + 1; j < shapes.size() && shapes.get(j).getX() < a.getX() + a.getWidth(); j++) {
                Shape b = shapes.get(j);
                if (a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight()) {
                    fail("shapes overlap: " + a.getId() + " " + box(a) + " and " + b.getId() + " " + box(b));
                }
            }
        }
    }

    /** Lines end on the shapes drawn for their ends (a collapsed argument for what it hides). */
    static void assertLinesEndOnBorders(Diagram diagram) {
        assertFalse(diagram.getEdges().isEmpty());
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        for (Edge edge : diagram.getEdges()) {
            Shape source = groups.visible(edge.getSource());
            Shape target = groups.visible(edge.getTarget());
            if (source == target) {
                continue;
            }
            List<Point> route = edge.getRoute();
            assertTrue(route.size() >= 2, "no route for " + edge.getId());
            var first = new org.disputatio.views.geometry.Point(route.get(0).getX(), route.get(0).getY());
            var last = new org.disputatio.views.geometry.Point(route.get(route.size() - 1).getX(), route.get(route.size() - 1).getY());
            assertTrue(box(source).onBorder(first, 1.0), "line " + edge.getId() + " starts at " + first + " off its source " + box(source));
            assertTrue(box(target).onBorder(last, 1.0), "line " + edge.getId() + " ends at " + last + " off its target " + box(target));
        }
    }

    private static boolean overlaps(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    private static Box box(Shape s) {
        return new Box(s.getX(), s.getY(), s.getWidth(), s.getHeight());
    }
}
