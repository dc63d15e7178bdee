// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.preferences.MapPreferences;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * File &gt; Export: writes the map in front, or the diagram it shows, in one of
 * {@link ExportFormats#ALL}, and tells the scholar what the format could not hold.
 */
public class ExportAction extends Action {

    public static final String ID = "org.disputatio.ui.export";
    public static final String TITLE = "Export Map";
    public static final String ERROR_TITLE = "Cannot Export";

    private final IWorkbenchWindow window;

    public ExportAction(IWorkbenchWindow window) {
        super("&Export...");
        setId(ID);
        setToolTipText("Write the map as Argdown or AIF, the diagram as SVG, PNG or PDF, the presentation as slides");
        this.window = window;
    }

    @Override
    public void run() {
        Shell shell = window.getShell();
        if (!(window.getActivePage().getActiveEditor() instanceof MapEditor editor)) {
            MessageDialog.openInformation(shell, TITLE, "Open a map to export it.");
            return;
        }
        List<ExportFormat> formats = ExportFormats.ALL;
        String[] names = formats.stream().map(f -> f.name() + " (" + f.filter() + ")").toArray(String[]::new);
        String[] filters = formats.stream().map(ExportFormat::filter).toArray(String[]::new);
        FileChooser.Choice choice = FileChooser.Current.get().choose(shell, TITLE, names, filters, true);
        if (choice == null) {
            return;
        }
        ExportFormat format = choice.filter() >= 0 && choice.filter() < formats.size() ? formats.get(choice.filter())
                : formats.stream().filter(f -> f.names(choice.file())).findFirst().orElse(null);
        if (format == null) {
            MessageDialog.openError(shell, ERROR_TITLE, "Nothing was written: " + choice.file().getFileName()
                    + " names none of the formats (" + String.join(", ", filters) + ").");
            return;
        }
        export(editor, format, format.named(choice.file()), shell);
    }

    /** Writes the editor's map or diagram, drawn with the workbench's map preferences, and reports the outcome. */
    static void export(MapEditor editor, ExportFormat format, Path file, Shell shell) {
        ExportSubject subject = new ExportSubject(editor.getSession(), editor.getViewer().getDiagram(),
                MapPreferences.settings(MapPreferences.store()));
        try {
            List<String> notices = format.writer().write(subject, file);
            if (!notices.isEmpty()) {
                MessageDialog.openInformation(shell, TITLE, "Written to " + file + " as " + format.name()
                        + ", but the format could not hold everything:\n\n- " + String.join("\n- ", notices));
            }
        } catch (IOException | IllegalArgumentException e) {
            MessageDialog.openError(shell, ERROR_TITLE, file + " was not written: " + e.getMessage());
        }
    }
}
