// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.List;
import java.util.function.Consumer;

import org.disputatio.core.MapCommands;
import org.disputatio.layout.FontSpec;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Statement;
import org.disputatio.render.Scene;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Edits a statement's label in place: a wrapping text field over its node, at the node's size
 * on screen. Enter or leaving the field sets the label (one undoable command), Shift+Enter starts
 * a new line, Escape keeps the old label. A statement cannot be left without a label.
 */
public final class LabelEditor {

    /** Below this a field is too small to type in, however far the map is zoomed out. */
    private static final int MIN_WIDTH = 160;
    private static final int MIN_HEIGHT = 48;

    private final MapViewer viewer;
    private Text text;
    private Statement statement;
    private Consumer<Boolean> typing = open -> {
    };

    public LabelEditor(MapViewer viewer) {
        this.viewer = viewer;
    }

    /** Told true when the field opens and false when it closes: while it is open, keys are text. */
    void onTyping(Consumer<Boolean> listener) {
        typing = listener;
    }

    /** The field while a label is being typed, else null. */
    Text field() {
        return text;
    }

    /** Opens the field over the statement's node, its label selected; false when it is not shown. */
    public boolean edit(Statement edited) {
        close(false);
        Scene.Node node = viewer.nodeOf(edited);
        if (node == null) {
            return false;
        }
        viewer.reveal(edited);
        statement = edited;
        double zoom = viewer.getZoom();
        int[] topLeft = viewer.toControl(node.x(), node.y());
        int width = Math.max(MIN_WIDTH, (int) Math.round(node.width() * zoom));
        int height = Math.max(MIN_HEIGHT, (int) Math.round(node.height() * zoom));
        text = new Text((Composite) viewer.getControl(), SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.CENTER);
        FontSpec label = node.format().label();
        text.setFont(viewer.getCanvas().getResources().font(new FontSpec(Math.max(9, label.size() * zoom), label.bold())));
        text.setBounds(topLeft[0] + (int) Math.round(node.width() * zoom - width) / 2,
                topLeft[1] + (int) Math.round(node.height() * zoom - height) / 2, width, height);
        text.setText(edited.getLabel() == null ? "" : edited.getLabel());
        text.selectAll();
        text.addListener(SWT.KeyDown, e -> {
            if ((e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.SHIFT) == 0) {
                e.doit = false;
                commit(false);
            }
        });
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                close(true);
            }
        });
        text.addListener(SWT.FocusOut, e -> commit(true));
        typing.accept(true);
        // With no window manager (Xvfb, some kiosks) the X focus falls to the root window when
        // another shell closes, such as Ctrl+F6's list of editors: the field would still get its
        // characters, but SWT no key, traverse or focus events, so Enter, Escape and a click
        // outside would do nothing. The window the field is typed in must be the active one.
        Shell shell = text.getShell();
        if (shell.getDisplay().getActiveShell() != shell) {
            shell.forceActive();
        }
        text.setFocus();
        return true;
    }

    /**
     * Sets the typed label. An empty one is refused: on Enter the field says so and stays open;
     * when the field is left, it closes and the old label stays.
     */
    private void commit(boolean leaving) {
        if (text == null) {
            return;
        }
        String typed = text.getText().strip();
        if (typed.isEmpty() && !leaving) {
            text.setMessage("A statement needs a label (Escape keeps the old one)");
            text.setToolTipText(text.getMessage());
            return;
        }
        Statement edited = statement;
        close(!leaving);
        // A statement no longer drawn (the map was reverted, or it was deleted) keeps its label.
        if (typed.isEmpty() || viewer.nodeOf(edited) == null) {
            return;
        }
        EditingDomain domain = viewer.getEditingDomain();
        if (domain != null && !typed.equals(edited.getLabel())) {
            // The box grows (or shrinks) to the new label, and its neighbours make room, in the same command.
            Command set = MapCommands.set(domain, edited, ArgmapPackage.Literals.STATEMENT__LABEL, typed);
            domain.getCommandStack().execute(viewer.edits().fitted(set.getLabel(), viewer.getDiagram(), set, List.of(edited)));
        }
    }

    /** Closes the field, giving the focus back to the canvas when the user did not move it elsewhere. */
    private void close(boolean refocus) {
        if (text == null) {
            return;
        }
        Text closing = text;
        text = null;
        statement = null;
        closing.dispose();
        typing.accept(false);
        if (refocus && !viewer.getControl().isDisposed()) {
            viewer.getControl().setFocus();
        }
    }
}
