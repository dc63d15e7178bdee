// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.workbench;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.disputatio.render.Scene;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.geometry.Point;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canvas's context menu shows each command's key, and its Layout menu draws trees with orthogonal lines. */
class ContextMenuTest {

    @TempDir
    Path dir;

    private MapEditor editor;

    @BeforeEach
    void open() throws Exception {
        editor = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("menu.argmap")));
    }

    @AfterEach
    void close() {
        editor.getSite().getPage().closeAllEditors(false);
        spin();
    }

    private static Menu opened(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        spin();
        return menu;
    }

    private static MenuItem item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
    }

    @Test
    void everyItemWithAKeyShowsIt() {
        Menu menu = opened(editor.getViewer().getControl().getMenu());
        Map<String, String> keys = Map.ofEntries(Map.entry("Support", "S"), Map.entry("Attack", "A"), Map.entry("Edit Label", "F2"),
                Map.entry("Cut", "Ctrl+X"), Map.entry("Copy", "Ctrl+C"), Map.entry("Paste", "Ctrl+V"), Map.entry("Delete from Map", "Delete"),
                Map.entry("Lay Out", "L"), Map.entry("Show Key", "K"), Map.entry("Show Evaluation", "V"), Map.entry("Why?", "W"));
        keys.forEach((text, key) -> assertTrue(item(menu, text).getText().endsWith("\t" + key), item(menu, text).getText()));
        Menu create = opened(item(menu, "New").getMenu());
        for (String[] kind : new String[][] { { "Claim", "C" }, { "Evidence", "E" }, { "Rebuttal", "R" } }) {
            assertEquals(kind[0] + "\t" + kind[1], item(create, kind[0]).getText().replace("&", ""));
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    @Test
    void theTreeLayoutDrawsOrthogonalLines() {
        Menu menu = opened(editor.getViewer().getControl().getMenu());
        Menu algorithm = opened(item(opened(item(menu, "Layout").getMenu()), "Algorithm").getMenu());
        MenuItem tree = item(algorithm, "Tree");
        tree.setSelection(true);
        tree.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        spin();
        assertEquals(LayoutAlgorithm.TREE, editor.getViewer().getDiagram().getLayoutAlgorithm());
        List<Scene.Line> lines = editor.getViewer().getScene().lines();
        assertFalse(lines.isEmpty());
        for (Scene.Line line : lines) {
            assertFalse(line.curved());
            for (int i = 1; i < line.points().size(); i++) {
                Point a = line.points().get(i - 1);
                Point b = line.points().get(i);
                assertTrue(Math.abs(a.x() - b.x()) < 1e-6 || Math.abs(a.y() - b.y()) < 1e-6, "a slanted segment " + a + " to " + b);
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.points().size() == 4), "a line turns onto the bus of its conclusion");
    }

    @Test
    void aStatementsTooltipSaysWhatItSaysNowAndGivesWayToTheMenu() {
        org.disputatio.viewer.MapViewer viewer = editor.getViewer();
        org.eclipse.swt.widgets.Control canvas = viewer.getControl();
        org.disputatio.model.Statement thesis = (org.disputatio.model.Statement) editor.getSession().getResource().getEObject("thesis");
        Scene.Node node = viewer.nodeOf(thesis);
        int[] at = viewer.toControl(node.x() + node.width() / 2, node.y() + node.height() / 2);
        // The pointer rests on the statement, and the tooltip shows.
        canvas.getDisplay().setCursorLocation(canvas.toDisplay(at[0], at[1]));
        spin();
        Event hover = new Event();
        hover.x = at[0];
        hover.y = at[1];
        canvas.notifyListeners(SWT.MouseHover, hover);
        // A statement without a text of its own is told by its label.
        assertEquals(null, thesis.getText());
        assertTrue(canvas.getToolTipText().startsWith(thesis.getLabel()), canvas.getToolTipText());

        editor.getSession().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getSession().getEditingDomain(),
                thesis, org.disputatio.model.ArgmapPackage.Literals.STATEMENT__LABEL, "Soft power need not be zero-sum"));
        spin();
        assertTrue(canvas.getToolTipText().startsWith("Soft power need not be zero-sum"),
                "the tooltip showing follows the edit, not the label before it: " + canvas.getToolTipText());

        Event menu = new Event();
        org.eclipse.swt.graphics.Point onScreen = canvas.toDisplay(at[0], at[1]);
        menu.x = onScreen.x;
        menu.y = onScreen.y;
        canvas.notifyListeners(SWT.MenuDetect, menu);
        assertEquals(null, canvas.getToolTipText(), "the context menu is not covered by the tooltip");
    }
}
