// SPDX-License-Identifier: EPL-2.0
package org.disputatio.app;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorInput;
import org.disputatio.ui.files.MapFileDropListener;
import org.disputatio.ui.files.FocusReturn;
import org.disputatio.ui.files.MapFileOpener;
import org.disputatio.ui.files.WindowPlacement;
import org.disputatio.ui.files.WindowTitle;
import org.disputatio.ui.files.WorkbenchHandover;
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
     * none is named, a new empty one (one that could not be read leaves the recent maps). Only names
     * of map files count: the other arguments are options and their values, for Eclipse or a
     * test harness.
     */
    @Override
    public void postWindowOpen() {
        WindowPlacement.fillScreen(getWindowConfigurer().getWindow().getShell());
        WindowTitle.follow(getWindowConfigurer().getWindow());
        FocusReturn.install(getWindowConfigurer().getWindow().getShell());
        // A second start hands its maps to this window from now on.
        WorkbenchHandover.listen(getWindowConfigurer().getWindow().getWorkbench());
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        Recovery.offerAtStart(page);
        List<String> files = DisputatioApplication.mapFiles(filesToOpen);
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
