// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.tests.jface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.disputatio.model.StatementKind;
import org.disputatio.model.edit.ui.ChoiceCellEditor;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The drop-down of values. */
class ChoiceCellEditorTest {

    private final Shell shell = new Shell(Display.getCurrent());

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void editsTheValueNotItsIndex() {
        ChoiceCellEditor editor = new ChoiceCellEditor(shell, Arrays.asList(null, StatementKind.CLAIM, StatementKind.REBUTTAL),
                value -> value == null ? "" : value.toString());
        assertEquals(List.of("", "claim", "rebuttal"), List.of(((CCombo) editor.getControl()).getItems()));
        editor.setValue(StatementKind.REBUTTAL);
        assertEquals(2, ((CCombo) editor.getControl()).getSelectionIndex());
        assertEquals(StatementKind.REBUTTAL, editor.getValue());
        editor.setValue(null);
        assertNull(editor.getValue());
    }

    @Test
    void aValueNotAmongTheChoicesIsKeptUntilAnotherIsPicked() {
        ChoiceCellEditor editor = new ChoiceCellEditor(shell, List.of(StatementKind.CLAIM), String::valueOf);
        editor.setValue(StatementKind.EVIDENCE);
        assertEquals(StatementKind.EVIDENCE, editor.getValue(), "opening and leaving the editor loses nothing");
    }
}
