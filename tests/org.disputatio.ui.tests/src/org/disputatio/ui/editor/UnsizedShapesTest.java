// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.render.Scene;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagram whose shapes were never laid out (written by a script): the canvas shows them at the
 * size their text needs, but only a command writes that size into the map.
 */
class UnsizedShapesTest {

    @TempDir
    Path dir;

    private Shell shell;

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void showingShapesWithoutASizeWritesNothingAndLayingOutIsAnUndoableCommand() {
        MapSession session = MapSession.create(dir.resolve("unsized.argmap"), "Unsized");
        Statement premise = MapElements.statement(StatementKind.EVIDENCE, "Polls show rising attraction");
        Statement conclusion = MapElements.statement(StatementKind.CLAIM, "Soft power is growing");
        session.getMap().getStatements().addAll(List.of(premise, conclusion));
        session.getMap().getInferences().add(MapElements.inference(List.of(premise), conclusion));
        Diagram diagram = DiagramContents.wholeMap(session.getMap(), DiagramContents.WHOLE_MAP);
        session.getResource().getContents().add(diagram);

        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        shell.setSize(800, 600);
        MapViewer viewer = new MapViewer(shell);
        viewer.setEditingDomain(session.getEditingDomain());
        shell.open();
        viewer.setInput(diagram);
        viewer.refresh();
        spin();

        List<Shape> shapes = diagram.getShapes();
        for (Scene.Node node : viewer.getScene().nodes()) {
            assertTrue(node.width() > 0 && node.height() > 0, "the canvas shows each shape at the size its text needs");
        }
        for (Shape shape : shapes) {
            assertEquals(0, shape.getWidth(), "the viewer does not write sizes into the map");
            assertEquals(0, shape.getHeight());
        }
        assertFalse(session.isDirty());

        viewer.layOut(false);
        spin();
        assertTrue(shapes.stream().allMatch(s -> s.getWidth() > 0 && s.getHeight() > 0), "laying out sizes every shape");
        assertTrue(session.isDirty(), "a layout is a change to save");
        session.getCommandStack().undo();
        assertTrue(shapes.stream().allMatch(s -> s.getWidth() == 0), "and undoing it takes the sizes back");
        assertFalse(session.isDirty());
    }
}
