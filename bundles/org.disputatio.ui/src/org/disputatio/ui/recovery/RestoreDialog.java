// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.recovery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.disputatio.core.RecoveryStore;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * After a crash: the maps whose unsaved changes were kept, with their file, when the copy was
 * written and how many changes it holds. Restore or Discard acts on the ticked maps; the others,
 * and all of them after Later, are offered again at the next start.
 */
public final class RestoreDialog extends Dialog {

    public static final String TITLE = "Recover Unsaved Maps";

    public enum Choice { RESTORE, DISCARD, LATER }

    public static final int RESTORE = IDialogConstants.CLIENT_ID;
    public static final int DISCARD = IDialogConstants.CLIENT_ID + 1;
    public static final int LATER = IDialogConstants.CLIENT_ID + 2;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final List<RecoveryStore.Entry> entries;
    private Table table;
    private Choice choice = Choice.LATER;
    private final List<RecoveryStore.Entry> chosen = new ArrayList<>();

    public RestoreDialog(Shell parent, List<RecoveryStore.Entry> entries) {
        super(parent);
        this.entries = entries;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label message = new Label(area, SWT.WRAP);
        message.setText("Disputatio was not closed properly. Unsaved changes to these maps were kept in recovery copies.\n"
                + "A restored map opens with its changes unsaved: saving it writes its file (and asks first if the file "
                + "changed since).");
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(message);
        table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String heading : new String[] { "Map", "Copy written", "Changes" }) {
            new TableColumn(table, SWT.NONE).setText(heading);
        }
        for (RecoveryStore.Entry entry : entries) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { entry.name(), WHEN.format(entry.written()), Integer.toString(entry.changes()) });
            item.setChecked(true);
            item.setData(entry);
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(640, Math.min(8, entries.size() + 1) * table.getItemHeight() + 8).applyTo(table);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, RESTORE, "&Restore", true);
        createButton(parent, DISCARD, "&Discard", false);
        createButton(parent, LATER, "&Later", false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        choice = buttonId == RESTORE ? Choice.RESTORE : buttonId == DISCARD ? Choice.DISCARD : Choice.LATER;
        chosen.clear();
        for (TableItem item : table.getItems()) {
            if (item.getChecked()) {
                chosen.add((RecoveryStore.Entry) item.getData());
            }
        }
        setReturnCode(buttonId);
        close();
    }

    /** What the user chose; Later when the dialog was closed otherwise. */
    public Choice getChoice() {
        return choice;
    }

    /** The ticked maps the choice applies to. */
    public List<RecoveryStore.Entry> getChosen() {
        return chosen;
    }
}
