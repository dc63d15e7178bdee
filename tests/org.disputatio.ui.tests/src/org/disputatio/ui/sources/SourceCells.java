// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.sources;

import static org.disputatio.ui.WorkbenchTesting.spin;

import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The Sources view's cells driven as a user does: a double click opens the cell editor, Enter commits. */
final class SourceCells {

    private final Table table;

    SourceCells(Table table) {
        this.table = table;
    }

    /** Double-clicks a cell as GTK reports it: press, release, press again, double click. */
    void doubleClick(int row, int column) {
        TableItem item = table.getItem(row);
        table.showItem(item);
        table.showColumn(table.getColumn(column));
        spin();
        Rectangle cell = item.getBounds(column);
        int x = cell.x + cell.width / 2;
        int y = cell.y + cell.height / 2;
        for (int[] step : new int[][] { { SWT.MouseDown, 1 }, { SWT.MouseUp, 1 }, { SWT.MouseDown, 2 },
                { SWT.MouseDoubleClick, 2 }, { SWT.MouseUp, 2 } }) {
            Event event = new Event();
            event.x = x;
            event.y = y;
            event.button = 1;
            event.count = step[1];
            table.notifyListeners(step[0], event);
        }
        spin();
    }

    /** The cell editor open on the table. */
    <T extends Control> T cellEditor(Class<T> type) {
        return Stream.of(table.getChildren()).filter(type::isInstance).map(type::cast).filter(Control::isVisible)
                .findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " cell editor is open"));
    }

    /** Types into the open text cell editor and presses Enter, which a one-line text reports as a default selection. */
    void type(String text) {
        Text editorText = cellEditor(Text.class);
        editorText.setText(text);
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        editorText.notifyListeners(SWT.KeyDown, enter);
        editorText.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
    }
}
