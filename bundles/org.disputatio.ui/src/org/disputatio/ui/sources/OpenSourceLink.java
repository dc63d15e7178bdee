// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.sources;

import java.util.Optional;

import org.disputatio.model.Source;
import org.disputatio.render.Markup;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.program.Program;

/**
 * Opens the selected source's URL (or its DOI at doi.org) in the system browser. Only what
 * {@link Markup#link(String)} accepts is handed on, and always as an http(s) address, so a
 * source whose URL is a program, a file or a script runs nothing.
 */
final class OpenSourceLink extends Action {

    private final StructuredViewer viewer;

    OpenSourceLink(StructuredViewer viewer) {
        super("Open Source's Web Page");
        setToolTipText("Open the source's URL or DOI in the web browser (http, https and doi: only)");
        this.viewer = viewer;
        setEnabled(false);
        viewer.addSelectionChangedListener(event -> setEnabled(address(selected()).isPresent()));
    }

    /** The address to open for a source: its URL when that is a web address, else its DOI. */
    static Optional<String> address(Source source) {
        if (source == null) {
            return Optional.empty();
        }
        return Markup.link(source.getUrl()).or(() -> Markup.link(source.getDoi()));
    }

    private Source selected() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        return selection.size() == 1 && selection.getFirstElement() instanceof Source s ? s : null;
    }

    @Override
    public void run() {
        Source source = selected();
        Optional<String> address = address(source);
        if (address.isEmpty()) {
            MessageDialog.openInformation(viewer.getControl().getShell(), "No web page",
                    "This source has no web address to open: only http, https and doi: links are opened.");
        } else if (!Program.launch(address.get())) {
            MessageDialog.openError(viewer.getControl().getShell(), "No web browser",
                    "No web browser could be started for " + address.get());
        }
    }
}
