// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.present;

import org.disputatio.ui.editor.MapEditor;
import org.disputatio.views.Presentation;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Run > Present (F5): presents the presentation chosen in the Presentation view, when it shows
 * this editor's map, else the map's first with steps, from its first step. Run > Present from
 * Selected Step (Shift+F5, declared with {@code :fromStep}) starts at the step selected there.
 */
public final class PresentHandler extends AbstractHandler implements IExecutableExtension {

    private boolean fromStep;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        fromStep = "fromStep".equals(data);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (!(editor instanceof MapEditor mapEditor)) {
            return null;
        }
        PresentationView view = editor.getSite().getPage().findView(PresentationView.ID) instanceof PresentationView v
                && v.showsEditor(mapEditor) ? v : null;
        Presentation presentation = view != null ? view.presentation() : null;
        int step = 0;
        if (presentation != null && fromStep) {
            step = Math.max(0, view.stepList().getSelectionIndex());
        }
        if (presentation == null || presentation.getDiagram() == null || presentation.getSteps().isEmpty()) {
            presentation = mapEditor.getSession().getPresentations().stream().filter(p -> p.getDiagram() != null && !p.getSteps().isEmpty())
                    .findFirst().orElse(null);
            step = 0;
        }
        if (presentation == null) {
            MessageDialog.openInformation(editor.getSite().getShell(), "Present",
                    "This map has no presentation with steps yet. (Presentations can be made with the Presentation view.)");
            return null;
        }
        Presenter.start(editor.getSite().getShell().getDisplay(), presentation, step, mapEditor.getViewer().getSettings());
        return null;
    }
}
