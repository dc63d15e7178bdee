// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Where the workbench window opens: a map needs all the room the screen has. */
public final class WindowPlacement {

    private WindowPlacement() {
    }

    /**
     * Maximises the window; where no window manager does that (a bare X server, such as Xvfb),
     * gives it the monitor's whole work area instead.
     */
    public static void fillScreen(Shell shell) {
        shell.setMaximized(true);
        // A window manager answers a little later; then the window is left as it made it.
        shell.getDisplay().timerExec(WINDOW_MANAGER_MILLIS, () -> {
            if (shell.isDisposed()) {
                return;
            }
            Rectangle screen = shell.getMonitor().getClientArea();
            Rectangle bounds = shell.getBounds();
            if (bounds.width < screen.width - 2 || bounds.height < screen.height - 2) {
                shell.setBounds(screen);
            }
        });
    }

    /** How long a window manager is given to maximise the window. */
    public static final int WINDOW_MANAGER_MILLIS = 400;
}
