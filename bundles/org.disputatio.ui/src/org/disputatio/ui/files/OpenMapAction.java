// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** File &gt; Open File: chooses map files and opens each in the map editor. */
public class OpenMapAction extends Action {

    public static final String ID = "org.disputatio.ui.openMap";

    private final IWorkbenchWindow window;

    public OpenMapAction(IWorkbenchWindow window) {
        super("&Open File...");
        setId(ID);
        this.window = window;
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Open Map");
        dialog.setFilterExtensions(new String[] { "*.argmap;*.xmi;*.argdown;*.ad;*.json", "*.argmap;*.xmi", "*.argdown;*.ad", "*.json", "*.*" });
        dialog.setFilterNames(new String[] { "Maps, Argdown and AIF", "Argument maps (*.argmap, *.xmi)", "Argdown (*.argdown, *.ad)",
                "AIF (*.json)", "All files" });
        if (dialog.open() == null) {
            return;
        }
        for (String name : dialog.getFileNames()) {
            MapFileOpener.open(window.getActivePage(), Path.of(dialog.getFilterPath(), name));
        }
    }
}
