// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapSession;
import org.disputatio.interchange.MapFormats;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorInput;
import org.disputatio.ui.preferences.MapPreferences;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Opens map files in the {@link MapEditor}: the one way taken from the command line, File &gt;
 * Open File, drag and drop and the recent files. A map already open is brought to the front; a
 * file that cannot be read is reported with its line and column and is not written to; a missing
 * file leaves the recent files. A failed open that leaves no map open shows the recent maps
 * ({@link RecentMapsPage}).
 */
public final class MapFileOpener {

    public static final String ERROR_TITLE = "Cannot Open Map";

    private MapFileOpener() {
    }

    /** @return the map's editor, or null when the file could not be opened (the user has been told why) */
    public static MapEditor open(IWorkbenchPage page, Path file) {
        MapEditorInput input = new MapEditorInput(file);
        if (page.findEditor(input) instanceof MapEditor open) {
            page.activate(open);
            return open;
        }
        RecentFiles recent = new RecentFiles(MapPreferences.store());
        MapSession session;
        try {
            session = MapFormats.open(input.getFile());
        } catch (MapFileException e) {
            boolean forgotten = Files.notExists(input.getFile()) && recent.remove(input.getFile());
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), ERROR_TITLE, describe(e)
                    + (forgotten ? "\n\nIt has been removed from the recent maps." : ""));
            RecentMapsPage.showIfEmpty(page);
            return null;
        }
        MapEditorInput read = new MapEditorInput(session);
        try {
            IEditorPart editor = page.openEditor(read, MapEditor.ID);
            recent.add(input.getFile());
            RecentMapsPage.closeIn(page);
            return (MapEditor) editor;
        } catch (PartInitException e) {
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), ERROR_TITLE, null, e.getStatus());
            RecentMapsPage.showIfEmpty(page);
            return null;
        } finally {
            MapSession unused = read.takeSession();
            if (unused != null) {
                unused.dispose();
            }
        }
    }

    /** What the error dialog says: the file, where in it, what is wrong, and that it is unchanged. */
    public static String describe(MapFileException e) {
        String where = e.getLine() > 0 ? "Line " + e.getLine() + ", column " + e.getColumn() + ": " : "";
        return "The map " + e.getFile() + " cannot be opened.\n\n" + where + e.getProblem()
                + "\n\nNothing has been written to the file.";
    }
}
