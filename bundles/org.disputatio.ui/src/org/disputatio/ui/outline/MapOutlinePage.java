// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.outline;

import org.disputatio.core.MapSession;
import org.disputatio.model.edit.ui.AdapterFactoryLabelProvider;
import org.disputatio.ui.editor.MapEditor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The map editor's outline: the map's statements grouped by source, actor or argument (the view
 * menu chooses), a thousand rows to a level at first ({@link GroupedContentProvider}). Its selection and the canvas's follow each other; it follows the model's changes
 * and a Revert of the editor.
 */
public class MapOutlinePage extends ContentOutlinePage {

    private final MapEditor editor;
    private OutlineGrouping grouping = OutlineGrouping.BY_SOURCE;
    private GroupedContentProvider content;
    /** Set while one side copies the other's selection, so that the copy is not copied back. */
    private boolean synchronizing;

    private final ISelectionChangedListener canvasListener = event -> copySelection(event.getSelection(), true);
    private final IPropertyListener sessionListener = (source, property) -> {
        if (property == MapEditor.PROP_SESSION) {
            showSession();
        }
    };

    public MapOutlinePage(MapEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        // Rows found by their element in a table, not by walking the tree: every moved shape
        // asks the label provider to update it, and undoing a layout moves all of them.
        getTreeViewer().setUseHashlookup(true);
        showSession();
        addSelectionChangedListener(event -> copySelection(event.getSelection(), false));
        getTreeViewer().addDoubleClickListener(this::showMore);
        editor.getViewer().addSelectionChangedListener(canvasListener);
        editor.addPropertyListener(sessionListener);
        IMenuManager menu = getSite().getActionBars().getMenuManager();
        for (OutlineGrouping choice : OutlineGrouping.values()) {
            IAction action = new Action(choice.label(), IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        setGrouping(choice);
                    }
                }
            };
            action.setChecked(choice == grouping);
            menu.add(action);
        }
    }

    /** Shows the editor's current session, with fresh providers over its adapter factory. */
    private void showSession() {
        MapSession session = editor.getSession();
        TreeViewer tree = getTreeViewer();
        tree.setLabelProvider(new AdapterFactoryLabelProvider(session.getAdapterFactory()) {
            @Override
            public String getText(Object element) {
                return element instanceof GroupedContentProvider.More more ? more.label() : super.getText(element);
            }
        });
        content = new GroupedContentProvider(session.getAdapterFactory(), grouping);
        tree.setContentProvider(content);
        tree.setInput(session.getMap());
    }

    /** A double-click (or Enter) on a More row shows the next statements of its level. */
    private void showMore(DoubleClickEvent event) {
        if (event.getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof GroupedContentProvider.More more) {
            refresh(content.showMore(more));
        }
    }

    private void refresh(Object level) {
        if (level == editor.getSession().getMap()) {
            getTreeViewer().refresh();
        } else {
            getTreeViewer().refresh(level);
        }
    }

    /** Selects in the tree, first making rows for selected statements its levels do not show yet. */
    private void select(ISelection selection) {
        if (selection instanceof IStructuredSelection structured) {
            content.reveal(structured.toList()).forEach(this::refresh);
            selection = new StructuredSelection(structured.toList().stream().filter(content::shows).toList());
        }
        getTreeViewer().setSelection(selection, true);
    }

    public OutlineGrouping getGrouping() {
        return grouping;
    }

    /** Regroups the tree, keeping the selection. */
    public void setGrouping(OutlineGrouping newGrouping) {
        grouping = newGrouping;
        TreeViewer tree = getTreeViewer();
        ISelection selection = tree.getSelection();
        content = new GroupedContentProvider(editor.getSession().getAdapterFactory(), grouping);
        tree.setContentProvider(content);
        tree.setInput(editor.getSession().getMap());
        synchronizing = true;
        try {
            select(selection);
        } finally {
            synchronizing = false;
        }
    }

    private void copySelection(ISelection selection, boolean fromCanvas) {
        if (synchronizing || getControl() == null || getControl().isDisposed()) {
            return;
        }
        synchronizing = true;
        try {
            if (fromCanvas) {
                select(selection);
            } else {
                editor.getViewer().setSelection(selection, true);
            }
        } finally {
            synchronizing = false;
        }
    }

    @Override
    public void dispose() {
        editor.removePropertyListener(sessionListener);
        if (!editor.getViewer().getControl().isDisposed()) {
            editor.getViewer().removeSelectionChangedListener(canvasListener);
        }
        super.dispose();
    }
}
