// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disputatio.core.MapSession;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Size;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The boxes of the example maps fitted to a new text size in one command, without a display. */
class TextRefittingTest {

    private final AwtTextMeasurer measurer = new AwtTextMeasurer();

    private static MapSession example(String name) throws Exception {
        return MapSession.open(Path.of(System.getProperty("disputatio.root", ".")).resolve("examples").resolve(name));
    }

    private static Box box(Shape shape) {
        return new Box(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight());
    }

    /** The drawn shapes' boxes, without the open frames (which hold shapes by design). */
    private static Map<Shape, Box> drawn(Diagram diagram) {
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        Map<Shape, Box> boxes = new LinkedHashMap<>();
        for (Shape shape : diagram.getShapes()) {
            if (!groups.isHidden(shape) && !groups.isOpen(shape) && shape.getWidth() > 0) {
                boxes.put(shape, box(shape));
            }
        }
        return boxes;
    }

    private static List<List<Shape>> apart(Map<Shape, Box> boxes) {
        List<Shape> shapes = new ArrayList<>(boxes.keySet());
        List<List<Shape>> pairs = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                if (!DiagramLayouter.overlap(boxes.get(shapes.get(i)), boxes.get(shapes.get(j)))) {
                    pairs.add(List.of(shapes.get(i), shapes.get(j)));
                }
            }
        }
        return pairs;
    }

    @ParameterizedTest
    @ValueSource(doubles = { 20, 11 })
    void everyBoxFitsItsTextAtTheNewSizeAndNoTwoThatStoodApartOverlap(double size) throws Exception {
        MapSession session = example("edney-2015.argmap");
        List<Diagram> diagrams = session.getDiagrams();
        Map<Shape, Box> before = new LinkedHashMap<>();
        List<List<Shape>> apartBefore = new ArrayList<>();
        for (Diagram diagram : diagrams) {
            Map<Shape, Box> boxes = drawn(diagram);
            before.putAll(boxes);
            apartBefore.addAll(apart(boxes));
        }
        DiagramLayouter larger = new DiagramLayouter(measurer, NodeFormat.DEFAULT.withLabelSize(size));
        Command resize = new DiagramEdits(session.getEditingDomain(), larger).textResized("Change Text Size", diagrams);
        assertTrue(session.execute(resize), "the boxes were sized for the old text: one command fits them");

        for (Diagram diagram : diagrams) {
            for (Shape shape : diagram.getShapes()) {
                if (shape.getElement() instanceof Statement && shape.getWidth() > 0) {
                    assertEquals(larger.size(shape).width(), shape.getWidth(), 0.01, shape.getElement().toString());
                    assertEquals(larger.size(shape).height(), shape.getHeight(), 0.01);
                }
            }
            ArgumentGroups groups = ArgumentGroups.of(diagram);
            for (Shape group : groups.groups()) {
                if (groups.isOpen(group)) {
                    for (Shape member : groups.members(group)) {
                        Box frame = box(group);
                        Box inner = box(member);
                        assertTrue(inner.x() >= frame.x() && inner.right() <= frame.right() + 0.01 && inner.y() >= frame.y()
                                && inner.bottom() <= frame.bottom() + 0.01, "a frame still holds its statements");
                    }
                }
            }
        }
        for (List<Shape> pair : apartBefore) {
            assertFalse(DiagramLayouter.overlap(box(pair.get(0)), box(pair.get(1))),
                    () -> "boxes that stood apart overlap: " + pair.get(0).getElement() + " and " + pair.get(1).getElement());
        }

        session.getCommandStack().undo();
        before.forEach((shape, box) -> assertFalse(MakingRoom.differs(box, box(shape)), "Undo puts back every box"));
        assertFalse(session.isDirty());
    }

    @Test
    void smallerTextShrinksTheBoxesWhereTheyStand() throws Exception {
        double size = 11;
        MapSession session = example("soft-power-debate.argmap");
        Diagram diagram = session.getDiagrams().get(0);
        Map<Shape, Box> before = drawn(diagram);
        DiagramLayouter smaller = new DiagramLayouter(measurer, NodeFormat.DEFAULT.withLabelSize(size));
        assertTrue(session.execute(new DiagramEdits(session.getEditingDomain(), smaller).textResized("Change Text Size", List.of(diagram))));
        before.forEach((shape, box) -> {
            if (shape.getElement() instanceof Statement) {
                assertTrue(shape.getWidth() < box.width(), "smaller text, smaller box");
                assertEquals(box.center().x(), box(shape).center().x(), 0.01, "it shrinks about its centre");
                assertEquals(box.center().y(), box(shape).center().y(), 0.01);
            }
        });
    }

    @Test
    void nothingIsChangedWhenTheBoxesFitAlready() throws Exception {
        MapSession session = example("edney-2015.argmap");
        Command first = new DiagramEdits(session.getEditingDomain(), new DiagramLayouter(measurer, NodeFormat.DEFAULT.withLabelSize(14)))
                .textResized("Change Text Size", session.getDiagrams());
        assertTrue(session.execute(first));
        Command again = new DiagramEdits(session.getEditingDomain(), new DiagramLayouter(measurer, NodeFormat.DEFAULT.withLabelSize(14)))
                .textResized("Change Text Size", session.getDiagrams());
        assertFalse(again.canExecute(), "the boxes fit the text already: nothing to do, nothing made dirty");
    }

    /** The spread as first written, comparing every pair: the oracle for the sweep. */
    private static double spreadOfEveryPair(List<Shape> shapes, Map<Shape, Box> before, Map<Shape, Size> sized) {
        double spread = 1;
        for (int i = 0; i < shapes.size(); i++) {
            Box a = before.get(shapes.get(i));
            Size a2 = sized.get(shapes.get(i));
            for (int j = i + 1; j < shapes.size(); j++) {
                Box b = before.get(shapes.get(j));
                Size b2 = sized.get(shapes.get(j));
                double dx = Math.abs(b.center().x() - a.center().x());
                double dy = Math.abs(b.center().y() - a.center().y());
                double gapX = dx - (a.width() + b.width()) / 2;
                double gapY = dy - (a.height() + b.height()) / 2;
                double needX = gapX >= 0 && dx > 0 ? ((a2.width() + b2.width()) / 2 + Math.min(gapX, DiagramLayouter.GAP)) / dx : Double.MAX_VALUE;
                double needY = gapY >= 0 && dy > 0 ? ((a2.height() + b2.height()) / 2 + Math.min(gapY, DiagramLayouter.GAP)) / dy : Double.MAX_VALUE;
                double need = Math.min(needX, needY);
                if (need != Double.MAX_VALUE) {
                    spread = Math.max(spread, need);
                }
            }
        }
        return spread;
    }

    private static void assertSameSpread(List<Shape> shapes, Map<Shape, Box> before, Map<Shape, Size> sized, String what) {
        double expected = spreadOfEveryPair(shapes, before, sized);
        assertEquals(expected, TextRefitting.spread(shapes, before, sized), 0.0, what);
    }

    @ParameterizedTest
    @ValueSource(doubles = { 8, 11, 15, 20, 30, 48 })
    void theSweepSpreadsTheExamplesExactlyAsComparingEveryPairDid(double size) throws Exception {
        DiagramLayouter resized = new DiagramLayouter(measurer, NodeFormat.DEFAULT.withLabelSize(size));
        int diagrams = 0;
        try (var files = java.nio.file.Files.list(Path.of(System.getProperty("disputatio.root", ".")).resolve("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".argmap")).sorted().toList()) {
                for (Diagram diagram : MapSession.open(file).getDiagrams()) {
                    Map<Shape, Box> before = drawn(diagram);
                    Map<Shape, Size> sized = new LinkedHashMap<>();
                    before.forEach((shape, box) -> sized.put(shape, shape.getElement() instanceof Statement ? resized.size(shape) : box.size()));
                    assertSameSpread(new ArrayList<>(before.keySet()), before, sized, file.getFileName() + ", " + diagram.getName());
                    diagrams++;
                }
            }
        }
        assertTrue(diagrams >= 6, "the examples' diagrams were compared: " + diagrams);
    }

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
    void theSweepSpreadsRandomMapsExactlyAsComparingEveryPairDid(long seed) {
        // A laid-out synthetic debate, its text made larger or smaller.
        Diagram diagram = org.disputatio.core.DiagramContents.wholeMap(org.disputatio.testing.SyntheticDebates.generate(150, seed), "all");
        if (seed % 2 == 0) {
            diagram.setLayoutDirection(org.disputatio.views.LayoutDirection.RIGHT);
        }
        DiagramLayouter.applyDirectly(new DiagramLayouter(measurer, NodeFormat.DEFAULT).compute(diagram, null));
        DiagramLayouter resized = new DiagramLayouter(measurer, NodeFormat.DEFAULT.withLabelSize(seed % 3 == 0 ? 9 : 12 + 4 * seed));
        Map<Shape, Box> laid = drawn(diagram);
        Map<Shape, Size> sized = new LinkedHashMap<>();
        laid.forEach((shape, box) -> sized.put(shape, shape.getElement() instanceof Statement ? resized.size(shape) : box.size()));
        assertSameSpread(new ArrayList<>(laid.keySet()), laid, sized, "debate " + seed);

        // Boxes anywhere, of any size, overlapping, in columns and rows, on a grid of few values so that centres and gaps tie.
        java.util.Random random = new java.util.Random(seed);
        Map<Shape, Box> scattered = new LinkedHashMap<>();
        Map<Shape, Size> grown = new LinkedHashMap<>();
        for (int i = 0; i < 400; i++) {
            Shape shape = org.disputatio.views.ViewsFactory.eINSTANCE.createShape();
            double w = random.nextInt(2) == 0 ? 10 : 40 + random.nextInt(30) * 10;
            double h = random.nextInt(2) == 0 ? 10 : 30 + random.nextInt(20) * 6;
            double x = random.nextInt(seed % 2 == 0 ? 4 : 60) * 50.0 + (random.nextBoolean() ? 0 : random.nextDouble() * 13);
            double y = random.nextInt(60) * 37.5 + (random.nextBoolean() ? 0 : random.nextDouble() * 7);
            scattered.put(shape, new Box(x, y, w, h));
            grown.put(shape, new Size(w * (0.5 + random.nextDouble() * 2), h * (0.5 + random.nextDouble() * 2)));
        }
        assertSameSpread(new ArrayList<>(scattered.keySet()), scattered, grown, "scattered boxes " + seed);
    }
}
