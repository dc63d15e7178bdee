// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.exchange;

import java.nio.file.Path;

import org.disputatio.core.MapFileException;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.files.MapFileOpener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * File &gt; Import: brings an Argdown, AIF or map file into the map in front (Open already opens
 * such a file as a map of its own; a scholar who imports wants it in the map at hand). With no
 * map open there is nothing to import into, and the file opens as a map, as Open does.
 */
public class ImportAction extends Action {

    public static final String ID = "org.disputatio.ui.import";
    public static final String TITLE = "Import into Map";
    public static final String ERROR_TITLE = "Cannot Import";

    static final String[] FILTER_NAMES = { "Argdown, AIF and maps", "Argdown (*.argdown, *.ad)", "AIF (*.json)",
            "Argument maps (*.argmap, *.xmi)" };
    static final String[] FILTERS = { "*.argdown;*.ad;*.json;*.argmap;*.xmi", "*.argdown;*.ad", "*.json", "*.argmap;*.xmi" };

    private final IWorkbenchWindow window;

    public ImportAction(IWorkbenchWindow window) {
        super("&Import...");
        setId(ID);
        setToolTipText("Bring the statements of an Argdown, AIF or map file into this map");
        this.window = window;
    }

    @Override
    public void run() {
        Shell shell = window.getShell();
        FileChooser.Choice choice = FileChooser.Current.get().choose(shell, TITLE, FILTER_NAMES, FILTERS, false);
        if (choice == null) {
            return;
        }
        if (window.getActivePage().getActiveEditor() instanceof MapEditor editor) {
            importInto(editor, choice.file(), shell);
        } else {
            MapFileOpener.open(window.getActivePage(), choice.file());
        }
    }

    /** Imports the file into the editor's map and says what came in, or why nothing did. */
    static void importInto(MapEditor editor, Path file, Shell shell) {
        try {
            MapImport.Result result = MapImport.importFile(editor.getSession(), file, editor.getViewer().getDiagram(),
                    editor.getViewer().edits());
            MessageDialog.openInformation(shell, TITLE, MapImport.describe(file, result));
        } catch (MapFileException e) {
            String where = e.getLine() > 0 ? "Line " + e.getLine() + ", column " + e.getColumn() + ": " : "";
            MessageDialog.openError(shell, ERROR_TITLE, e.getFile() + " cannot be imported.\n\n" + where + e.getProblem()
                    + "\n\nNothing has been added to the map, and nothing written.");
        }
    }
}
