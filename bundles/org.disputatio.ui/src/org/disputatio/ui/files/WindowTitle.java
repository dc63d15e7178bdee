// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import org.disputatio.ui.editor.MapEditor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * The window's title names the map in front and marks unsaved changes, as the editor's tab
 * does: {@code *edney-2015.argmap – Soft power in Chinese discourse – Disputatio}.
 */
public final class WindowTitle {

    public static final String PRODUCT = "Disputatio";
    private static final String DASH = " \u2013 ";

    private final IWorkbenchWindow window;
    private IEditorPart shown;
    private final IPropertyListener editorListener = (source, property) -> update(null);

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            update(null);
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            update(null);
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            // The page may still name the closing editor as its active one.
            update(ref.getPart(false));
        }
    };

    private WindowTitle(IWorkbenchWindow window) {
        this.window = window;
    }

    /** Keeps the window's title on its page's active editor from now on. */
    public static void follow(IWorkbenchWindow window) {
        WindowTitle title = new WindowTitle(window);
        window.getPartService().addPartListener(title.partListener);
        title.update(null);
    }

    /** The title for an editor, or the product's name alone without one. */
    public static String of(IEditorPart editor) {
        if (editor == null) {
            return PRODUCT;
        }
        String name = (editor.isDirty() ? "*" : "") + editor.getEditorInput().getName();
        String mapTitle = editor instanceof MapEditor map && map.getSession() != null ? map.getSession().getMap().getTitle() : null;
        return name + (mapTitle == null || mapTitle.isBlank() ? "" : DASH + mapTitle.strip()) + DASH + PRODUCT;
    }

    private void update(IWorkbenchPart closing) {
        if (window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        IEditorPart active = page == null || page.getActiveEditor() == closing ? null : page.getActiveEditor();
        if (active != shown) {
            if (shown != null) {
                shown.removePropertyListener(editorListener);
            }
            shown = active;
            if (active != null) {
                active.addPropertyListener(editorListener);
            }
        }
        String title = of(active);
        if (!title.equals(window.getShell().getText())) {
            window.getShell().setText(title);
        }
    }
}
