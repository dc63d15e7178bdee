// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.ui.preferences.MapPreferences;
import org.eclipse.jface.action.ContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * The recent maps in the File menu, numbered, each reopened with one click. The menu is built
 * anew each time it is shown, so it always lists what {@link RecentFiles} holds.
 */
public class RecentFilesMenu extends ContributionItem {

    private final IWorkbenchWindow window;

    public RecentFilesMenu(IWorkbenchWindow window) {
        super("org.disputatio.ui.recentFiles");
        this.window = window;
    }

    @Override
    public boolean isDynamic() {
        return true;
    }

    @Override
    public void fill(Menu menu, int index) {
        List<Path> files = new RecentFiles(MapPreferences.store()).list();
        int position = index;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            MenuItem item = new MenuItem(menu, SWT.PUSH, position++);
            // The mnemonic is the number; '&' in a file name must not be taken for one.
            item.setText("&" + (i + 1) + " " + file.getFileName().toString().replace("&", "&&") + "  [" + file.getParent().toString().replace("&", "&&") + "]");
            item.addListener(SWT.Selection, e -> MapFileOpener.open(window.getActivePage(), file));
        }
        if (!files.isEmpty()) {
            new MenuItem(menu, SWT.SEPARATOR, position);
        }
    }
}
