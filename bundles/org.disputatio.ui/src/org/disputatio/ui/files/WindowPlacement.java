// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import org.eclipse.swt.widgets.Shell;

/** Where the workbench window opens: a map needs all the room the screen has. */
public final class WindowPlacement {

    private WindowPlacement() {
    }

    /**
     * Gives the window the monitor's whole work area, without asking a window manager to
     * maximise it. On a bare X server (Xvfb) nobody answers that request, and GTK, with it
     * unanswered, stops giving room to widgets shown later: the Outline and Properties pages of
     * every map opened after the first stayed blank until the window was resized by hand. The
     * user can still maximise the window where a window manager runs.
     */
    public static void fillScreen(Shell shell) {
        shell.setBounds(shell.getMonitor().getClientArea());
    }
}
