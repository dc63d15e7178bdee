// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.edit.ui;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A drop-down of values (literals, model objects, true and false) that edits the value itself,
 * where {@link ComboBoxCellEditor} edits an index. A null choice reads as an empty line: no value.
 */
public class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<?> choices;
    /** The value the editor opened with; it stays when it is not among the choices and none is picked. */
    private Object original;

    public ChoiceCellEditor(Composite parent, List<?> choices, Function<Object, String> labels) {
        super(parent, choices.stream().map(labels).toArray(String[]::new), SWT.READ_ONLY);
        this.choices = choices;
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index < 0 || index >= choices.size() ? original : choices.get(index);
    }

    @Override
    protected void doSetValue(Object value) {
        original = value;
        super.doSetValue(choices.indexOf(value));
    }
}
