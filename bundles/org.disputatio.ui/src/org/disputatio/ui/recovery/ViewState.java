// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.recovery;

import java.util.List;
import java.util.Objects;

import org.disputatio.viewer.MapViewer;
import org.disputatio.viewer.Viewport;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * What the canvas shows (the viewport's {@link org.disputatio.viewer.Viewport#state place} and
 * the selected elements by identifier), taken before a map is read again and put back after,
 * so that a reload does not lose the reader's place. Elements whose identifiers are gone drop
 * out of the selection.
 */
public record ViewState(Viewport.State place, List<String> selected) {

    public static ViewState of(MapViewer viewer) {
        List<String> ids = viewer.getSelectedElements().stream().map(EcoreUtil::getID).filter(Objects::nonNull).toList();
        return new ViewState(viewer.getViewport().state(), ids);
    }

    /** Shows the same place in the viewer, whose input is now the map read again into {@code resource}. */
    public void restore(MapViewer viewer, Resource resource) {
        viewer.getViewport().restore(place);
        List<EObject> elements = selected.stream().map(resource::getEObject).filter(Objects::nonNull).toList();
        // Always set: the Properties view must not go on editing the old map's objects.
        viewer.setSelection(new StructuredSelection(elements), false);
    }
}
