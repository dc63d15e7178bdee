// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.disputatio.core.MapSession;
import org.disputatio.ui.Widgets;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditorInput;
import org.disputatio.ui.preferences.MapPreferences;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Map files dropped on the window's editor area, delivered as SWT delivers a drop. */
class MapFileDropTest {

    @TempDir
    Path dir;

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    private final IWorkbenchPage page = window.getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        MapPreferences.store().setToDefault(RecentFiles.KEY);
    }

    /** The drop target the window set up for files. */
    private DropTarget fileDropTarget() {
        return Widgets.all(window.getShell(), Control.class).stream().map(c -> c.getData(DND.DROP_TARGET_KEY))
                .filter(DropTarget.class::isInstance).map(DropTarget.class::cast)
                .filter(t -> Arrays.asList(t.getTransfer()).contains(FileTransfer.getInstance())).findFirst()
                .orElseThrow(() -> new AssertionError("the editor area takes no dropped files"));
    }

    @Test
    void droppingMapFilesOnTheEditorAreaOpensEach() throws Exception {
        Path first = dir.resolve("first.argmap");
        MapSession.create(first, "First debate").save();
        Path second = dir.resolve("second.xmi");
        MapSession.create(second, "Second debate").save();
        DropTarget target = fileDropTarget();

        // SWT hands drop listeners its package-private DNDEvent; a test can only make one reflectively.
        Constructor<?> constructor = DND.class.getClassLoader().loadClass("org.eclipse.swt.dnd.DNDEvent").getDeclaredConstructor();
        constructor.setAccessible(true);
        Event drop = (Event) constructor.newInstance();
        drop.widget = target;
        drop.display = target.getDisplay();
        drop.detail = DND.DROP_COPY;
        drop.data = new String[] { first.toString(), second.toString() };
        target.notifyListeners(DND.Drop, drop);
        spin();

        List<Path> open = Arrays.stream(page.getEditorReferences())
                .map(r -> r.getEditor(false).getEditorInput())
                .filter(MapEditorInput.class::isInstance).map(i -> ((MapEditorInput) i).getFile()).toList();
        assertTrue(open.containsAll(List.of(first, second)), open.toString());
        assertEquals(second, ((MapEditorInput) page.getActiveEditor().getEditorInput()).getFile());
    }
}
