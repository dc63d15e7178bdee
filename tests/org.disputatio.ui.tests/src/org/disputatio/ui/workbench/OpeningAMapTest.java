// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.workbench;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.render.Scene;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.Diagram;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A map opens at a zoom its labels are read at, on its main question or thesis. */
class OpeningAMapTest {

    @TempDir
    Path dir;

    private MapEditor editor;

    @AfterEach
    void close() {
        editor.getSite().getPage().closeAllEditors(false);
        spin();
    }

    /** The label size on screen, and whether the thesis is in the middle part of the view. */
    private void assertReadableOn(String thesisId) {
        MapViewer viewer = editor.getViewer();
        double labelPixels = viewer.getSettings().format().label().size() * viewer.getZoom();
        assertTrue(labelPixels >= MapViewer.READABLE_LABEL_PIXELS - 1e-6, "labels are " + labelPixels + " px high");
        Scene.Node thesis = viewer.nodeOf(editor.getSession().getResource().getEObject(thesisId));
        assertNotNull(thesis);
        int[] centre = viewer.toControl(thesis.x() + thesis.width() / 2, thesis.y() + thesis.height() / 2);
        Rectangle client = viewer.getControl().getBounds();
        assertTrue(centre[0] > 0 && centre[0] < client.width && centre[1] > 0 && centre[1] < client.height,
                "the thesis at " + centre[0] + "," + centre[1] + " is in view " + client);
    }

    @Test
    void edneysMapOpensReadableOnNyesThesis() throws Exception {
        editor = WorkbenchTesting.open(WorkbenchTesting.copyExample("edney-2015.argmap", dir));
        editor.getDiagramTabs().show(editor.getSession().getDiagrams().get(1));
        spin();
        assertReadableOn("edney-nye-thesis");
    }

    /** How many statements the view shows, wholly or in part. */
    private static long inView(MapViewer viewer) {
        Rectangle client = ((org.eclipse.swt.widgets.Composite) viewer.getControl()).getClientArea();
        return viewer.getScene().nodes().stream().filter(node -> {
            int[] topLeft = viewer.toControl(node.x(), node.y());
            int[] bottomRight = viewer.toControl(node.x() + node.width(), node.y() + node.height());
            return bottomRight[0] > 0 && topLeft[0] < client.width && bottomRight[1] > 0 && topLeft[1] < client.height;
        }).count();
    }

    @Test
    void laidOutAnewAsATreeTheMapIsStillInView() throws Exception {
        editor = WorkbenchTesting.open(WorkbenchTesting.copyExample("edney-2015.argmap", dir));
        spin();
        MapViewer viewer = editor.getViewer();
        assertTrue(inView(viewer) > 0, "the map opens with statements in view");

        // The Tree from the canvas's Layout menu lays the map out again, much wider than it was.
        org.eclipse.swt.widgets.Menu menu = viewer.getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        spin();
        org.eclipse.swt.widgets.Menu layout = item(menu, "Layout").getMenu();
        layout.notifyListeners(SWT.Show, new Event());
        spin();
        org.eclipse.swt.widgets.Menu algorithm = item(layout, "Algorithm").getMenu();
        algorithm.notifyListeners(SWT.Show, new Event());
        spin();
        org.eclipse.swt.widgets.MenuItem tree = item(algorithm, "Tree");
        tree.setSelection(true);
        tree.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        spin();
        assertEquals(org.disputatio.views.LayoutAlgorithm.TREE, viewer.getDiagram().getLayoutAlgorithm());
        assertTrue(inView(viewer) > 0, "after the Tree layout the view shows statements, not an empty canvas");

        // L lays it out again, as a job.
        viewer.getControl().setFocus();
        Event l = new Event();
        l.character = 'l';
        l.keyCode = 'l';
        viewer.getControl().notifyListeners(SWT.KeyDown, l);
        assertTrue(WorkbenchTesting.spinUntil(() -> "Layout".equals(editor.getSession().getCommandStack().getUndoCommand().getLabel()), 20_000),
                "L laid the map out");
        spin();
        assertTrue(inView(viewer) > 0, "after L the view shows statements");
    }

    private static org.eclipse.swt.widgets.MenuItem item(org.eclipse.swt.widgets.Menu menu, String text) {
        return java.util.Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " in the menu"));
    }

    @Test
    void aThousandStatementMapOpensReadableOnItsThesis() throws Exception {
        Path file = dir.resolve("thousand.argmap");
        MapSession session = MapSession.create(file, "A thousand statements");
        List<Statement> statements = new ArrayList<>();
        Random random = new Random(13);
        for (int i = 0; i < 1000; i++) {
            Statement statement = MapElements.statement(i % 7 == 3 ? StatementKind.REBUTTAL : StatementKind.CLAIM, "Statement number " + i);
            statement.setId("s" + i);
            session.getMap().getStatements().add(statement);
            if (i > 0) {
                Statement target = statements.get(random.nextInt(Math.min(i, 40)));
                if (statement.getKind() == StatementKind.REBUTTAL) {
                    session.getMap().getConflicts().add(MapElements.conflict(List.of(statement), target));
                } else {
                    session.getMap().getInferences().add(MapElements.inference(List.of(statement), target));
                }
            }
            statements.add(statement);
        }
        Diagram diagram = DiagramContents.wholeMap(session.getMap(), DiagramContents.WHOLE_MAP);
        DiagramLayouter.applyDirectly(new DiagramLayouter(new AwtTextMeasurer(), NodeFormat.DEFAULT).compute(diagram, null));
        session.getResource().getContents().add(diagram);
        session.save();

        editor = WorkbenchTesting.open(file);
        assertEquals(1000, editor.getSession().getMap().getStatements().size());
        assertReadableOn("s0");
    }
}
