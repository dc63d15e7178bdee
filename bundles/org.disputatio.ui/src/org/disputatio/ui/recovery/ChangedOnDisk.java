// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.recovery;

import java.io.IOException;
import java.nio.file.Path;

import org.disputatio.core.FileChangedException;
import org.disputatio.core.FileStamp;
import org.disputatio.core.MapSession;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorInput;
import org.disputatio.viewer.MapCanvas;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.events.ShellAdapter;
import org.eclipse.swt.events.ShellEvent;
import org.eclipse.swt.events.ShellListener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * A map editor's file, changed or deleted by another program (an editor, {@code git pull}, a
 * second window): noticed when the editor is activated (also when the window comes back to the
 * front) and before a save. An editor without unsaved changes reloads quietly, keeping its view;
 * with unsaved changes the user chooses Reload, Keep Mine and Overwrite, or Save As; a file
 * deleted underneath leaves the editor with unsaved changes, to be saved again.
 */
public final class ChangedOnDisk {

    public static final String CHANGED_TITLE = "File Changed on Disk";
    public static final String DELETED_TITLE = "File Deleted on Disk";
    public static final String RELOAD = "Reload";
    public static final String OVERWRITE = "Keep Mine and Overwrite";
    public static final String SAVE_AS = "Save As...";
    public static final String LATER = "Decide Later";
    public static final String SAVE_AGAIN = "Save Again";

    private final MapEditor editor;
    /** After Save, Reload or the deletion was taken in: the editor's dirty state and actions follow. */
    private final Runnable stateChanged;
    /** The version on disk the user was last asked about: Decide Later is not asked again on every click. */
    private FileStamp asked;
    private static final FileStamp DELETED = new FileStamp(-1, new byte[0]);
    private boolean asking;
    private IPartListener2 partListener;
    private ShellListener shellListener;

    public ChangedOnDisk(MapEditor editor, Runnable stateChanged) {
        this.editor = editor;
        this.stateChanged = stateChanged;
    }

    /** Checks whenever the editor is activated, and when its window is brought back to the front while it is active. */
    public void install() {
        partListener = new IPartListener2() {
            @Override
            public void partActivated(IWorkbenchPartReference reference) {
                if (reference.getPart(false) == editor) {
                    checkLater();
                }
            }
        };
        editor.getSite().getPage().addPartListener(partListener);
        shellListener = new ShellAdapter() {
            @Override
            public void shellActivated(ShellEvent e) {
                if (editor.getSite().getPage().getActiveEditor() == editor) {
                    checkLater();
                }
            }
        };
        editor.getSite().getShell().addShellListener(shellListener);
    }

    public void dispose() {
        if (partListener != null) {
            editor.getSite().getPage().removePartListener(partListener);
        }
        Shell shell = editor.getSite().getShell();
        if (shellListener != null && !shell.isDisposed()) {
            shell.removeShellListener(shellListener);
        }
    }

    /**
     * Not from inside the activation: a dialog opened there would activate parts again. Not
     * before the map's first paint either: the check reads and digests the whole file, which the
     * map was read from a moment ago.
     */
    private void checkLater() {
        Runnable checking = () -> {
            if (editor.getViewer() != null && !editor.getViewer().getControl().isDisposed()) {
                check();
            }
        };
        MapCanvas canvas = editor.getViewer() == null ? null : editor.getViewer().getCanvas();
        if (canvas != null && !canvas.getControl().isDisposed() && canvas.getScene() != null) {
            canvas.whenPainted(checking);
        } else {
            editor.getSite().getShell().getDisplay().asyncExec(checking);
        }
    }

    private Path file() {
        return ((MapEditorInput) editor.getEditorInput()).getFile();
    }

    /** Compares the file with what the editor read or last saved, and acts as the class comment says. */
    public void check() {
        Path file = file();
        if (file == null || asking) {
            return;
        }
        MapSession session = editor.getSession();
        FileStamp now;
        try {
            if (!session.isChangedOnDisk()) {
                asked = null;
                return;
            }
            now = FileStamp.ofFile(file);
        } catch (IOException e) {
            return; // unreadable just now (another program still writing it): the next activation or the save looks again
        }
        if (now == null) {
            if (!session.isDirty()) {
                session.markUnsaved();
                stateChanged.run();
            }
            if (asked != DELETED) {
                asked = DELETED;
                if (ask(DELETED_TITLE, "The file " + file + " was deleted or moved by another program.\n\n"
                        + "The map is still open here, with its changes unsaved: Save writes the file again.",
                        SAVE_AGAIN, LATER) == 0) {
                    save();
                }
            }
            return;
        }
        if (now.equals(asked)) {
            return;
        }
        // Remembered first: a version that cannot be read is reported once, not on every activation.
        asked = now;
        if (!session.isDirty()) {
            editor.revertToSaved();
        } else {
            resolve(file);
        }
    }

    /**
     * The editor's Save: writes the file unless another program changed it since it was read,
     * in which case the user decides; a deleted file is written again.
     *
     * @return whether the map was saved to its file
     */
    public boolean save() {
        MapSession session = editor.getSession();
        try {
            try {
                session.save();
            } catch (FileChangedException e) {
                if (!e.isDeleted()) {
                    return resolve(file());
                }
                session.saveOverwriting();
            }
        } catch (IOException e) {
            return saveFailed(e);
        }
        asked = null;
        stateChanged.run();
        return true;
    }

    private boolean saveFailed(IOException e) {
        MessageDialog.openError(editor.getSite().getShell(), "Save failed",
                "The map was not saved, and the file on disk is unchanged.\n\n" + e.getMessage());
        return false;
    }

    /** Unsaved changes here, another version there: Reload, Keep Mine and Overwrite, Save As, or Later. */
    private boolean resolve(Path file) {
        int answer = ask(CHANGED_TITLE, "The file " + file + " was changed by another program since it was opened here, "
                + "and this map has unsaved changes.\n\n"
                + "Reload shows the file as it is now and drops the changes made here. Keep Mine and Overwrite saves this "
                + "version over the other. Save As keeps both.", RELOAD, OVERWRITE, SAVE_AS, LATER);
        switch (answer) {
        case 0 -> editor.revertToSaved();
        case 1 -> {
            try {
                editor.getSession().saveOverwriting();
            } catch (IOException e) {
                return saveFailed(e);
            }
            asked = null;
            stateChanged.run();
            return true;
        }
        case 2 -> editor.doSaveAs();
        default -> {
            // Later: asked again before a save, or when the file changes once more.
        }
        }
        return false;
    }

    private int ask(String title, String message, String... buttons) {
        asking = true;
        try {
            return new MessageDialog(editor.getSite().getShell(), title, null, message, MessageDialog.WARNING, 0, buttons).open();
        } finally {
            asking = false;
        }
    }
}
