// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.open;
import static org.disputatio.ui.WorkbenchTesting.saveExchange;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.disputatio.core.MapCommands;
import org.disputatio.core.MapSession;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Statement;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.problems.MapProblemsView;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a view following the map editor hears, and how often. */
class MapEditorTrackerTest {

    @TempDir
    Path dir;

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private final List<MapEditor> shown = new ArrayList<>();
    private int changes;
    private MapEditorTracker tracker;
    private MapEditor editor;

    @BeforeEach
    void followAnEditor() throws Exception {
        page.closeAllEditors(false);
        editor = open(saveExchange(dir.resolve("exchange.argmap")));
        IViewPart view = page.showView(MapProblemsView.ID);
        tracker = new MapEditorTracker(view, new MapEditorTracker.Follower() {
            @Override
            public void show(MapEditor next) {
                shown.add(next);
            }

            @Override
            public void mapChanged() {
                changes++;
            }
        });
    }

    @AfterEach
    void close() {
        tracker.dispose();
        page.closeAllEditors(false);
    }

    private void relabel(String label) {
        MapSession session = editor.getSession();
        Statement thesis = (Statement) session.getResource().getEObject("thesis");
        session.execute(MapCommands.set(session.getEditingDomain(), thesis, ArgmapPackage.Literals.STATEMENT__LABEL, label));
    }

    @Test
    void aBurstOfCommandsIsReportedOnce() {
        assertEquals(List.of(editor), shown);
        relabel("One");
        relabel("Two");
        editor.getSession().getCommandStack().undo();
        spin();
        assertEquals(1, changes);
        relabel("Three");
        spin();
        assertEquals(2, changes);
    }

    @Test
    void revertShowsTheNewSessionAndItsCommandsAreHeard() {
        relabel("Changed");
        editor.revertToSaved();
        spin();
        assertEquals(List.of(editor, editor), shown);
        changes = 0;
        relabel("Changed again");
        spin();
        assertEquals(1, changes);
    }

    @Test
    void closingTheEditorShowsNothingAndItsCommandsAreNoLongerHeard() {
        MapSession session = editor.getSession();
        page.closeEditor(editor, false);
        spin();
        assertEquals(Arrays.asList(editor, null), shown);
        changes = 0;
        session.getCommandStack().flush();
        spin();
        assertEquals(0, changes);
    }
}
