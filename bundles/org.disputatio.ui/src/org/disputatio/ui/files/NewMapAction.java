// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** File &gt; New Map: runs the {@link NewMapWizard}. */
public class NewMapAction extends Action {

    public static final String ID = "org.disputatio.ui.newMap";

    private final IWorkbenchWindow window;

    public NewMapAction(IWorkbenchWindow window) {
        super("&New Map...");
        setId(ID);
        this.window = window;
    }

    @Override
    public void run() {
        new WizardDialog(window.getShell(), new NewMapWizard(window)).open();
    }
}
