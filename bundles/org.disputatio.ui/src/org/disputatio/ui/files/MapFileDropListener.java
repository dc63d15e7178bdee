// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import java.nio.file.Path;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.ui.IWorkbenchWindow;

/** Opens the map files dropped on the editor area; a dropped file that is not a map is reported as such. */
public class MapFileDropListener extends DropTargetAdapter {

    private final IWorkbenchWindow window;

    public MapFileDropListener(IWorkbenchWindow window) {
        this.window = window;
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        onlyCopy(event);
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        onlyCopy(event);
    }

    /** A dropped file stays where it is: a move would let the file manager delete it. */
    private static void onlyCopy(DropTargetEvent event) {
        event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (event.data instanceof String[] files) {
            for (String file : files) {
                MapFileOpener.open(window.getActivePage(), Path.of(file));
            }
        }
    }
}
