// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.edit.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Long text (a statement's full text, its quote, notes) edited in a window of its own size,
 * not squeezed into one row: the cell shows the first line and a button that opens the text.
 * There Enter starts a new line and Ctrl+Enter or OK applies; Escape or Cancel keeps the value.
 */
public class LongTextCellEditor extends DialogCellEditor {

    private final String title;

    /** @param title what is edited, the dialog's title ("Quote") */
    public LongTextCellEditor(Composite parent, String title) {
        super(parent);
        this.title = title;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        LongTextDialog dialog = new LongTextDialog(cellEditorWindow.getShell(), title, getValue() == null ? "" : getValue().toString());
        return dialog.open() == Window.OK ? dialog.typed : null;
    }

    @Override
    protected void updateContents(Object value) {
        String text = value == null ? "" : value.toString();
        int lineBreak = text.indexOf('\n');
        super.updateContents(lineBreak < 0 ? text : text.substring(0, lineBreak) + " \u2026");
    }

    /** The text in a field of its own: about seventy characters wide and a dozen lines high, resizable. */
    static final class LongTextDialog extends Dialog {

        private final String title;
        private final String initial;
        private Text field;
        private String typed;

        LongTextDialog(Shell parent, String title, String initial) {
            super(parent);
            this.title = title;
            this.initial = initial;
            setShellStyle(getShellStyle() | SWT.RESIZE);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            field = new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, true).hint(convertWidthInCharsToPixels(72), convertHeightInCharsToPixels(12))
                    .applyTo(field);
            field.setText(initial);
            field.addListener(SWT.KeyDown, e -> {
                if ((e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
                    e.doit = false;
                    okPressed();
                }
            });
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            // No default button: Enter belongs to the text, where it starts a new line.
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, false);
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        }

        @Override
        protected void okPressed() {
            typed = field.getText();
            super.okPressed();
        }
    }
}
