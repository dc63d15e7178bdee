// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Hands the workbench's Edit and File actions (Undo, Cut, Paste, Delete...) to whichever map
 * editor is active: map editors share one set of action bars, so without this they would act
 * on the map opened last.
 */
public class MapEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (part instanceof MapEditor editor && editor.getViewer() != null) {
            editor.setGlobalActionHandlers(getActionBars());
        }
    }
}
