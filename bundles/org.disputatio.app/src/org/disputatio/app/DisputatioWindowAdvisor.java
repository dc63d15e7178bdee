package org.disputatio.app;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.ui.MapEditor;
import org.disputatio.ui.MapEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import org.eclipse.swt.graphics.Point;
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
    }

    /** Opens the maps named on the command line, or a new empty one. */
    @Override
    public void postWindowOpen() {
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        List<String> files = filesToOpen.stream().filter(a -> !a.startsWith("-")).toList();
        try {
            if (files.isEmpty()) {
                page.openEditor(MapEditorInput.untitled(), MapEditor.ID);
            }
            for (String file : files) {
                page.openEditor(new MapEditorInput(Path.of(file)), MapEditor.ID);
            }
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(getWindowConfigurer().getWindow().getShell(), "Cannot open map",
                    e.getMessage(), e.getStatus());
        }
    }
}
