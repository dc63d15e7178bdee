// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
    void collapsingAnArgumentHidesItsStatementsAndLaysOutAgain() {
        assertTrue(session.execute(edits.toggleArguments(diagram, List.of(frame(), shapeOf(rebuttal)))));
        assertTrue(frame().isCollapsed());
        assertEquals("Collapse Argument", session.getCommandStack().getUndoCommand().getLabel());
        assertFalse(ArgumentGroups.of(diagram).isOpen(frame()));
        assertTrue(ArgumentGroups.of(diagram).isHidden(shapeOf(thesis)));
        Box collapsed = box(frame());
        Size needed = layouter.size(frame());
        assertEquals(needed.width(), collapsed.width(), 1e-9, "laid out again at the collapsed box's size");

        assertTrue(session.execute(edits.toggleArguments(diagram, List.of(frame()))));
        assertFalse(frame().isCollapsed());
        assertEquals("Open Argument", session.getCommandStack().getUndoCommand().getLabel());
        session.getCommandStack().undo();
        session.getCommandStack().undo();
        assertFalse(frame().isCollapsed());
        assertFalse(session.isDirty());
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
