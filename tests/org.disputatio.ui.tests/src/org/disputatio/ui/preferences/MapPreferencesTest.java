// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.preferences;

import static org.disputatio.ui.Widgets.button;
import static org.disputatio.ui.Widgets.field;
import static org.disputatio.ui.Widgets.press;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.render.Scene;
import org.disputatio.render.VisualStyle;
import org.disputatio.ui.Widgets;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.files.MapFileOpener;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.Shape;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Window > Preferences > Disputatio > Map, and open maps following it. */
class MapPreferencesTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor editor;
    private MapViewer viewer;
    private Statement premise;
    private Statement conclusion;

    @BeforeEach
    void openMap() throws IOException {
        Path file = dir.resolve("preferences.argmap");
        MapSession session = MapSession.create(file, "Preferences");
        premise = MapElements.statement(StatementKind.EVIDENCE, "Polls show rising attraction");
        premise.setId("premise");
        conclusion = MapElements.statement(StatementKind.CLAIM, "Soft power is growing");
        conclusion.setId("conclusion");
        session.getMap().getStatements().addAll(List.of(premise, conclusion));
        session.getMap().getInferences().add(MapElements.inference(List.of(premise), conclusion));
        // No layout direction: the diagram follows the preference.
        session.getResource().getContents().add(DiagramContents.wholeMap(session.getMap(), "Whole map"));
        session.save();
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = MapFileOpener.open(page, file);
        viewer = editor.getViewer();
        viewer.layOut(false);
        spin();
    }

    @AfterEach
    void restoreDefaults() {
        page.closeAllEditors(false);
        for (String key : MapPreferences.MAP_APPEARANCE) {
            MapPreferences.store().setToDefault(key);
        }
    }

    private Shape shapeOf(String id) {
        Object element = editor.getSession().getResource().getEObject(id);
        return viewer.getDiagram().getShapes().stream().filter(s -> s.getElement() == element).findFirst().orElseThrow();
    }

    private Scene.Node claimNode() {
        return viewer.getScene().nodes().stream().filter(n -> n.shape() == shapeOf("conclusion")).findFirst().orElseThrow();
    }

    /** Opens the preference page, lets the test change its fields, and presses Apply and Close. */
    private void onPreferencePage(java.util.function.Consumer<Shell> change) {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(editor.getSite().getShell(), "org.disputatio.ui.preferences.map", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        spin();
        change.accept(dialog.getShell());
        spin();
        press(button(dialog.getShell(), "Apply and Close"));
        spin();
    }

    @Test
    void aLargerFontOnThePreferencePageEnlargesTheOpenMapsText() {
        double before = shapeOf("conclusion").getHeight();
        onPreferencePage(shell -> field(shell, "&Font size of labels (points):").setText("30"));
        assertEquals(30, MapPreferences.store().getInt(MapPreferences.FONT_SIZE));
        viewer.layOut(false);
        spin();
        // Twice the size of label, the same words on a line: the text's height doubles, not the padding.
        double padding = 2 * NodeFormat.DEFAULT.padding();
        double after = shapeOf("conclusion").getHeight();
        assertEquals(2, (after - padding) / (before - padding), 0.2, "the viewer measures with the new font: " + before + " -> " + after);
    }

    @Test
    void theGreyscaleSchemeOnThePreferencePageRecoloursTheOpenMap() {
        assertEquals(VisualStyle.DEFAULT.statement(StatementKind.CLAIM), claimNode().style());
        onPreferencePage(shell -> {
            Button greyscale = Widgets.all(shell, Button.class).stream()
                    .filter(b -> b.getText().equals(VisualStyle.Scheme.GREYSCALE.label())).findFirst().orElseThrow();
            Widgets.all(shell, Button.class).stream().filter(b -> (b.getStyle() & SWT.RADIO) != 0).forEach(b -> b.setSelection(b == greyscale));
            greyscale.notifyListeners(SWT.Selection, new Event());
        });
        spin();
        assertEquals(VisualStyle.GREYSCALE.statement(StatementKind.CLAIM), claimNode().style());

        MapPreferences.store().setToDefault(MapPreferences.COLOUR_SCHEME);
        spin();
        assertEquals(VisualStyle.DEFAULT.statement(StatementKind.CLAIM), claimNode().style());
    }

    @Test
    void aDiagramWithoutDirectionIsLaidOutInThePreferredDirection() {
        assertTrue(shapeOf("conclusion").getY() < shapeOf("premise").getY(), "by default conclusions stand above");
        MapPreferences.store().setValue(MapPreferences.LAYOUT_DIRECTION, LayoutDirection.DOWN.getLiteral());
        viewer.layOut(false);
        spin();
        assertTrue(shapeOf("conclusion").getY() > shapeOf("premise").getY(), "now conclusions stand below");
    }

    @Test
    void aNewStatementIsSizedForThePreferredFont() {
        MapPreferences.store().setValue(MapPreferences.FONT_SIZE, 30);
        spin();
        Statement added = editor.getEditing().addStatementAtCentre(StatementKind.CLAIM);
        spin();
        Shape shape = viewer.getDiagram().getShapes().stream().filter(s -> s.getElement() == added).findFirst().orElseThrow();
        var needed = new DiagramLayouter(viewer.getTextMeasurer(), NodeFormat.DEFAULT.withLabelSize(30)).size(shape);
        assertEquals(needed.width(), shape.getWidth(), 0.5, "the box fits the label in the preferred size");
        assertEquals(needed.height(), shape.getHeight(), 0.5);
    }

    @Test
    void aLayoutChosenFromTheContextMenuUsesThePreferredFont() {
        double before = shapeOf("conclusion").getHeight();
        MapPreferences.store().setValue(MapPreferences.FONT_SIZE, 30);
        spin();
        Menu menu = viewer.getControl().getMenu();
        for (String wanted : new String[] { "Layout", "Direction", "Right" }) {
            menu.notifyListeners(SWT.Show, new Event());
            MenuItem item = java.util.Arrays.stream(menu.getItems()).filter(m -> wanted.equals(m.getText().replace("&", ""))).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item " + wanted));
            if (item.getMenu() != null) {
                menu = item.getMenu();
            } else {
                item.setSelection(true);
                item.notifyListeners(SWT.Selection, new Event());
            }
        }
        spin();
        assertEquals(LayoutDirection.RIGHT, viewer.getDiagram().getLayoutDirection());
        double padding = 2 * NodeFormat.DEFAULT.padding();
        double after = shapeOf("conclusion").getHeight();
        assertEquals(2, (after - padding) / (before - padding), 0.2, "laid out for the preferred font: " + before + " -> " + after);
    }
}
