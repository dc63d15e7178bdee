package org.disputatio.ui.present;

import org.disputatio.ui.editor.MapEditor;
import org.disputatio.views.Presentation;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Run > Present (F5): presents the map's first presentation from its first step. */
public final class PresentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (!(editor instanceof MapEditor mapEditor)) {
            return null;
        }
        var presentations = mapEditor.getSession().getPresentations();
        Presentation presentation = presentations.stream().filter(p -> p.getDiagram() != null && !p.getSteps().isEmpty()).findFirst()
                .orElse(null);
        if (presentation == null) {
            MessageDialog.openInformation(editor.getSite().getShell(), "Present",
                    "This map has no presentation with steps yet. (Presentations can be made with the Presentation view.)");
            return null;
        }
        Presenter.start(editor.getSite().getShell().getDisplay(), presentation, 0);
        return null;
    }
}
