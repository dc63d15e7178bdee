// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import java.util.EventObject;

import org.disputatio.core.MapSession;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Keeps a view on the map of its page's active map editor, as the Outline follows an editor: the
 * view shows the editor last active (activating the view itself changes nothing), the session
 * that editor holds now (Revert replaces it), and nothing once no map editor is open. Commands
 * run on that session are reported once per burst. While a map is shown, the view's Undo and
 * Redo are the editor's, so an edit made in the view is undone from it.
 */
public final class MapEditorTracker {

    /** What a view does when what it shows changes. */
    public interface Follower {

        /** Show this editor's map, or nothing when the editor is null. */
        void show(MapEditor editor);

        /** Commands changed the map shown; one call for all the commands run in one go. */
        void mapChanged();
    }

    private final IViewPart view;
    private final Follower follower;
    private final Display display;
    private MapEditor editor;
    private MapSession session;
    private boolean changePending;
    private boolean disposed;

    private final CommandStackListener commandListener = this::commandStackChanged;
    private final IPropertyListener sessionListener = this::editorPropertyChanged;

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            follow(activeMapEditor(null));
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            follow(activeMapEditor(null));
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            // The page may still name the closing editor as its active one.
            follow(activeMapEditor(ref.getPart(false)));
        }
    };

    /** Starts following at once: the follower is told what to show before this returns. */
    public MapEditorTracker(IViewPart view, Follower follower) {
        this.view = view;
        this.follower = follower;
        this.display = view.getSite().getShell().getDisplay();
        page().addPartListener(partListener);
        follow(activeMapEditor(null));
        if (editor == null) {
            follower.show(null);
        }
    }

    public void dispose() {
        disposed = true;
        page().removePartListener(partListener);
        if (editor != null) {
            editor.removePropertyListener(sessionListener);
        }
        if (session != null) {
            session.getCommandStack().removeCommandStackListener(commandListener);
        }
    }

    private IWorkbenchPage page() {
        return view.getSite().getPage();
    }

    private MapEditor activeMapEditor(IWorkbenchPart closing) {
        IEditorPart active = page().getActiveEditor();
        return active instanceof MapEditor mapEditor && active != closing ? mapEditor : null;
    }

    private void follow(MapEditor next) {
        if (next == editor) {
            return;
        }
        if (editor != null) {
            editor.removePropertyListener(sessionListener);
        }
        editor = next;
        if (next != null) {
            next.addPropertyListener(sessionListener);
        }
        useSession();
        IActionBars bars = view.getViewSite().getActionBars();
        for (ActionFactory action : new ActionFactory[] { ActionFactory.UNDO, ActionFactory.REDO }) {
            bars.setGlobalActionHandler(action.getId(),
                    next == null ? null : next.getEditorSite().getActionBars().getGlobalActionHandler(action.getId()));
        }
        bars.updateActionBars();
        follower.show(next);
    }

    private void useSession() {
        if (session != null) {
            session.getCommandStack().removeCommandStackListener(commandListener);
        }
        session = editor == null ? null : editor.getSession();
        if (session != null) {
            session.getCommandStack().addCommandStackListener(commandListener);
        }
    }

    /** A command fires one event; a gesture may run several: the follower hears once, after them. */
    private void commandStackChanged(EventObject event) {
        if (!changePending) {
            changePending = true;
            display.asyncExec(this::reportChange);
        }
    }

    private void editorPropertyChanged(Object source, int property) {
        if (property == MapEditor.PROP_SESSION) {
            useSession();
            follower.show(editor);
        }
    }

    private void reportChange() {
        changePending = false;
        if (!disposed && session != null) {
            follower.mapChanged();
        }
    }
}
