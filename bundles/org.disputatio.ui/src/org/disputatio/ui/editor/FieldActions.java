// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The Edit menu's text actions for a field typed in on the canvas, in place of the map's while
 * it is open, as GEF's direct edit hands them to its cell editor: Ctrl+A selects the field's
 * text, not every statement, and Delete deletes a character, not the statement.
 */
final class FieldActions {

    private FieldActions() {
    }

    /** Makes select all, cut, copy, paste and delete act on the field. */
    static void install(IActionBars bars, Text field) {
        Map.of(ActionFactory.SELECT_ALL, (Runnable) field::selectAll, ActionFactory.CUT, field::cut, ActionFactory.COPY, field::copy,
                ActionFactory.PASTE, field::paste, ActionFactory.DELETE, () -> deleteForward(field))
                .forEach((factory, run) -> bars.setGlobalActionHandler(factory.getId(), new Action() {
                    @Override
                    public void run() {
                        if (!field.isDisposed()) {
                            run.run();
                        }
                    }
                }));
        bars.updateActionBars();
    }

    /** What Delete does in a text field: the selected text, else the character after the caret. */
    private static void deleteForward(Text field) {
        Point selection = field.getSelection();
        if (selection.x == selection.y && selection.x < field.getCharCount()) {
            field.setSelection(selection.x, selection.x + 1);
        }
        field.insert("");
    }
}
