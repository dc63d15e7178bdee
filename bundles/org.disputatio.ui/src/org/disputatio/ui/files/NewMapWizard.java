// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.ui.editor.MapEditorInput;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * File &gt; New Map: creates a map with its title and first source, saves it, and opens it. An
 * existing file is replaced only when the user says so, and never while it is open.
 */
public class NewMapWizard extends Wizard {

    private final IWorkbenchWindow window;
    private final NewMapPage page = new NewMapPage();

    public NewMapWizard(IWorkbenchWindow window) {
        this.window = window;
        setWindowTitle("New Map");
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path file = page.file().toAbsolutePath().normalize();
        if (window.getActivePage().findEditor(new MapEditorInput(file)) != null) {
            page.setErrorMessage(file.getFileName() + " is open in an editor; close it first, or choose another file.");
            return false;
        }
        if (Files.exists(file) && !MessageDialog.openQuestion(getShell(), "Replace Map?",
                file + " exists already.\n\nReplace it with the new map? What it holds now will be lost.")) {
            return false;
        }
        MapSession session = MapSession.create(file, page.mapTitle());
        if (page.hasSource()) {
            session.getMap().getSources().add(MapElements.source(page.sourceTitle(), page.sourceYear(), page.sourceAuthors()));
        }
        try {
            session.save();
        } catch (IOException e) {
            page.setErrorMessage("The map could not be saved: " + e.getMessage());
            return false;
        } finally {
            session.dispose();
        }
        MapFileOpener.open(window.getActivePage(), file);
        return true;
    }
}
