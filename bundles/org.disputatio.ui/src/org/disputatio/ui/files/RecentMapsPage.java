// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.ui.files.MapFileOpener;
import org.disputatio.ui.preferences.MapPreferences;
import org.disputatio.ui.files.NewMapAction;
import org.disputatio.ui.files.OpenMapAction;
import org.disputatio.ui.files.RecentFiles;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * Where the user lands when no map is open because one could not be: the recent maps to open
 * instead, and New Map and Open File. It fills the editor area, so the window is never empty;
 * opening a map from it closes it.
 */
public class RecentMapsPage extends EditorPart {

    public static final String ID = "org.disputatio.ui.recentMaps";

    private TableViewer table;

    /** The one input of the page: nothing to save or restore. */
    static final class Input implements IEditorInput {

        static final Input INSTANCE = new Input();

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return null;
        }

        @Override
        public boolean exists() {
            return false;
        }

        @Override
        public ImageDescriptor getImageDescriptor() {
            return ImageDescriptor.getMissingImageDescriptor();
        }

        @Override
        public String getName() {
            return "Recent Maps";
        }

        @Override
        public IPersistableElement getPersistable() {
            return null;
        }

        @Override
        public String getToolTipText() {
            return "The maps opened last";
        }
    }

    /** Shows the page when the window's page has no editor open (a failed open left it empty). */
    public static void showIfEmpty(IWorkbenchPage page) {
        if (page.getEditorReferences().length > 0) {
            return;
        }
        try {
            page.openEditor(Input.INSTANCE, ID);
        } catch (PartInitException e) {
            // Without it the window is only empty: File > Open still works.
            org.disputatio.ui.DisputatioUiPlugin.getDefault().getLog().warn("Cannot show the recent maps", e);
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(24, 24).spacing(8, 12).numColumns(3).applyTo(area);
        Label heading = new Label(area, SWT.NONE);
        heading.setText("No map is open. Open one of the maps opened last (double-click), or start another:");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(heading);
        table = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        column("Map", 320, file -> file.getFileName().toString());
        column("Folder", 520, file -> file.getParent() == null ? "" : file.getParent().toString());
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table.getControl());
        table.addOpenListener(event -> openSelected());
        button(area, "&Open", this::openSelected);
        button(area, "&New Map...", () -> new NewMapAction(getSite().getWorkbenchWindow()).run());
        button(area, "Open &File...", () -> new OpenMapAction(getSite().getWorkbenchWindow()).run());
        refresh();
    }

    private void column(String title, int width, java.util.function.Function<Path, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Path) element);
            }
        });
    }

    private static void button(Composite parent, String text, Runnable run) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> run.run());
    }

    /** The recent maps that still exist. */
    public List<Path> recentMaps() {
        return new RecentFiles(MapPreferences.store()).list().stream().filter(Files::exists).toList();
    }

    private void refresh() {
        List<Path> maps = recentMaps();
        table.setInput(maps);
        if (!maps.isEmpty()) {
            table.getTable().setSelection(0);
        }
    }

    /** Opens the selected map; once it is open the page closes. */
    void openSelected() {
        Path file = (Path) ((IStructuredSelection) table.getSelection()).getFirstElement();
        if (file == null) {
            return;
        }
        // Opening closes this page (MapFileOpener); a failure leaves it, less the map if it is gone.
        if (MapFileOpener.open(getSite().getPage(), file) == null && !table.getControl().isDisposed()) {
            refresh();
        }
    }

    public TableViewer getTable() {
        return table;
    }

    /** Closes the page once a map is open beside it. */
    public static void closeIn(IWorkbenchPage page) {
        for (IEditorPart editor : page.getEditors()) {
            if (editor instanceof RecentMapsPage recent) {
                page.closeEditor(recent, false);
            }
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // Nothing to save.
    }

    @Override
    public void doSaveAs() {
        // Nothing to save.
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
