// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.exchange;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks for the file to import or export. The native dialog cannot be driven by tests, so Import
 * and Export ask through {@link #current}, which the tests replace with a chooser of their own.
 */
@FunctionalInterface
public interface FileChooser {

    /** The chosen file and the index of the filter chosen with it (-1 when the dialog says none). */
    record Choice(Path file, int filter) {
    }

    /** @return the choice, or null when the user cancelled */
    Choice choose(Shell shell, String title, String[] filterNames, String[] filterExtensions, boolean save);

    /** The platform's file dialog. */
    FileChooser NATIVE = (shell, title, names, extensions, save) -> {
        FileDialog dialog = new FileDialog(shell, save ? SWT.SAVE : SWT.OPEN);
        dialog.setText(title);
        dialog.setFilterNames(names);
        dialog.setFilterExtensions(extensions);
        dialog.setOverwrite(save);
        String chosen = dialog.open();
        return chosen == null ? null : new Choice(Path.of(chosen), dialog.getFilterIndex());
    };

    /** The chooser Import and Export use; only tests set it. */
    final class Current {
        private static FileChooser chooser = NATIVE;

        private Current() {
        }

        public static FileChooser get() {
            return chooser;
        }

        /** Replaces the chooser (null puts the native dialog back). */
        public static void set(FileChooser replacement) {
            chooser = replacement == null ? NATIVE : replacement;
        }
    }
}
