// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import org.disputatio.layout.DiagramLayouter;
import org.disputatio.render.MapSettings;
import org.disputatio.render.Scene;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** A viewer on its own shell showing the {@link SmallDebate}, laid out. */
final class ViewerFixture extends SmallDebate implements AutoCloseable {

    final Display display = Display.getDefault();
    final Shell shell = new Shell(display);
    final MapViewer viewer;

    ViewerFixture() {
        shell.setLayout(new FillLayout());
        shell.setSize(900, 700);
        viewer = new MapViewer(shell);
        viewer.setEditingDomain(session.getEditingDomain());
        DiagramLayouter.applyDirectly(MapSettings.DEFAULT.layouter(viewer.getTextMeasurer()).compute(diagram, null));
        shell.open();
        viewer.setInput(diagram);
        spin();
    }

    void spin() {
        for (int i = 0; i < 3; i++) {
            while (display.readAndDispatch()) {
                // drain the queue
            }
        }
    }

    Scene.Node node(Object element) {
        return viewer.nodeOf(element);
    }

    /** The canvas pixel at the middle of an element's node. */
    int[] centre(Object element) {
        Scene.Node node = node(element);
        return viewer.toControl(node.x() + node.width() / 2, node.y() + node.height() / 2);
    }

    void mouse(int type, int x, int y, int stateMask) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = 1;
        event.stateMask = stateMask;
        viewer.getControl().notifyListeners(type, event);
    }

    void click(Object element, int stateMask) {
        int[] p = centre(element);
        mouse(SWT.MouseDown, p[0], p[1], stateMask);
        mouse(SWT.MouseUp, p[0], p[1], stateMask);
        spin();
    }

    void drag(int x1, int y1, int x2, int y2, int stateMask) {
        mouse(SWT.MouseDown, x1, y1, stateMask);
        mouse(SWT.MouseMove, (x1 + x2) / 2, (y1 + y2) / 2, stateMask);
        mouse(SWT.MouseMove, x2, y2, stateMask);
        mouse(SWT.MouseUp, x2, y2, stateMask);
        spin();
    }

    void key(int keyCode, char character) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        viewer.getControl().notifyListeners(SWT.KeyDown, event);
        spin();
    }

    @Override
    public void close() {
        shell.dispose();
    }
}
