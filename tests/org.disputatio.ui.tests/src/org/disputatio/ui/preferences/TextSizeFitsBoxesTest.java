// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.preferences;

import static org.disputatio.ui.Widgets.button;
import static org.disputatio.ui.Widgets.field;
import static org.disputatio.ui.Widgets.press;
import static org.disputatio.ui.WorkbenchTesting.copyExample;
import static org.disputatio.ui.WorkbenchTesting.open;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.model.Statement;
import org.disputatio.render.Scene;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.views.Shape;
import org.disputatio.views.geometry.Size;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new text size on the preference page: the open maps' boxes fit their text again, the map
 * keeps its arrangement, and each editor can undo it in one step. Asserted on what the canvas
 * draws (its scene), on the two example maps open side by side.
 */
class TextSizeFitsBoxesTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor debate;
    private MapEditor edney;

    @BeforeEach
    void openTwoExamples() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        debate = open(copyExample("soft-power-debate.argmap", dir));
        edney = open(copyExample("edney-2015.argmap", dir));
    }

    @AfterEach
    void restoreDefaults() {
        page.closeAllEditors(false);
        MapPreferences.store().setToDefault(MapPreferences.FONT_SIZE);
    }

    private void setTextSizeOnThePreferencePage(int size) {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(edney.getSite().getShell(), "org.disputatio.ui.preferences.map", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        spin();
        field(dialog.getShell(), "&Font size of labels (points):").setText(Integer.toString(size));
        spin();
        press(button(dialog.getShell(), "Apply and Close"));
        spin();
    }

    private static List<Scene.Node> statements(MapEditor editor) {
        return editor.getViewer().getScene().nodes().stream().filter(n -> n.shape().getElement() instanceof Statement).toList();
    }

    private static boolean overlap(Scene.Node a, Scene.Node b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    private static List<List<Shape>> apart(List<Scene.Node> nodes) {
        List<List<Shape>> pairs = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                if (!overlap(nodes.get(i), nodes.get(j))) {
                    pairs.add(List.of(nodes.get(i).shape(), nodes.get(j).shape()));
                }
            }
        }
        return pairs;
    }

    /** Every statement box the canvas draws is as big as its text needs at the given size. */
    private static void assertBoxesFit(MapEditor editor, int size) {
        DiagramLayouter needs = new DiagramLayouter(editor.getViewer().getTextMeasurer(), NodeFormat.DEFAULT.withLabelSize(size));
        for (Scene.Node node : statements(editor)) {
            Size text = needs.size(node.shape());
            assertEquals(text.width(), node.width(), 0.5, () -> "the box of \u201C" + ((Statement) node.shape().getElement()).getLabel() + "\u201D fits its text");
            assertEquals(text.height(), node.height(), 0.5);
        }
    }

    @Test
    void largerTextGrowsEveryBoxOfEveryOpenMapAndNoBoxesThatStoodApartOverlap() {
        List<List<Shape>> apartBefore = apart(statements(edney));
        double before = statements(edney).get(0).height();

        setTextSizeOnThePreferencePage(22);

        assertTrue(statements(edney).get(0).height() > before + 5, "the boxes grew");
        assertBoxesFit(edney, 22);
        Map<Shape, Scene.Node> drawn = statements(edney).stream().collect(Collectors.toMap(Scene.Node::shape, n -> n));
        for (List<Shape> pair : apartBefore) {
            assertFalse(overlap(drawn.get(pair.get(0)), drawn.get(pair.get(1))), "boxes that stood apart still do");
        }
        assertTrue(edney.isDirty(), "sizes are saved with the map");
        assertTrue(debate.isDirty(), "the other open map follows too");
        page.activate(debate);
        spin();
        assertBoxesFit(debate, 22);
    }

    @Test
    void undoPutsTheOldSizesBackInOneStep() {
        List<Scene.Node> before = statements(edney);
        setTextSizeOnThePreferencePage(22);
        page.activate(edney);
        spin();
        var undo = edney.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertEquals("&Undo " + MapEditor.TEXT_SIZE_CHANGE, undo.getText());
        undo.run();
        spin();
        List<Scene.Node> after = statements(edney);
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).x(), after.get(i).x(), 0.01);
            assertEquals(before.get(i).y(), after.get(i).y(), 0.01);
            assertEquals(before.get(i).width(), after.get(i).width(), 0.01);
        }
        assertFalse(edney.isDirty());
        assertFalse(edney.getSession().getCommandStack().canUndo(), "it was one command");
    }

    @Test
    void smallerTextShrinksTheBoxesBack() {
        setTextSizeOnThePreferencePage(11);
        assertBoxesFit(edney, 11);
    }
}
