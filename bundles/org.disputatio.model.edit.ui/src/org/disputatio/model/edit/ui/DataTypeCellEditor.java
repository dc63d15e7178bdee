// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.edit.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Text for a value of an Ecore data type: a string, a year, or a list of strings, one a line. Text
 * that is not a value of the type is refused with a message saying so, and the model keeps its
 * value. In a multi-line editor Enter starts a new line; Ctrl+Enter or leaving the cell applies.
 */
public class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;
    private final boolean many;

    public DataTypeCellEditor(Composite parent, EDataType type, boolean many, boolean multiLine) {
        super(parent, many || multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        this.type = type;
        this.many = many;
        setValidator(this::problem);
    }

    /** Why the text is not a value of the type, or null when it is one. */
    private String problem(Object text) {
        if (many) {
            return null;
        }
        try {
            fromText((String) text);
            return null;
        } catch (RuntimeException e) {
            return "\u201C" + text + "\u201D is not a valid " + type.getInstanceClass().getSimpleName();
        }
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        if (many) {
            return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
        return fromText(text);
    }

    @Override
    protected void doSetValue(Object value) {
        if (value instanceof Collection<?> values) {
            super.doSetValue(values.stream().map(String::valueOf).collect(Collectors.joining("\n")));
        } else {
            super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
        }
    }

    /** Empty text is no value, except for a string. */
    private Object fromText(String text) {
        if (type.getInstanceClass() == String.class) {
            return text;
        }
        return text.isBlank() ? null : EcoreUtil.createFromString(type, text.strip());
    }
}
