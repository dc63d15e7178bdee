// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

class WorkbenchWindowTest {

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();

    @Test
    void windowIsTitledDisputatioAndShowsTheEditorArea() {
        assertNotNull(window, "no workbench window is open");
        assertTrue(window.getShell().getText().endsWith("Disputatio"), window.getShell().getText());
        IWorkbenchPage page = window.getActivePage();
        assertEquals(MappingPerspective.ID, page.getPerspective().getId());
        assertTrue(page.isEditorAreaVisible());
    }

    @Test
    void theWindowMenuShowsTheMappingViewsAndThePreferences() {
        Menu menu = opened(item(window.getShell().getMenuBar(), "Window").getMenu());
        assertNotNull(item(menu, "Preferences"));
        assertNotNull(item(menu, "Reset Perspective"));
        List<String> views = Arrays.stream(opened(item(menu, "Show View").getMenu()).getItems())
                .map(i -> i.getText().replace("&", "")).toList();
        for (String view : List.of("Outline", "Sources", "Properties", "Map Problems")) {
            assertTrue(views.stream().anyMatch(v -> v.startsWith(view)), view + " is not offered: " + views);
        }
    }

    /** A menu as it is when the user opens it (dynamic items are filled in on showing). */
    private static Menu opened(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        spin();
        return menu;
    }

    private static MenuItem item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " in " + Arrays.toString(menu.getItems())));
    }
}
