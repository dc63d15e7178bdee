// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapSession;
import org.disputatio.interchange.MapFormats;
import org.disputatio.model.edit.ui.ItemPropertySourceProvider;
import org.disputatio.model.Statement;
import org.disputatio.render.DiagramPipeline;
import org.disputatio.ui.outline.MapOutlinePage;
import org.disputatio.ui.preferences.MapPreferences;
import org.disputatio.ui.recovery.ChangedOnDisk;
import org.disputatio.ui.recovery.Recovery;
import org.disputatio.ui.recovery.RecoveryJob;
import org.disputatio.ui.recovery.ViewState;
import org.disputatio.viewer.MapEditing;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.Diagram;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

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

    /** The title of the question File > Revert asks. */
    static final String REVERT_TITLE = "Revert";
    /** The name of the command that fits the boxes to a new text size. */
    public static final String TEXT_SIZE_CHANGE = "Change Text Size";

    private MapSession session;
    private MapViewer viewer;
    /** The Properties views' pages for this editor; they show values a command may have changed. */
    private final List<PropertySheetPage> propertySheetPages = new ArrayList<>();
    private MapEditing editing;
    private MapEditorActions actions;
    /** The recovery copy of the unsaved changes, and the file's changes made by other programs. */
    private RecoveryJob recovery;
    private ChangedOnDisk onDisk;
    private DiagramTabs tabs;
    private final CommandStackListener dirtyListener = event -> getSite().getShell().getDisplay().asyncExec(() -> {
        firePropertyChange(PROP_DIRTY);
        updateUndoRedo();
        recovery.changed();
        propertySheetPages.stream().filter(p -> p.getControl() != null && !p.getControl().isDisposed()).forEach(PropertySheetPage::refresh);
    });
    /** Open maps follow the preferences as they change. */
    private final IPropertyChangeListener preferenceListener = event -> {
        if (MapPreferences.MAP_APPEARANCE.contains(event.getProperty())) {
            applyPreferences();
            if (MapPreferences.FONT_SIZE.equals(event.getProperty())) {
                // Sizes are saved with the map: boxes fit their text again in one undoable step.
                session.getCommandStack().execute(viewer.edits().textResized(TEXT_SIZE_CHANGE, session.getDiagrams()));
            }
        }
    };
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
            // As Eclipse does: the unsaved work is lost for good, so the user says so first.
            if (!isDirty() || new MessageDialog(getSite().getShell(), REVERT_TITLE, null,
                    "Revert " + getPartName() + " to the saved file?\n\nThe unsaved changes are lost; this cannot be undone.",
                    MessageDialog.QUESTION, 1, "Revert", "Cancel").open() == 0) {
                revertToSaved();
            }
        }
    };
    private FindStatementDialog findDialog;
    private final Action find = new Action("&Find Statement...") {
        @Override
        public void run() {
            if (findDialog == null || findDialog.getShell() == null) {
                findDialog = new FindStatementDialog(getSite().getShell(), MapEditor.this);
                findDialog.open();
            } else {
                findDialog.getShell().setActive();
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof MapEditorInput mapInput)) {
            throw new PartInitException("Not a map file: " + input.getName());
        }
        setSite(site);
        setInput(input);
        MapSession read = mapInput.takeSession();
        try {
            session = read != null ? read
                    : mapInput.getFile() == null ? MapSession.create(Path.of("untitled.argmap"), "Untitled map")
                    : MapFormats.open(mapInput.getFile());
        } catch (MapFileException e) {
            // Nothing is written; the message says where the file is broken.
            throw new PartInitException("Cannot open " + e.getMessage(), e);
        }
        setPartName(input.getName() + (imported() ? " (imported: Save As keeps it as a map)" : ""));
        session.getCommandStack().addCommandStackListener(dirtyListener);
        recovery = Recovery.job(site.getShell().getDisplay(), session, this::getSession, () -> ((MapEditorInput) getEditorInput()).getFile());
        recovery.update();
        onDisk = new ChangedOnDisk(this, this::stateChanged);
    }

    /** After a save, a reload or a change the command stack does not see. */
    private void stateChanged() {
        firePropertyChange(PROP_DIRTY);
        updateUndoRedo();
        recovery.update();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(area);
        ToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.WRAP | SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(toolBar.createControl(area));
        viewer = new MapViewer(area);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        applyPreferences();
        MapPreferences.store().addPropertyChangeListener(preferenceListener);
        viewer.setEditingDomain(session.getEditingDomain());
        viewer.setInput(diagramToShow());
        tabs = new DiagramTabs(area, this);
        // Only the row of tabs: the pages have no controls of their own, the canvas above is theirs. A
        // height hint is the client area's, to which the folder adds its tab row: none.
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 0).applyTo(tabs.getControl());
        tabs.setSession(session);
        getSite().setSelectionProvider(viewer);
        editing = new MapEditing(viewer);
        actions = new MapEditorActions(this, editing);
        actions.activateCommands(getSite());
        actions.fillToolBar(toolBar);
        toolBar.update(true);
        MenuManager contextMenu = new MenuManager("#PopupMenu");
        contextMenu.setRemoveAllWhenShown(true);
        contextMenu.addMenuListener(actions::fillContextMenu);
        viewer.getControl().setMenu(contextMenu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(contextMenu, viewer);
        setGlobalActionHandlers(getEditorSite().getActionBars());
        updateUndoRedo();
        onDisk.install();
        // Once the canvas has its size: whole if readable so, else readable on the main thesis.
        parent.getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.showReadable();
            }
        });
    }

    private void applyPreferences() {
        viewer.setSettings(MapPreferences.settings(MapPreferences.store()));
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
        bars.setGlobalActionHandler(ActionFactory.FIND.getId(), find);
        bars.updateActionBars();
    }

    /**
     * The map's first diagram, in step with the map and laid out if it never was; a map without
     * one (a new map) gets a diagram of the whole map in the preferred layout, saved with it.
     */
    private Diagram diagramToShow() {
        return new DiagramPipeline(viewer.getSettings(), viewer.getTextMeasurer()).show(session, null, true);
    }

    private void updateUndoRedo() {
        revert.setEnabled(session.isDirty() && ((MapEditorInput) getEditorInput()).getFile() != null);
        undo.setEnabled(session.getCommandStack().canUndo());
        undo.setText(session.getCommandStack().canUndo() ? "&Undo " + session.getCommandStack().getUndoCommand().getLabel() : "&Undo");
        redo.setEnabled(session.getCommandStack().canRedo());
        redo.setText(session.getCommandStack().canRedo() ? "&Redo " + session.getCommandStack().getRedoCommand().getLabel() : "&Redo");
        actions.update();
    }

    /** Drops the unsaved changes and shows the file as it is on disk, at the same place. */
    public void revertToSaved() {
        Path file = ((MapEditorInput) getEditorInput()).getFile();
        if (file == null) {
            return;
        }
        MapSession reloaded;
        try {
            reloaded = MapFormats.open(file);
        } catch (MapFileException e) {
            MessageDialog.openError(getSite().getShell(), "Revert failed", "The map was left as it is.\n\n" + e.getMessage());
            return;
        }
        ViewState view = ViewState.of(viewer);
        String shownId = viewer.getDiagram() == null ? null : viewer.getDiagram().getId();
        session.getCommandStack().removeCommandStackListener(dirtyListener);
        session.dispose();
        session = reloaded;
        session.getCommandStack().addCommandStackListener(dirtyListener);
        viewer.setEditingDomain(session.getEditingDomain());
        viewer.setInput(diagramToShow());
        tabs.setSession(session);
        // The same page as before, at the same place.
        session.getDiagrams().stream().filter(d -> shownId != null && shownId.equals(d.getId())).findFirst().ifPresent(tabs::show);
        view.restore(viewer, session.getResource());
        stateChanged();
        firePropertyChange(PROP_SESSION);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(newPropertySheetPage());
        }
        if (adapter == IContentOutlinePage.class) {
            return adapter.cast(new MapOutlinePage(this));
        }
        return super.getAdapter(adapter);
    }

    private PropertySheetPage newPropertySheetPage() {
        PropertySheetPage page = new PropertySheetPage() {
            @Override
            public void setActionBars(IActionBars actionBars) {
                super.setActionBars(actionBars);
                // While the Properties view is active its own action bars count: Undo and Redo still act on the map.
                actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
                actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
            }

            @Override
            public void dispose() {
                propertySheetPages.remove(this);
                super.dispose();
            }
        };
        page.setPropertySourceProvider(new SchemeProperties(new ItemPropertySourceProvider(() -> session.getEditingDomain(), this::drawn), this::getSession));
        propertySheetPages.add(page);
        return page;
    }

    /** An edit in Properties of a statement on the canvas: its box fits its new label or caption, and its neighbours make room. */
    private Command drawn(Object object, Command edit) {
        Diagram diagram = viewer.getDiagram();
        return object instanceof Statement && diagram != null && viewer.nodeOf(object) != null
                ? viewer.edits().fitted(edit.getLabel(), diagram, edit, List.of(object)) : edit;
    }

    public MapSession getSession() {
        return session;
    }

    public MapViewer getViewer() {
        return viewer;
    }

    /** The map's diagrams as the editor's pages, at its bottom. */
    public DiagramTabs getDiagramTabs() {
        return tabs;
    }

    /** Adding, connecting and relabelling statements on the canvas. */
    public MapEditing getEditing() {
        return editing;
    }

    /** Whether the map was read from Argdown or AIF: saving then asks for a map file, so that nothing is lost. */
    private boolean imported() {
        Path file = ((MapEditorInput) getEditorInput()).getFile();
        return file != null && MapFormats.Format.of(file) != null && MapFormats.Format.of(file) != MapFormats.Format.ARGMAP;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (((MapEditorInput) getEditorInput()).getFile() == null || imported()) {
            doSaveAs();
            return;
        }
        session.setSaveOptions(MapPreferences.saveOptions(MapPreferences.store()));
        onDisk.save();
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
            session.setSaveOptions(MapPreferences.saveOptions(MapPreferences.store()));
            session.saveAs(file);
            setInputWithNotify(new MapEditorInput(file));
            setPartName(file.getFileName().toString());
            stateChanged();
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
        if (findDialog != null) {
            findDialog.close();
        }
        MapPreferences.store().removePropertyChangeListener(preferenceListener);
        if (recovery != null) {
            recovery.dispose();
        }
        if (onDisk != null) {
            onDisk.dispose();
        }
        if (actions != null) {
            actions.dispose();
        }
        if (tabs != null) {
            tabs.dispose();
        }
        if (session != null) {
            session.getCommandStack().removeCommandStackListener(dirtyListener);
            session.dispose();
        }
        super.dispose();
    }
}
