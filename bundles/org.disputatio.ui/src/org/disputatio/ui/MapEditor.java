package org.disputatio.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapFileException;
import org.disputatio.core.MapSession;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.viewer.MapEditing;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.Diagram;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;

/**
 * Edits one map file on the map canvas, with a tool bar above it and a context menu on it (see
 * {@link MapEditorActions}). Every change goes through the session's command stack, which the
 * workbench's Undo and Redo drive; saving never leaves a half-written file.
 */
public class MapEditor extends EditorPart {

    public static final String ID = "org.disputatio.ui.mapEditor";

    /**
     * Fired when the editor's {@link MapSession} is replaced (Revert): views that follow the
     * editor must drop the old session's objects and show the new one's.
     */
    public static final int PROP_SESSION = 0x301;

    private MapSession session;
    private MapViewer viewer;
    private MapEditing editing;
    private MapEditorActions actions;
    private final CommandStackListener dirtyListener = event -> getSite().getShell().getDisplay().asyncExec(() -> {
        firePropertyChange(PROP_DIRTY);
        updateUndoRedo();
    });
    private final Action undo = new Action("&Undo") {
        @Override
        public void run() {
            session.getCommandStack().undo();
        }
    };
    private final Action redo = new Action("&Redo") {
        @Override
        public void run() {
            session.getCommandStack().redo();
        }
    };
    private final Action selectAll = new Action("Select &All") {
        @Override
        public void run() {
            viewer.selectAll();
        }
    };
    private final Action revert = new Action("Re&vert") {
        @Override
        public void run() {
            revertToSaved();
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof MapEditorInput mapInput)) {
            throw new PartInitException("Not a map file: " + input.getName());
        }
        setSite(site);
        setInput(input);
        try {
            session = mapInput.getFile() == null ? MapSession.create(Path.of("untitled.argmap"), "Untitled map")
                    : MapSession.open(mapInput.getFile());
        } catch (MapFileException e) {
            // Nothing is written; the message says where the file is broken.
            throw new PartInitException("Cannot open " + e.getMessage(), e);
        }
        setPartName(input.getName());
        session.getCommandStack().addCommandStackListener(dirtyListener);
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(area);
        ToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(toolBar.createControl(area));
        viewer = new MapViewer(area);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setEditingDomain(session.getEditingDomain());
        viewer.setInput(diagramToShow());
        getSite().setSelectionProvider(viewer);
        editing = new MapEditing(viewer);
        actions = new MapEditorActions(this, editing);
        actions.fillToolBar(toolBar);
        toolBar.update(true);
        MenuManager contextMenu = new MenuManager("#PopupMenu");
        contextMenu.setRemoveAllWhenShown(true);
        contextMenu.addMenuListener(actions::fillContextMenu);
        viewer.getControl().setMenu(contextMenu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(contextMenu, viewer);
        setGlobalActionHandlers(getEditorSite().getActionBars());
        updateUndoRedo();
        parent.getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.zoomToFit();
            }
        });
    }

    /**
     * Puts this editor's actions behind the workbench's Edit and File menus and keys. Editors of
     * one type share their action bars, so {@link MapEditorContributor} calls this again whenever
     * another map editor becomes active.
     */
    void setGlobalActionHandlers(IActionBars bars) {
        actions.setGlobalActionHandlers(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
        bars.updateActionBars();
    }

    /**
     * The map's first diagram; a map without one gets a laid-out diagram of the whole map, which
     * is saved with it.
     */
    private Diagram diagramToShow() {
        if (!session.getDiagrams().isEmpty()) {
            return session.getDiagrams().get(0);
        }
        Diagram whole = DiagramContents.wholeMap(session.getMap(), "Whole map");
        DiagramLayouter.applyDirectly(new DiagramLayouter(viewer.getTextMeasurer(), NodeFormat.DEFAULT).compute(whole, null));
        session.getResource().getContents().add(whole);
        return whole;
    }

    private void updateUndoRedo() {
        revert.setEnabled(session.isDirty() && ((MapEditorInput) getEditorInput()).getFile() != null);
        undo.setEnabled(session.getCommandStack().canUndo());
        undo.setText(session.getCommandStack().canUndo() ? "&Undo " + session.getCommandStack().getUndoCommand().getLabel() : "&Undo");
        redo.setEnabled(session.getCommandStack().canRedo());
        redo.setText(session.getCommandStack().canRedo() ? "&Redo " + session.getCommandStack().getRedoCommand().getLabel() : "&Redo");
        actions.update();
    }

    /** Drops the unsaved changes and shows the file as it is on disk. */
    public void revertToSaved() {
        Path file = ((MapEditorInput) getEditorInput()).getFile();
        if (file == null) {
            return;
        }
        MapSession reloaded;
        try {
            reloaded = MapSession.open(file);
        } catch (MapFileException e) {
            MessageDialog.openError(getSite().getShell(), "Revert failed", "The map was left as it is.\n\n" + e.getMessage());
            return;
        }
        session.getCommandStack().removeCommandStackListener(dirtyListener);
        session.dispose();
        session = reloaded;
        session.getCommandStack().addCommandStackListener(dirtyListener);
        viewer.setEditingDomain(session.getEditingDomain());
        viewer.setInput(diagramToShow());
        updateUndoRedo();
        firePropertyChange(PROP_DIRTY);
        firePropertyChange(PROP_SESSION);
    }

    public MapSession getSession() {
        return session;
    }

    public MapViewer getViewer() {
        return viewer;
    }

    /** Adding, connecting and relabelling statements on the canvas. */
    public MapEditing getEditing() {
        return editing;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (((MapEditorInput) getEditorInput()).getFile() == null) {
            doSaveAs();
            return;
        }
        try {
            session.save();
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed",
                    "The map was not saved, and the file on disk is unchanged.\n\n" + e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.argmap", "*.xmi" });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen.endsWith(".argmap") || chosen.endsWith(".xmi") ? chosen : chosen + ".argmap");
        try {
            session.saveAs(file);
            setInputWithNotify(new MapEditorInput(file));
            setPartName(file.getFileName().toString());
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed", "The map was not saved.\n\n" + e.getMessage());
        }
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (actions != null) {
            actions.dispose();
        }
        if (session != null) {
            session.getCommandStack().removeCommandStackListener(dirtyListener);
            session.dispose();
        }
        super.dispose();
    }
}
