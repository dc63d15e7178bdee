// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapSession;
import org.disputatio.core.RecoveryStore;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorInput;
import org.disputatio.ui.files.MapFileOpener;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.framework.FrameworkUtil;

/**
 * Crash recovery in the workbench: the recovery copies live in the ui bundle's state location
 * ({@code WORKSPACE/.metadata/.plugins/org.disputatio.ui/recovery}); each map editor keeps its
 * copy with a {@link RecoveryJob}; at start {@link #offer} lets the user restore what a crashed
 * run left.
 */
public final class Recovery {

    private static RecoveryStore store;
    /** Restored sessions whose editor carries on in the crashed run's slot. */
    private static final Map<MapSession, RecoveryStore.Entry> restored = new IdentityHashMap<>();

    private Recovery() {
    }

    public static synchronized RecoveryStore store() {
        if (store == null) {
            store = new RecoveryStore(Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(Recovery.class)).append("recovery").toOSString()));
        }
        return store;
    }

    /**
     * A new store on the same folder, as the next start of the application has: the copies this
     * run wrote count as a crashed run's. Only the crash test calls it.
     */
    static synchronized void startAgain() {
        store = new RecoveryStore(store().getFolder());
    }

    /** The recovery job of an editor whose map is {@code session}; it goes on in the slot a restored map came from. */
    public static RecoveryJob job(Display display, MapSession session, Supplier<MapSession> current, Supplier<Path> file) {
        RecoveryJob job = new RecoveryJob(store(), display, current, file);
        RecoveryStore.Entry entry = restored.remove(session);
        if (entry != null) {
            job.adopt(entry);
        }
        return job;
    }

    /**
     * At start: {@link #offer}, unless the system property {@code disputatio.recovery.offerAtStart}
     * is {@code false}, as the UI tests set it: a copy left by a killed test run must not hold the
     * next run's start-up in a modal dialog (the tests call {@link #offer} themselves).
     */
    public static void offerAtStart(IWorkbenchPage page) {
        if (!"false".equals(System.getProperty("disputatio.recovery.offerAtStart"))) {
            offer(page);
        }
    }

    /**
     * Offers the maps a crashed run left unsaved (nothing when there are none) and opens those
     * the user restores, with their changes unsaved.
     *
     * @return the editors of the restored maps
     */
    public static List<IEditorPart> offer(IWorkbenchPage page) {
        List<RecoveryStore.Entry> entries;
        try {
            entries = store().recovered();
        } catch (IOException e) {
            ILog.of(Recovery.class).log(Status.warning("cannot list the recovery copies in " + store().getFolder() + ": " + e.getMessage()));
            return List.of();
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        RestoreDialog dialog = new RestoreDialog(page.getWorkbenchWindow().getShell(), entries);
        dialog.open();
        List<IEditorPart> editors = new ArrayList<>();
        for (RecoveryStore.Entry entry : dialog.getChoice() == RestoreDialog.Choice.LATER ? List.<RecoveryStore.Entry>of() : dialog.getChosen()) {
            if (dialog.getChoice() == RestoreDialog.Choice.DISCARD) {
                discard(page, entry);
                continue;
            }
            IEditorPart editor = restore(page, entry);
            if (editor != null) {
                editors.add(editor);
            }
        }
        return editors;
    }

    private static IEditorPart restore(IWorkbenchPage page, RecoveryStore.Entry entry) {
        MapSession session;
        try {
            session = store().restore(entry);
        } catch (MapFileException e) {
            // Left in place: Discard at the next start removes it.
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), RestoreDialog.TITLE,
                    "The recovery copy of " + entry.name() + " cannot be read, so it is not restored.\n\n"
                            + MapFileOpener.describe(e));
            return null;
        }
        restored.put(session, entry);
        try {
            return page.openEditor(entry.file() == null ? MapEditorInput.untitled(session) : new MapEditorInput(session),
                    MapEditor.ID);
        } catch (PartInitException e) {
            restored.remove(session);
            session.dispose();
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), RestoreDialog.TITLE,
                    "The map " + entry.name() + " cannot be restored: " + e.getMessage());
            return null;
        }
    }

    private static void discard(IWorkbenchPage page, RecoveryStore.Entry entry) {
        try {
            store().discard(entry);
        } catch (IOException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), RestoreDialog.TITLE,
                    "The recovery copy of " + entry.name() + " cannot be removed: " + e.getMessage());
        }
    }
}
