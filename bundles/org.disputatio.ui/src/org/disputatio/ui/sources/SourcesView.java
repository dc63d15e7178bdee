// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Citation;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.Citations;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorTracker;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

/**
 * The sources of the map in the active map editor: the texts its arguments are read in and the
 * works they cite. Every cell is edited in place, through the editor's command stack, so the
 * editor's Undo takes an edit back.
 */
public class SourcesView extends ViewPart implements MapEditorTracker.Follower {

    public static final String ID = "org.disputatio.ui.sourcesView";

    private static final ArgmapPackage M = ArgmapPackage.eINSTANCE;

    /** A column of the table: one attribute of the sources. */
    private record Column(String title, int width, EStructuralFeature attribute) {
    }

    private static final List<Column> COLUMNS = List.of(new Column("Authors", 160, M.getSource_Authors()),
            new Column("Year", 50, M.getSource_Year()), new Column("Title", 260, M.getSource_Title()),
            new Column("Venue", 140, M.getSource_Venue()), new Column("Kind", 110, M.getSource_Kind()),
            new Column("URL", 160, M.getSource_Url()), new Column("DOI", 140, M.getSource_Doi()));

    private TableViewer viewer;
    private MapEditorTracker tracker;
    /** The editor whose map's sources are listed, or null. */
    private MapEditor editor;

    final Action addSource = new Action("Add Source",
            PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_ADD)) {
        @Override
        public void run() {
            addSource();
        }
    };

    final Action removeSource = new Action("Remove Source",
            PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE)) {
        @Override
        public void run() {
            removeSources(Stream.of(viewer.getStructuredSelection().toArray()).map(Source.class::cast).toList());
        }
    };

    final Action importSources = new Action("Import...",
            PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FILE)) {
        {
            setToolTipText("Import sources from BibTeX (.bib) or CSL JSON (.json), as Zotero exports them");
        }

        @Override
        public void run() {
            // The file dialog is native: tests call importFrom directly.
            org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.OPEN);
            dialog.setText("Import Sources");
            dialog.setFilterExtensions(new String[] { "*.bib;*.json", "*.*" });
            dialog.setFilterNames(new String[] { "BibTeX and CSL JSON (*.bib, *.json)", "All files" });
            String chosen = dialog.open();
            if (chosen != null) {
                importFrom(java.nio.file.Path.of(chosen));
            }
        }
    };

    /** Imports the file's sources into the map shown; what it did, or why not, on the status line or in a dialog. */
    void importFrom(java.nio.file.Path file) {
        if (editor == null) {
            return;
        }
        try {
            SourceImport.Result result = SourceImport.importFile(editor.getSession(), file);
            viewer.refresh();
            viewer.setSelection(new StructuredSelection(result.added()), true);
            getViewSite().getActionBars().getStatusLineManager().setMessage(SourceImport.describe(result));
        } catch (org.disputatio.core.MapFileException e) {
            MessageDialog.openError(getSite().getShell(), "Import Sources", "No source was imported.\n\n" + e.getMessage());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        COLUMNS.forEach(this::addColumn);
        // A double click, F2 or Tab edits a cell; a single click only selects the row.
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
            }
        };
        TableViewerEditor.create(viewer, new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer)),
                activation, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                        | ColumnViewerEditor.KEYBOARD_ACTIVATION);

        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(addSource);
        toolBar.add(removeSource);
        toolBar.add(importSources);
        toolBar.add(new OpenSourceLink(viewer));
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), removeSource);
        viewer.addSelectionChangedListener(event -> removeSource.setEnabled(!event.getSelection().isEmpty()));
        getSite().setSelectionProvider(viewer);
        tracker = new MapEditorTracker(this, this);
    }

    private void addColumn(Column spec) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(spec.title());
        column.getColumn().setWidth(spec.width());
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                // What a scholar reads; the cell editor starts from the form it parses back.
                return spec.attribute() == M.getSource_Authors() ? Citations.authors((Source) element)
                        : SourceCellEditing.text((Source) element, spec.attribute());
            }
        });
        column.setEditingSupport(new SourceCellEditing(viewer, spec.attribute(), this::set,
                getViewSite().getActionBars().getStatusLineManager()));
    }

    /** The index of the table column that shows an attribute of the sources. */
    public static int columnOf(EStructuralFeature attribute) {
        return COLUMNS.stream().map(Column::attribute).toList().indexOf(attribute);
    }

    @Override
    public void show(MapEditor shown) {
        editor = shown;
        viewer.setInput(shown == null ? List.of() : shown.getSession().getMap().getSources());
        setContentDescription(shown == null ? "No map is open." : "");
        addSource.setEnabled(shown != null);
        importSources.setEnabled(shown != null);
        removeSource.setEnabled(false);
    }

    @Override
    public void mapChanged() {
        // The cell being edited is current; refreshing now would close its editor.
        if (!viewer.isCellEditorActive()) {
            viewer.refresh();
        }
    }

    private void set(Source source, java.util.Map<EStructuralFeature, Object> values) {
        if (editor != null) {
            CompoundCommand edit = new CompoundCommand("Edit Source");
            values.forEach((attribute, value) -> edit.append(MapCommands.set(editor.getSession().getEditingDomain(), source, attribute, value)));
            editor.getSession().execute(edit.unwrap());
        }
    }

    /** Adds an empty source and starts editing its title. */
    private void addSource() {
        if (editor == null) {
            return;
        }
        MapSession session = editor.getSession();
        Source source = MapElements.source(null, null);
        if (session.execute(MapCommands.add(session.getEditingDomain(), session.getMap(), source))) {
            viewer.refresh();
            viewer.setSelection(new StructuredSelection(source), true);
            viewer.editElement(source, columnOf(M.getSource_Title()));
        }
    }

    /**
     * Removes sources from the map, after a warning when statements rest on them: their
     * statements lose the source (those that quote it are then flagged as problems) and their
     * citations go. Nothing is left pointing at a removed source.
     */
    private void removeSources(List<Source> sources) {
        if (editor == null || sources.isEmpty()) {
            return;
        }
        MapSession session = editor.getSession();
        List<Statement> statements = session.getMap().getStatements();
        long readIn = statements.stream().filter(s -> sources.contains(s.getSource())).count();
        long citations = statements.stream().flatMap(s -> s.getCitations().stream())
                .map(Citation::getWork).filter(sources::contains).count();
        List<String> uses = new ArrayList<>();
        List<String> consequences = new ArrayList<>();
        if (readIn > 0) {
            uses.add("the source of " + count(readIn, "statement"));
            consequences.add("leaves those statements without a source (Map Problems then flags those with a quote)");
        }
        if (citations > 0) {
            uses.add("cited in " + count(citations, "citation"));
            consequences.add("deletes the citations");
        }
        if (!uses.isEmpty()) {
            String which = sources.size() == 1 ? "\u201C" + Citations.shortCitation(sources.get(0)) + "\u201D is"
                    : sources.size() + " sources are";
            String message = which + " " + String.join(" and ", uses) + ".\n\nRemoving " + (sources.size() == 1 ? "it" : "them")
                    + " " + String.join(" and ", consequences) + ". Undo brings everything back.";
            if (MessageDialog.open(MessageDialog.WARNING, getSite().getShell(), "Remove Source", message, SWT.NONE,
                    "Remove", "Cancel") != 0) {
                return;
            }
        }
        session.execute(MapCommands.delete(session.getEditingDomain(), sources));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The table of the sources. */
    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
        super.dispose();
    }
}
