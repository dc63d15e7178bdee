// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui;

import static org.disputatio.ui.WorkbenchTesting.open;
import static org.disputatio.ui.WorkbenchTesting.saveExchange;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.problems.MapProblemsView;
import org.disputatio.ui.sources.SourcesView;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Argument Mapping perspective: the editor with the Outline and Sources left, Properties and Map Problems below. */
class MappingPerspectiveTest {

    @TempDir
    Path dir;

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private static Rectangle onScreen(Control control) {
        return control.getDisplay().map(control.getParent(), null, control.getBounds());
    }

    @Test
    void opensWithTheEditorAreaAndFourViewsAroundIt() throws Exception {
        MapEditor editor = open(saveExchange(dir.resolve("exchange.argmap")));
        page.resetPerspective();
        spin();
        assertEquals(MappingPerspective.ID, page.getPerspective().getId());
        assertTrue(page.isEditorAreaVisible());
        IViewPart outline = page.findView(IPageLayout.ID_OUTLINE);
        SourcesView sources = (SourcesView) page.findView(SourcesView.ID);
        IViewPart properties = page.findView(IPageLayout.ID_PROP_SHEET);
        MapProblemsView problems = (MapProblemsView) page.findView(MapProblemsView.ID);
        for (IViewPart view : new IViewPart[] { outline, sources, properties, problems }) {
            assertNotNull(view);
        }
        assertEquals(Set.of(outline), Set.of(page.getViewStack(outline)), "the Outline has the top left to itself");
        assertEquals(Set.of(sources), Set.of(page.getViewStack(sources)), "the Sources have the bottom left to themselves");
        assertEquals(Set.of(properties), Set.of(page.getViewStack(properties)), "the Properties have their own place");
        assertEquals(Set.of(problems), Set.of(page.getViewStack(problems)), "Map Problems have their own place");

        Rectangle canvas = onScreen(editor.getViewer().getControl());
        Rectangle sourcesTable = onScreen(sources.getViewer().getControl());
        Rectangle problemsTable = onScreen(problems.getViewer().getControl());
        assertTrue(sourcesTable.x + sourcesTable.width <= canvas.x, "Sources left of the editor");
        assertTrue(problemsTable.y >= canvas.y + canvas.height, "Map Problems below the editor");
        assertTrue(problemsTable.x >= sourcesTable.x + sourcesTable.width, "Map Problems below the editor only");
        Rectangle propertiesTree = onScreen(((PropertySheet) properties).getCurrentPage().getControl());
        assertTrue(propertiesTree.y >= canvas.y + canvas.height, "Properties below the editor");
        assertTrue(propertiesTree.x + propertiesTree.width <= problemsTable.x, "Properties beside Map Problems, on their left");
    }
}
