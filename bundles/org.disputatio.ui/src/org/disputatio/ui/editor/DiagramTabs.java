// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.editor.MapEditorActions.action;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disputatio.core.MapSession;
import org.disputatio.core.StatementDefaults;
import org.disputatio.layout.DiagramPages;
import org.disputatio.render.DiagramPipeline;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.viewer.MapViewer;
import org.disputatio.viewer.Viewport;
import org.disputatio.views.Diagram;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The map's diagrams as the editor's pages: a tab for each at the bottom, as Eclipse's
 * multi-page editors have, over the one canvas of the editor. Choosing a tab shows its diagram,
 * where it was last seen (each page keeps its own zoom and scroll position); the Outline,
 * Properties and Problems follow the canvas and so the page in front. The tabs' menu (and the
 * canvas's) makes a new diagram of the selection, and renames, duplicates and deletes one, each
 * an undoable command ({@link DiagramPages}).
 * <p>
 * One canvas rather than a {@code MultiPageEditorPart} with a canvas a page: the editor's
 * commands, keys, selection provider and context menu are bound to one viewer, and the pages
 * differ only in the diagram it shows.
 */
public final class DiagramTabs {

    private static final String NEW_NAME = "New diagram";

    private final MapEditor editor;
    private final CTabFolder folder;
    /** Each page's viewport state (zoom and top-left point) when another was brought to the front. */
    private final Map<Diagram, Viewport.State> viewports = new HashMap<>();
    private final CommandStackListener stackListener;
    private MapSession session;
    /** Set while the tabs are made the diagrams: a disposed tab's folder choosing another is not the user's choice. */
    private boolean syncing;

    private final IAction newDiagram = action("&New Diagram from Selection...",
            "A new diagram of the selected statements and the lines between them", this::newDiagram);
    private final IAction rename = action("&Rename Diagram...", "Rename the diagram in front", this::rename);
    private final IAction duplicate = action("D&uplicate Diagram", "A copy of the diagram in front, to rearrange", this::duplicate);
    private final IAction delete = action("&Delete Diagram", "Delete the diagram in front; the map keeps its statements", this::delete);

    public DiagramTabs(Composite parent, MapEditor editor) {
        this.editor = editor;
        folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        folder.setMaximizeVisible(false);
        folder.setMinimizeVisible(false);
        folder.addListener(SWT.Selection, e -> {
            if (!syncing) {
                show((Diagram) e.item.getData());
            }
        });
        folder.addListener(SWT.MouseDoubleClick, e -> {
            if (folder.getItem(new Point(e.x, e.y)) != null) {
                rename();
            }
        });
        // A right click on a tab brings its diagram to the front, so the menu acts on it.
        folder.addListener(SWT.MenuDetect, this::menuDetect);
        MenuManager menu = new MenuManager("#DiagramTabs");
        menu.add(newDiagram);
        menu.add(rename);
        menu.add(duplicate);
        menu.add(delete);
        menu.addMenuListener(m -> update());
        folder.setMenu(menu.createContextMenu(folder));
        stackListener = event -> folder.getDisplay().asyncExec(() -> {
            if (!folder.isDisposed()) {
                sync();
            }
        });
        editor.getViewer().addSelectionChangedListener(e -> update());
    }

    public CTabFolder getControl() {
        return folder;
    }

    /** The new-diagram action, for the canvas's context menu. */
    public IAction newDiagramAction() {
        return newDiagram;
    }

    /** Follows this session's diagrams from now on, showing the one the viewer shows (or the first). */
    public void setSession(MapSession newSession) {
        if (session != null) {
            session.getCommandStack().removeCommandStackListener(stackListener);
        }
        session = newSession;
        viewports.clear();
        session.getCommandStack().addCommandStackListener(stackListener);
        StatementDefaults.of(session.getMap());
        sync();
    }

    private MapViewer viewer() {
        return editor.getViewer();
    }

    private Diagram shown() {
        return viewer().getDiagram();
    }

    /** Makes the tabs the session's diagrams, in order and named as they are; a deleted diagram's page gives way to the first. */
    void sync() {
        List<Diagram> diagrams = session.getDiagrams();
        int count = folder.getItemCount();
        syncing = true;
        try {
            retab(diagrams);
        } finally {
            syncing = false;
        }
        viewports.keySet().retainAll(diagrams);
        if (!diagrams.contains(shown()) && !diagrams.isEmpty()) {
            show(diagrams.get(0));
        }
        folder.setSelection(diagrams.indexOf(shown()));
        if (count == 0 && folder.getItemCount() > 0) {
            folder.getParent().layout(true);
        }
        update();
    }

    private void retab(List<Diagram> diagrams) {
        for (int i = 0; i < diagrams.size(); i++) {
            CTabItem item = i < folder.getItemCount() ? folder.getItem(i) : new CTabItem(folder, SWT.NONE);
            item.setData(diagrams.get(i));
            String name = diagrams.get(i).getName() == null || diagrams.get(i).getName().isBlank() ? "Diagram " + (i + 1) : diagrams.get(i).getName();
            if (!name.equals(item.getText())) {
                item.setText(name);
            }
        }
        while (folder.getItemCount() > diagrams.size()) {
            folder.getItem(folder.getItemCount() - 1).dispose();
        }
    }

    /** Brings a diagram's page to the front, as it was last seen there, or as a map opens. */
    public void show(Diagram diagram) {
        Diagram before = shown();
        if (diagram == null || diagram == before) {
            return;
        }
        if (before != null && viewer().getScene() != null) {
            viewports.put(before, viewer().getViewport().state());
        }
        // Brought in step with the map, as a file just read is: lines added on another page are drawn here too.
        new DiagramPipeline(viewer().getSettings(), viewer().getTextMeasurer()).prepare(diagram, session.getMap(), false);
        viewer().setInput(diagram);
        Viewport.State state = viewports.get(diagram);
        if (state != null) {
            viewer().getViewport().restore(state);
        } else {
            viewer().showReadable();
        }
        // Properties and the Outline let go of what was selected on the other page.
        viewer().setSelection(StructuredSelection.EMPTY);
        int index = session.getDiagrams().indexOf(diagram);
        if (index >= 0 && index < folder.getItemCount() && folder.getSelectionIndex() != index) {
            folder.setSelection(index);
        }
        update();
    }

    private void menuDetect(Event e) {
        CTabItem item = folder.getItem(folder.toControl(e.x, e.y));
        if (item != null) {
            show((Diagram) item.getData());
        }
    }

    private void update() {
        if (session == null || folder.isDisposed()) {
            return;
        }
        newDiagram.setEnabled(!viewer().getSelectedElements().isEmpty());
        rename.setEnabled(shown() != null);
        duplicate.setEnabled(shown() != null);
        delete.setEnabled(shown() != null && session.getDiagrams().size() > 1);
    }

    private DiagramPages pages() {
        return new DiagramPages(session, viewer().layouter());
    }

    /** Asks for a diagram's name; null when cancelled. */
    private String askName(String title, String initial) {
        InputDialog dialog = new InputDialog(editor.getSite().getShell(), title, "Name of the diagram:", initial,
                text -> text == null || text.isBlank() ? "A diagram needs a name" : null);
        return dialog.open() == IDialogConstants.OK_ID ? dialog.getValue() : null;
    }

    private void newDiagram() {
        List<?> selected = viewer().getSelectedElements();
        String name = askName("New Diagram", pages().unusedName(NEW_NAME));
        if (name != null && execute(pages().newDiagram(selected, name))) {
            List<Diagram> diagrams = session.getDiagrams();
            sync();
            show(diagrams.get(diagrams.size() - 1));
        }
    }

    private void rename() {
        Diagram diagram = shown();
        String name = diagram == null ? null : askName("Rename Diagram", diagram.getName());
        if (name != null) {
            execute(pages().rename(diagram, name));
            sync();
        }
    }

    private void duplicate() {
        Diagram diagram = shown();
        if (diagram != null && execute(pages().duplicate(diagram))) {
            List<Diagram> diagrams = session.getDiagrams();
            Diagram copy = diagrams.get(diagrams.indexOf(diagram) + 1);
            // The copy opens where the original is seen, so the two are compared at a glance.
            viewports.put(copy, viewer().getViewport().state());
            sync();
            show(copy);
        }
    }

    private void delete() {
        Diagram diagram = shown();
        if (diagram != null) {
            execute(pages().delete(diagram));
            sync();
        }
    }

    private boolean execute(Command command) {
        return session.execute(command);
    }

    public void dispose() {
        if (session != null) {
            session.getCommandStack().removeCommandStackListener(stackListener);
        }
    }
}
