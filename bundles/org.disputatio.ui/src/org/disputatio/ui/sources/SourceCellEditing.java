// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.sources;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Source;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;

/**
 * Edits one attribute of the sources in place: the kind from a list, everything else as text.
 * Authors are written "Andrew J. Nathan; Andrew Scobell". Text that is not a value (a year
 * that is not a number) is refused, with the reason on the status line.
 */
final class SourceCellEditing extends EditingSupport {

    /** Runs the change of a source's attribute on the map's command stack. */
    interface Edit {
        void set(Source source, EAttribute attribute, Object value);
    }

    private static final String AUTHOR_SEPARATOR = ";";

    private final EAttribute attribute;
    private final Edit edit;
    private final CellEditor cellEditor;

    SourceCellEditing(TableViewer viewer, EAttribute attribute, Edit edit, IStatusLineManager status) {
        super(viewer);
        this.attribute = attribute;
        this.edit = edit;
        if (attribute.getEType() instanceof EEnum kinds) {
            String[] literals = kinds.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new);
            cellEditor = new ComboBoxCellEditor(viewer.getTable(), literals, SWT.READ_ONLY);
        } else {
            cellEditor = new TextCellEditor(viewer.getTable());
            cellEditor.setValidator(text -> {
                try {
                    value(attribute, (String) text);
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            });
            cellEditor.addListener(new ICellEditorListener() {
                @Override
                public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                    status.setErrorMessage(cellEditor.getErrorMessage());
                }

                @Override
                public void cancelEditor() {
                    status.setErrorMessage(null);
                }

                @Override
                public void applyEditorValue() {
                    // An invalid value is not applied; its message stays to say why.
                }
            });
        }
    }

    /** An attribute of a source as the table shows it and its text editor starts with. */
    static String text(Source source, EAttribute attribute) {
        Object value = source.eGet(attribute);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(AUTHOR_SEPARATOR + " "));
        }
        return value == null ? "" : value.toString();
    }

    /**
     * The value a text stands for; empty text clears the attribute.
     *
     * @throws IllegalArgumentException saying, for a scholar, why the text is not a value
     */
    static Object value(EAttribute attribute, String text) {
        String stripped = text.strip();
        if (attribute.isMany()) {
            return Arrays.stream(stripped.split(AUTHOR_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (stripped.isEmpty()) {
            return null;
        }
        if (attribute == ArgmapPackage.Literals.SOURCE__YEAR) {
            try {
                return Integer.valueOf(stripped);
            } catch (NumberFormatException e) {
                // Without the text typed: the cell editor passes the message through MessageFormat.
                throw new IllegalArgumentException("A year is a whole number, such as 2015.");
            }
        }
        return stripped;
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return cellEditor;
    }

    @Override
    protected boolean canEdit(Object element) {
        return true;
    }

    @Override
    protected Object getValue(Object element) {
        Object value = ((Source) element).eGet(attribute);
        if (attribute.getEType() instanceof EEnum kinds) {
            return value == null ? -1 : kinds.getELiterals().indexOf(kinds.getEEnumLiteral(((Enumerator) value).getValue()));
        }
        return text((Source) element, attribute);
    }

    @Override
    protected void setValue(Object element, Object edited) {
        Source source = (Source) element;
        Object value;
        if (attribute.getEType() instanceof EEnum kinds) {
            int index = (Integer) edited;
            if (index < 0) {
                return;
            }
            value = kinds.getELiterals().get(index).getInstance();
        } else {
            value = value(attribute, (String) edited);
        }
        if (!Objects.equals(value, source.eGet(attribute))) {
            edit.set(source, attribute, value);
        }
    }
}
