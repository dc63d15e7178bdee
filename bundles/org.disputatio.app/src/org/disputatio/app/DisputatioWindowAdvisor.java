// SPDX-License-Identifier: EPL-2.0
package org.disputatio.app;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorInput;
import org.disputatio.ui.files.MapFileDropListener;
import org.disputatio.ui.files.MapFileOpener;
import org.disputatio.ui.recovery.Recovery;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

class DisputatioWindowAdvisor extends WorkbenchWindowAdvisor {

    private final List<String> filesToOpen;

    DisputatioWindowAdvisor(IWorkbenchWindowConfigurer configurer, List<String> filesToOpen) {
        super(configurer);
        this.filesToOpen = filesToOpen;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new DisputatioActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setTitle("Disputatio");
        configurer.addEditorAreaTransfer(FileTransfer.getInstance());
        configurer.configureEditorAreaDropListener(new MapFileDropListener(configurer.getWindow()));
    }

    /**
     * Offers the maps a crash left unsaved, then opens the maps named on the command line; when
     * no map is open after that (none named, or none could be read), a new empty one. Only names
     * of map files count: the other arguments are options and their values, for Eclipse or a
     * test harness.
     */
    @Override
    public void postWindowOpen() {
        // A map needs all the room the screen has.
        getWindowConfigurer().getWindow().getShell().setMaximized(true);
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        Recovery.offerAtStart(page);
        List<String> files = filesToOpen.stream().filter(a -> a.endsWith(".argmap") || a.endsWith(".xmi")).toList();
        for (String file : files) {
            MapFileOpener.open(page, Path.of(file));
        }
        if (page.getEditorReferences().length == 0) {
            try {
                page.openEditor(MapEditorInput.untitled(), MapEditor.ID);
            } catch (PartInitException e) {
                ErrorDialog.openError(getWindowConfigurer().getWindow().getShell(), "Cannot open a new map", null, e.getStatus());
            }
        }
    }
}
