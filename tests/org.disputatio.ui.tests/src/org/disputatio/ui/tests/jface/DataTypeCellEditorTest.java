// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.tests.jface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.disputatio.model.edit.ui.DataTypeCellEditor;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Text for values of Ecore data types. */
class DataTypeCellEditorTest {

    private final Shell shell = new Shell(Display.getCurrent());

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void textThatIsNotAYearIsRefusedWithAMessage() {
        DataTypeCellEditor editor = new DataTypeCellEditor(shell, EcorePackage.Literals.EINTEGER_OBJECT, false, false);
        editor.setValue(2015);
        Text text = (Text) editor.getControl();
        assertEquals("2015", text.getText());
        text.setText("twenty fifteen");
        assertFalse(editor.isValueValid());
        assertEquals("\u201Ctwenty fifteen\u201D is not a valid Integer", editor.getErrorMessage());
        text.setText(" 2016 ");
        assertTrue(editor.isValueValid());
        assertEquals(2016, editor.getValue());
        text.setText("");
        assertNull(editor.getValue(), "no text is no year");
    }

    @Test
    void aListOfStringsIsOneValueALine() {
        DataTypeCellEditor editor = new DataTypeCellEditor(shell, EcorePackage.Literals.ESTRING, true, true);
        editor.setValue(List.of("Sun", "Wang"));
        Text text = (Text) editor.getControl();
        assertEquals("Sun\nWang", text.getText());
        text.setText("Sun\n\n  Wang Jisi \nNye");
        assertEquals(List.of("Sun", "Wang Jisi", "Nye"), editor.getValue());
    }
}
