// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.disputatio.core.FileStamp;
import org.disputatio.core.MapFiles;
import org.disputatio.core.MapSession;
import org.disputatio.core.RecoveryStore;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps one editor's recovery copy: {@link #DELAY} ms after the last change, the map is
 * serialised on the UI thread (the model is the UI thread's; a 150 KB map takes milliseconds)
 * and written to the {@link RecoveryStore} on this job's thread. No unsaved changes, no copy.
 * Every method but {@link #run} is called on the UI thread.
 */
public final class RecoveryJob extends Job {

    /** The pause after a change before the copy is written: typing a label is not copied letter by letter. */
    public static final long DELAY = 2000;

    private final RecoveryStore store;
    private final Display display;
    private final Supplier<MapSession> session;
    /** The editor's file, null for a map never saved: where a restored copy will be saved. */
    private final Supplier<Path> file;
    private final Object lock = new Object();
    /** Changes since the last save: edits, undos and redos; kept when a crashed run's copy is adopted. */
    private int changes;
    // Guarded by lock: a copy serialised before a save must not be written after it.
    private long generation;
    private boolean disposed;
    private String slot;
    private Path slotFile;

    public RecoveryJob(RecoveryStore store, Display display, Supplier<MapSession> session, Supplier<Path> file) {
        super("Keeping a recovery copy");
        this.store = store;
        this.display = display;
        this.session = session;
        this.file = file;
        setSystem(true);
        setPriority(DECORATE);
    }

    /** Carries on in a crashed run's slot: the restored map's copy stays where it was until saved. */
    public void adopt(RecoveryStore.Entry entry) {
        synchronized (lock) {
            slot = entry.slot();
            slotFile = entry.file();
            changes = entry.changes();
        }
    }

    /** The map changed (an edit, an undo, a redo). */
    public void changed() {
        changes++;
        update();
    }

    /** Unsaved changes get a copy soon; without any (saved, reverted, undone to the save), the copy goes. */
    public void update() {
        if (session.get().isDirty()) {
            schedule(DELAY);
            return;
        }
        changes = 0;
        cancel();
        synchronized (lock) {
            generation++;
            removeSlot();
        }
    }

    /** The editor closed cleanly: whatever it did not save, the user chose not to keep. */
    public void dispose() {
        cancel();
        synchronized (lock) {
            disposed = true;
            removeSlot();
        }
    }

    /** The slot this editor writes to, null while it has written nothing. */
    public String getSlot() {
        synchronized (lock) {
            return slot;
        }
    }

    private void removeSlot() {
        if (slot != null) {
            try {
                store.remove(slot);
            } catch (IOException e) {
                log("cannot remove the recovery copy " + slot, e);
            }
            slot = null;
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Object[] taken = new Object[5];
        try {
            display.syncExec(() -> {
                MapSession map = session.get();
                synchronized (lock) {
                    if (disposed || !map.isDirty()) {
                        return;
                    }
                    taken[3] = generation;
                }
                try {
                    taken[0] = MapFiles.serialize(map.getResource());
                } catch (IOException e) {
                    // A reference out of the file: Save will say so; there is nothing sound to copy.
                    return;
                }
                taken[1] = map.getStamp();
                taken[2] = changes;
                taken[4] = file.get();
            });
        } catch (SWTException e) {
            return Status.OK_STATUS; // the display is gone: the workbench is closing
        }
        if (taken[0] == null) {
            return Status.OK_STATUS;
        }
        synchronized (lock) {
            if (disposed || generation != (long) taken[3]) {
                return Status.OK_STATUS;
            }
            Path target = (Path) taken[4];
            try {
                if (slot == null || !java.util.Objects.equals(slotFile, target)) {
                    removeSlot();
                    slot = store.newSlot(target);
                    slotFile = target;
                }
                store.write(slot, target, (byte[]) taken[0], (int) taken[2], (FileStamp) taken[1]);
            } catch (IOException e) {
                log("cannot write the recovery copy of " + (target == null ? "an untitled map" : target), e);
            }
        }
        return Status.OK_STATUS;
    }

    private static void log(String message, IOException e) {
        // A full disk must not interrupt the editing with dialogs; the log says why no copy was kept.
        ILog.of(RecoveryJob.class).log(Status.warning(message + ": " + e.getMessage()));
    }
}
