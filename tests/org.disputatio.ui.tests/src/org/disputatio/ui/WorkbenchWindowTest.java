package org.disputatio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

class WorkbenchWindowTest {

    @Test
    void windowIsTitledDisputatioAndShowsTheEditorArea() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window is open");
        assertEquals("Disputatio", window.getShell().getText());
        IWorkbenchPage page = window.getActivePage();
        assertEquals(MappingPerspective.ID, page.getPerspective().getId());
        assertTrue(page.isEditorAreaVisible());
    }
}
