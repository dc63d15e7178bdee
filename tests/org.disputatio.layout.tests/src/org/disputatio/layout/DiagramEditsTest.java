// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.Argument;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.Shape;
import org.disputatio.views.ViewsPackage;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Size;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The commands of gestures on a diagram, run on a session's command stack without a display. */
class DiagramEditsTest {

    private final AwtTextMeasurer measurer = new AwtTextMeasurer();
    private final DiagramLayouter layouter = new DiagramLayouter(measurer, NodeFormat.DEFAULT);
    private MapSession session;
    private DiagramEdits edits;
    private Diagram diagram;
    private Statement thesis;
    private Statement reason;
    private Statement rebuttal;

    /** Nye's argument (a reason for the thesis, framed) and a rebuttal outside it, laid out. */
    @BeforeEach
    void open() {
        session = MapSession.create(Path.of("gestures.argmap"), "Gestures");
        thesis = MapElements.statement(StatementKind.CLAIM, "Soft power can be mutually reinforcing");
        reason = MapElements.statement(StatementKind.CLAIM, "Attraction reduces conflict");
        rebuttal = MapElements.statement(StatementKind.REBUTTAL, "Non-zero-sum talk is Western");
        session.getMap().getStatements().addAll(List.of(thesis, reason, rebuttal));
        Inference support = MapElements.inference(List.of(reason), thesis);
        session.getMap().getInferences().add(support);
        session.getMap().getConflicts().add(MapElements.conflict(List.of(rebuttal), thesis));
        Argument argument = ArgmapFactory.eINSTANCE.createArgument();
        argument.setTitle("Nye's argument");
        argument.getInferences().add(support);
        argument.setMainConclusion(thesis);
        session.getMap().getArguments().add(argument);
        diagram = DiagramContents.wholeMap(session.getMap(), DiagramContents.WHOLE_MAP);
        DiagramLayouter.applyDirectly(layouter.compute(diagram, null));
        session.getResource().getContents().add(diagram);
        edits = new DiagramEdits(session.getEditingDomain(), layouter);
    }

    private Shape shapeOf(Object element) {
        return diagram.getShapes().stream().filter(s -> s.getElement() == element).findFirst().orElseThrow();
    }

    private Shape frame() {
        return diagram.getShapes().stream().filter(s -> s.getElement() instanceof Argument).findFirst().orElseThrow();
    }

    private static Box box(Shape shape) {
        return new Box(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight());
    }

    private static boolean inside(Shape inner, Shape outer) {
        return inner.getX() >= outer.getX() && inner.getY() >= outer.getY() && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
                && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
    }

    @Test
    void movingAFrameCarriesItsStatementsAndUndoesInOneStep() {
        assertEquals(Set.of(frame(), shapeOf(thesis), shapeOf(reason)), DiagramEdits.carried(diagram, List.of(frame())));
        Box thesisBefore = box(shapeOf(thesis));
        Box rebuttalBefore = box(shapeOf(rebuttal));
        assertTrue(session.execute(edits.move(diagram, List.of(frame()), 100, 40)));
        assertEquals(thesisBefore.x() + 100, shapeOf(thesis).getX(), 1e-9);
        assertEquals(thesisBefore.y() + 40, shapeOf(thesis).getY(), 1e-9);
        assertEquals(rebuttalBefore.x(), shapeOf(rebuttal).getX(), 1e-9, "what is outside the frame stays");
        assertTrue(inside(shapeOf(thesis), frame()) && inside(shapeOf(reason), frame()), "the frame still holds its statements");
        session.getCommandStack().undo();
        assertEquals(thesisBefore.x(), shapeOf(thesis).getX(), 1e-9);
        assertFalse(session.isDirty());
    }

    @Test
    void movingAStatementOutOfItsFrameFitsTheFrameAgain() {
        double widthBefore = frame().getWidth();
        double thesisX = shapeOf(thesis).getX();
        assertTrue(session.execute(edits.move(diagram, List.of(shapeOf(reason)), 600, 0)));
        assertTrue(inside(shapeOf(reason), frame()), "the frame grows to hold the statement moved away");
        assertTrue(frame().getWidth() > widthBefore + 300);
        assertEquals(thesisX, shapeOf(thesis).getX(), 1e-9, "the other statement stays");
    }

    @Test
    void collapsingAnArgumentHidesItsStatementsAndKeepsTheRestInPlace() {
        Box rebuttalBefore = box(shapeOf(rebuttal));
        Box frameBefore = box(frame());
        Box thesisBefore = box(shapeOf(thesis));
        assertTrue(session.execute(edits.toggleArguments(diagram, List.of(frame(), shapeOf(rebuttal)))));
        assertTrue(frame().isCollapsed());
        assertEquals("Collapse Argument", session.getCommandStack().getUndoCommand().getLabel());
        assertFalse(ArgumentGroups.of(diagram).isOpen(frame()));
        assertTrue(ArgumentGroups.of(diagram).isHidden(shapeOf(thesis)));
        Box collapsed = box(frame());
        Size needed = layouter.size(frame());
        assertEquals(needed.width(), collapsed.width(), 1e-9, "the collapsed box has the size its text needs");
        assertEquals(frameBefore.x() + frameBefore.width() / 2, collapsed.x() + collapsed.width() / 2, 1e-6, "in the middle of where the frame was");
        assertEquals(frameBefore.y() + frameBefore.height() / 2, collapsed.y() + collapsed.height() / 2, 1e-6);
        assertSameBox(rebuttalBefore, box(shapeOf(rebuttal)), "the rest of the map stays where it was");
        assertSameBox(thesisBefore, box(shapeOf(thesis)), "the hidden statements keep their places for opening");

        assertTrue(session.execute(edits.toggleArguments(diagram, List.of(frame()))));
        assertFalse(frame().isCollapsed());
        assertEquals("Open Argument", session.getCommandStack().getUndoCommand().getLabel());
        assertSameBox(frameBefore, box(frame()), "opened around its statements where they were");
        assertSameBox(rebuttalBefore, box(shapeOf(rebuttal)), "");
        session.getCommandStack().undo();
        session.getCommandStack().undo();
        assertFalse(frame().isCollapsed());
        assertSameBox(frameBefore, box(frame()), "");
        assertFalse(session.isDirty());
    }

    @Test
    void openingAnArgumentWhereSomethingWasMovedMeanwhileMovesOnlyThat() {
        assertTrue(session.execute(edits.toggleArguments(diagram, List.of(frame()))));
        Box frameBefore = layouter.frame(frame(), ArgumentGroups.of(diagram), java.util.Map.of());
        // The rebuttal is dragged onto where the frame will open.
        Box rebuttalBox = box(shapeOf(rebuttal));
        assertTrue(session.execute(edits.move(diagram, List.of(shapeOf(rebuttal)), frameBefore.x() + 10 - rebuttalBox.x(),
                frameBefore.y() + 10 - rebuttalBox.y())));
        Statement far = MapElements.statement(StatementKind.CLAIM, "Far away");
        assertTrue(session.execute(edits.addStatement(session.getMap(), diagram, far, 5000, 5000)));
        Box farBefore = box(shapeOf(far));
        assertTrue(session.execute(edits.toggleArguments(diagram, List.of(frame()))));
        assertFalse(overlaps(box(frame()), box(shapeOf(rebuttal))), "the rebuttal stepped aside for the opened frame");
        assertSameBox(farBefore, box(shapeOf(far)), "what is not in the way stays");
    }

    @Test
    void aLongerLabelGrowsItsBoxItsNeighboursMakeRoomAndTheRestStays() {
        Statement far = MapElements.statement(StatementKind.CLAIM, "Far away");
        assertTrue(session.execute(edits.addStatement(session.getMap(), diagram, far, 5000, 5000)));
        // A neighbour just below the reason's frame, in the way of its growth.
        Shape reasonShape = shapeOf(reason);
        Statement below = MapElements.statement(StatementKind.EVIDENCE, "Polls");
        double belowHeight = layouter.size(MapElements.shape(below, 0, 0, 0, 0)).height();
        assertTrue(session.execute(edits.addStatement(session.getMap(), diagram, below, reasonShape.getX() + reasonShape.getWidth() / 2,
                frame().getY() + frame().getHeight() + 14 + belowHeight / 2)));
        Box belowBefore = box(shapeOf(below));
        Box farBefore = box(shapeOf(far));
        Box reasonBefore = box(reasonShape);
        String longer = "Mutual attraction between the United States and China reduces the potential for conflict, "
                + "because publics that admire each other's culture and way of life press their governments, "
                + "in Washington as in Beijing, towards cooperation rather than rivalry";
        assertTrue(session.execute(edits.fitted("Set Label", diagram,
                MapCommands.set(session.getEditingDomain(), reason, org.disputatio.model.ArgmapPackage.Literals.STATEMENT__LABEL, longer),
                List.of(reason))));
        assertEquals(longer, reason.getLabel());
        Size needed = layouter.size(reasonShape);
        assertTrue(reasonShape.getHeight() >= needed.height() - 1e-9,
                "the new text spills out of its box: " + reasonShape.getHeight() + " high, " + needed.height() + " needed");
        assertEquals(needed.width(), reasonShape.getWidth(), 1e-9, "the box has the size its new text needs");
        assertEquals(needed.height(), reasonShape.getHeight(), 1e-9);
        assertTrue(needed.width() * needed.height() > reasonBefore.width() * reasonBefore.height(), "it grew");
        assertEquals(reasonBefore.x() + reasonBefore.width() / 2, reasonShape.getX() + reasonShape.getWidth() / 2, 1e-6, "about its centre");
        List<Shape> drawn = diagram.getShapes().stream().filter(s -> !ArgumentGroups.of(diagram).isOpen(s)).toList();
        for (Shape a : drawn) {
            for (Shape b : drawn) {
                assertTrue(a == b || !overlaps(box(a), box(b)), a.getElement() + " overlaps " + b.getElement());
            }
        }
        assertTrue(inside(reasonShape, frame()), "the frame fits its grown statement");
        assertFalse(overlaps(box(frame()), box(shapeOf(rebuttal))) && !inside(shapeOf(rebuttal), frame()), "nor covers the rebuttal");
        assertTrue(shapeOf(below).getY() > belowBefore.y(), "the statement below stepped aside, down");
        assertSameBox(farBefore, box(shapeOf(far)), "the rest of the map stays");

        session.getCommandStack().undo();
        assertEquals("Attraction reduces conflict", reason.getLabel());
        assertSameBox(reasonBefore, box(reasonShape), "label and size are undone together");
    }

    private static boolean overlaps(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    private static void assertSameBox(Box expected, Box actual, String message) {
        assertFalse(MakingRoom.differs(expected, actual), message + ": expected " + expected + " but was " + actual);
    }

    @Test
    void aNewStatementPutDownOnAStatementLandsBesideItAndNothingMoves() {
        Map<Shape, Box> before = new java.util.LinkedHashMap<>();
        diagram.getShapes().forEach(s -> before.put(s, box(s)));
        Box thesisBox = box(shapeOf(thesis));
        Statement added = MapElements.statement(StatementKind.CLAIM, "New claim");
        assertTrue(session.execute(edits.addStatement(session.getMap(), diagram, added, thesisBox.center().x(), thesisBox.center().y())));
        Box put = box(shapeOf(added));
        Size needed = layouter.size(shapeOf(added));
        assertEquals(needed.width(), put.width(), 1e-9, "sized for its text");
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        for (Shape other : before.keySet()) {
            if (!groups.isHidden(other)) {
                assertFalse(overlaps(put, box(other)), "the new statement " + put + " covers " + other.getElement() + " " + box(other));
            }
            assertSameBox(before.get(other), box(other), "nothing else moves");
        }
        // The nearest free place: no further from the pointer than stepping off the thesis' frame, up or down.
        double offFrame = Math.max(thesisBox.center().y() - frame().getY(), frame().getY() + frame().getHeight() - thesisBox.center().y())
                + needed.height() / 2 + DiagramLayouter.GAP;
        assertTrue(Math.hypot(put.center().x() - thesisBox.center().x(), put.center().y() - thesisBox.center().y()) <= offFrame + 1e-6,
                "near the pointer: " + put + " for " + thesisBox.center());
        session.getCommandStack().undo();
        assertFalse(diagram.getShapes().stream().anyMatch(s -> s.getElement() == added));
    }

    @Test
    void aNewStatementPutDownNearALineStandsOffItAndStaysClearAsItsLabelIsTyped() {
        // Two statements far apart, one supporting the other, laid out: the middle of the line
        // between them is far from both boxes.
        MapSession apart = MapSession.create(Path.of("apart.argmap"), "Apart");
        Statement claim = MapElements.statement(StatementKind.CLAIM, "Soft power serves regime security");
        Statement evidence = MapElements.statement(StatementKind.EVIDENCE, "Party documents on cultural security");
        apart.getMap().getStatements().addAll(List.of(claim, evidence));
        apart.getMap().getInferences().add(MapElements.inference(List.of(evidence), claim));
        Diagram drawn = DiagramContents.wholeMap(apart.getMap(), DiagramContents.WHOLE_MAP);
        apart.getResource().getContents().add(drawn);
        DiagramLayouter.applyDirectly(layouter.compute(drawn, null));
        DiagramEdits editsApart = new DiagramEdits(apart.getEditingDomain(), layouter);
        Shape claimShape = drawn.getShapes().stream().filter(x -> x.getElement() == claim).findFirst().orElseThrow();
        Shape evidenceShape = drawn.getShapes().stream().filter(x -> x.getElement() == evidence).findFirst().orElseThrow();
        assertTrue(apart.execute(editsApart.move(drawn, List.of(evidenceShape), 0, 600)), "the evidence moved far below");
        org.disputatio.views.Edge line = drawn.getEdges().get(0);
        Box top = box(claimShape);
        Box bottom = box(evidenceShape);
        double x = (top.center().x() + bottom.center().x()) / 2;
        double y = (top.bottom() + bottom.y()) / 2;
        Statement added = MapElements.statement(StatementKind.CLAIM, "New claim");
        assertTrue(apart.execute(editsApart.addStatementNear(apart.getMap(), drawn, added, x, y)));
        Shape addedShape = drawn.getShapes().stream().filter(sh -> sh.getElement() == added).findFirst().orElseThrow();
        List<org.disputatio.views.geometry.Point> route = line.getRoute().size() >= 2
                ? line.getRoute().stream().map(p -> new org.disputatio.views.geometry.Point(p.getX(), p.getY())).toList()
                : List.of(top.center(), bottom.center());
        assertClearOf(box(addedShape), top, bottom, route, "put down");
        assertTrue(Math.hypot(box(addedShape).center().x() - x, box(addedShape).center().y() - y) < layouter.roomFor(addedShape).width(),
                "beside the line, near where it was asked for: " + box(addedShape));
        // Then its label is typed, two lines long: the box grows about its centre, still clear.
        assertTrue(apart.execute(editsApart.fitted("Set Label", drawn, MapCommands.set(apart.getEditingDomain(), added,
                org.disputatio.model.ArgmapPackage.Literals.STATEMENT__LABEL, "The party-state's insecurity shapes its soft power policy"),
                List.of(added))));
        assertTrue(box(addedShape).width() > 200, "the label made the box wider: " + box(addedShape));
        assertClearOf(box(addedShape), top, bottom, route, "with its label");
    }

    private static void assertClearOf(Box put, Box top, Box bottom, List<org.disputatio.views.geometry.Point> route, String when) {
        assertFalse(overlaps(put, top) || overlaps(put, bottom), when + ", it covers a statement: " + put);
        for (int i = 1; i < route.size(); i++) {
            assertFalse(new FreePlace.Segment(route.get(i - 1), route.get(i)).crosses(put), when + ", the new statement " + put + " stands on the line " + route);
        }
    }

    @Test
    void aLineAnEditDrawsInAnOrthogonalDiagramRunsInHorizontalAndVerticalSegments() {
        assertTrue(layouter.orthogonal(diagram), "the diagram's lines are orthogonal");
        Statement aside = MapElements.statement(StatementKind.EVIDENCE, "Polls of attraction");
        Box frameBox = box(frame());
        assertTrue(session.execute(edits.addStatement(session.getMap(), diagram, aside, frameBox.right() + 300, frameBox.bottom() + 150)));
        assertTrue(session.execute(edits.drawn("Support", session.getMap(), diagram,
                MapCommands.support(session.getEditingDomain(), session.getMap(), List.of(aside), reason))));
        org.disputatio.views.Edge drawn = diagram.getEdges().stream().filter(e -> e.getSource() == shapeOf(aside)).findFirst().orElseThrow();
        List<org.disputatio.views.Point> route = drawn.getRoute();
        assertTrue(route.size() >= 3, "a bent line from beside and below, not a slant: " + route.size() + " points");
        for (int i = 1; i < route.size(); i++) {
            boolean level = Math.abs(route.get(i).getY() - route.get(i - 1).getY()) < 1e-6;
            boolean upright = Math.abs(route.get(i).getX() - route.get(i - 1).getX()) < 1e-6;
            assertTrue(level || upright, "segment " + i + " slants");
        }
        assertTrue(box(shapeOf(aside)).grownBy(1).contains(route.get(0).getX(), route.get(0).getY()), "it leaves the new statement's border");
        assertTrue(box(shapeOf(reason)).grownBy(1).contains(route.get(route.size() - 1).getX(), route.get(route.size() - 1).getY()),
                "it ends on the reason's border");
        session.getCommandStack().undo();
        assertTrue(diagram.getEdges().stream().noneMatch(e -> e.getSource() == shapeOf(aside)), "undone with the support");
    }

    @Test
    void linesToACollapsedArgumentRunInHorizontalAndVerticalSegmentsRoundTheBoxes() {
        // A statement beside the frame and lower, so that a straight line to the collapsed box would slant.
        Statement aside = MapElements.statement(StatementKind.EVIDENCE, "Polls of attraction");
        Box frameBox = box(frame());
        assertTrue(session.execute(edits.addStatement(session.getMap(), diagram, aside, frameBox.x() - 200, frameBox.bottom() + 120)));
        assertTrue(session.execute(edits.drawn("Support", session.getMap(), diagram,
                MapCommands.support(session.getEditingDomain(), session.getMap(), List.of(aside), thesis))));
        assertTrue(session.execute(edits.toggleArguments(diagram, List.of(frame()))));
        ArgumentGroups groups = ArgumentGroups.of(diagram);
        List<org.disputatio.views.Edge> into = diagram.getEdges().stream()
                .filter(e -> groups.visible(e.getTarget()) == frame() && groups.visible(e.getSource()) != frame()).toList();
        assertEquals(2, into.size(), "the rebuttal's and the new statement's lines end at the collapsed box");
        for (org.disputatio.views.Edge edge : into) {
            assertRoutedRound(diagram, groups, edge);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "cultural-soft-power.argmap", "diplomat-2025.argmap", "dw-2018.argmap",
            "edney-2015.argmap", "nathan-scobell-2009.argmap", "soft-power-debate.argmap" })
    void inTheExamplesTheLinesOfEachCollapsedArgumentGoRoundTheOtherBoxes(String example) throws Exception {
        MapSession opened = MapSession.open(Path.of(System.getProperty("disputatio.root", ".")).resolve("examples").resolve(example));
        DiagramEdits exampleEdits = new DiagramEdits(opened.getEditingDomain(), layouter);
        int lines = 0;
        for (Diagram shown : opened.getDiagrams()) {
            List<Shape> open = ArgumentGroups.of(shown).groups().stream().filter(ArgumentGroups.of(shown)::isOpen).toList();
            for (Shape argument : open) {
                assertTrue(opened.execute(exampleEdits.toggleArguments(shown, List.of(argument))));
                ArgumentGroups groups = ArgumentGroups.of(shown);
                for (org.disputatio.views.Edge edge : shown.getEdges()) {
                    Shape from = groups.visible(edge.getSource());
                    Shape to = groups.visible(edge.getTarget());
                    if (from != to && (from == argument || to == argument)) {
                        assertRoutedRound(shown, groups, edge);
                        lines++;
                    }
                }
                opened.getCommandStack().undo();
            }
        }
        assertTrue(lines > 0, "no line reached a collapsed argument in " + example);
    }

    /** The edge's route is axis-parallel segments from its source's border to its target's, through no other box. */
    static void assertRoutedRound(Diagram diagram, ArgumentGroups groups, org.disputatio.views.Edge edge) {
        List<org.disputatio.views.Point> route = edge.getRoute();
        Shape from = groups.visible(edge.getSource());
        Shape to = groups.visible(edge.getTarget());
        String name = edge.getElement() + " from " + from.getElement() + " to " + to.getElement();
        assertTrue(route.size() >= 2, "a route is drawn, not a straight line: " + name);
        for (int i = 1; i < route.size(); i++) {
            org.disputatio.views.Point p = route.get(i - 1);
            org.disputatio.views.Point q = route.get(i);
            assertTrue(Math.abs(p.getX() - q.getX()) < 1e-6 || Math.abs(p.getY() - q.getY()) < 1e-6,
                    "segment " + i + " of " + name + " slants: " + p.getX() + "," + p.getY() + " to " + q.getX() + "," + q.getY());
            for (Shape other : diagram.getShapes()) {
                if (other != from && other != to && !groups.isHidden(other) && !groups.isOpen(other)) {
                    Box o = box(other);
                    boolean crosses = Math.max(p.getX(), q.getX()) > o.x() + 1 && Math.min(p.getX(), q.getX()) < o.right() - 1
                            && Math.max(p.getY(), q.getY()) > o.y() + 1 && Math.min(p.getY(), q.getY()) < o.bottom() - 1;
                    assertFalse(crosses, name + " crosses " + other.getElement());
                }
            }
        }
        org.disputatio.views.Point first = route.get(0);
        org.disputatio.views.Point last = route.get(route.size() - 1);
        assertTrue(box(from).onBorder(new org.disputatio.views.geometry.Point(first.getX(), first.getY()), 1.5), name + " starts on its source's border");
        assertTrue(box(to).onBorder(new org.disputatio.views.geometry.Point(last.getX(), last.getY()), 1.5), name + " ends on its target's border");
        assertTrue(box(from).contains(first.getX(), first.getY()) && box(to).contains(last.getX(), last.getY()),
                name + " ends inside its boxes, not a rounding off them");
    }

    @Test
    void nothingToToggleIsNoCommand() {
        assertFalse(edits.toggleArguments(diagram, List.of(shapeOf(rebuttal))).canExecute());
        assertFalse(edits.move(diagram, List.of(), 10, 10).canExecute());
    }

    @Test
    void changingTheDirectionLaysOutAgainAndUndoesTogether() {
        assertTrue(shapeOf(thesis).getY() < shapeOf(reason).getY(), "conclusions stand above by default");
        assertTrue(session.execute(edits.changeLayout(diagram, ViewsPackage.Literals.DIAGRAM__LAYOUT_DIRECTION, LayoutDirection.DOWN)));
        assertTrue(shapeOf(thesis).getY() > shapeOf(reason).getY(), "now below");
        assertFalse(edits.changeLayout(diagram, ViewsPackage.Literals.DIAGRAM__LAYOUT_DIRECTION, LayoutDirection.DOWN).canExecute(),
                "the value it has already is no change");
        session.getCommandStack().undo();
        assertTrue(shapeOf(thesis).getY() < shapeOf(reason).getY());
        assertFalse(diagram.eIsSet(ViewsPackage.Literals.DIAGRAM__LAYOUT_DIRECTION));
    }

    @Test
    void whatAnEditDrawsIsSizedByTheSameCommand() {
        Statement more = MapElements.statement(StatementKind.EVIDENCE, "Polls show rising attraction");
        assertTrue(session.execute(edits.addStatement(session.getMap(), diagram, more, 500, 300)));
        Shape added = shapeOf(more);
        Size needed = layouter.size(added);
        assertEquals(needed.width(), added.getWidth(), 1e-9);
        assertEquals(500, added.getX() + added.getWidth() / 2, 1e-9, "centred where asked");

        // Two premises of one inference join at a junction, which the edit draws and sizes.
        assertTrue(session.execute(edits.drawn("Support", session.getMap(), diagram,
                MapCommands.support(session.getEditingDomain(), session.getMap(), List.of(more, rebuttal), thesis))));
        Shape junction = diagram.getShapes().stream().filter(s -> s.getElement() instanceof Inference i && i.getPremises().size() == 2)
                .findFirst().orElseThrow();
        assertEquals(NodeFormat.DEFAULT.junctionSize(), junction.getWidth(), 1e-9);
        assertEquals("Support", session.getCommandStack().getUndoCommand().getLabel());
        session.getCommandStack().undo();
        assertFalse(diagram.getShapes().contains(junction));
        assertNotEquals(0, added.getWidth());
    }
}
