// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * The workbench window takes the keyboard back when one of its own windows closes while the user
 * is in it: Ctrl+F6's list of editors, Find Statement, a question. A window opened from another
 * gives it back to that one. A window manager does that; without one (Xvfb, a kiosk) X leaves the
 * focus on the root window, and the workbench's keys (Ctrl+F6 again, F2) reached nothing until
 * the window was given the focus from outside.
 */
public final class FocusReturn {

    private FocusReturn() {
    }

    public static void install(Shell window) {
        Display display = window.getDisplay();
        Listener closing = event -> {
            // Only a window the user was in: one that closes while another program is in front
            // (a progress window when its job ends) must not take the keyboard from it.
            if (event.widget instanceof Shell closed && closed != window && within(closed, window) && display.getActiveShell() == closed) {
                // The window it was opened from: a dialog over a dialog gives the keyboard to the
                // first, which would otherwise end up behind the workbench window.
                Shell opener = closed.getParent().getShell();
                display.asyncExec(() -> {
                    Shell active = display.getActiveShell();
                    if (!opener.isDisposed() && opener.isVisible() && (active == null || active == opener || active.isDisposed())) {
                        opener.forceActive();
                    }
                });
            }
        };
        display.addFilter(SWT.Dispose, closing);
        window.addListener(SWT.Dispose, e -> display.removeFilter(SWT.Dispose, closing));
    }

    private static boolean within(Shell shell, Shell window) {
        for (Composite parent = shell.getParent(); parent != null; parent = parent.getParent()) {
            if (parent == window) {
                return true;
            }
        }
        return false;
    }
}
