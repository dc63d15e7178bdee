// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.sources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disputatio.model.edit.provider.Citations;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Author;
import org.disputatio.model.Source;
import org.disputatio.model.edit.provider.AuthorNames;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;

/**
 * Edits one attribute of the sources in place: the kind from a list, everything else as text.
 * Authors are written as BibTeX writes names, separated by ";": "Nathan, Andrew J.; Scobell,
 * Andrew", "{CCP Central Committee}"; a year may carry its letter ("2015a"). Text that is not a
 * value (a year that is not a number) is refused, with the reason on the status line.
 */
final class SourceCellEditing extends EditingSupport {

    /** Runs the change of a source's attributes on the map's command stack, as one command. */
    interface Edit {
        void set(Source source, Map<EStructuralFeature, Object> values);
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{1,4})\\s*([a-z]?)");

    private final EStructuralFeature attribute;
    private final Edit edit;
    private final IStatusLineManager status;
    /**
     * Made on the first edit: each column's editor is a widget (the kind's list a pop-up shell),
     * and making them all with the view took three quarters of the Sources view's start-up.
     */
    private CellEditor cellEditor;

    SourceCellEditing(TableViewer viewer, EStructuralFeature attribute, Edit edit, IStatusLineManager status) {
        super(viewer);
        this.attribute = attribute;
        this.edit = edit;
        this.status = status;
    }

    private CellEditor made() {
        Table table = ((TableViewer) getViewer()).getTable();
        if (attribute.getEType() instanceof EEnum kinds) {
            String[] literals = kinds.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new);
            return new ComboBoxCellEditor(table, literals, SWT.READ_ONLY);
        }
        CellEditor text = new TextCellEditor(table);
        text.setValidator(typed -> {
            try {
                values(attribute, (String) typed);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        text.addListener(new ICellEditorListener() {
            @Override
            public void editorValueChanged(boolean oldValidState, boolean newValidState) {
                status.setErrorMessage(text.getErrorMessage());
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
        return text;
    }

    /** An attribute of a source as its text editor starts with (the table shows authors as cited: {@link Citations#authors}). */
    static String text(Source source, EStructuralFeature attribute) {
        if (attribute == ArgmapPackage.Literals.SOURCE__AUTHORS) {
            return AuthorNames.formatList(source.getAuthors());
        }
        if (attribute == ArgmapPackage.Literals.SOURCE__YEAR) {
            return Citations.year(source);
        }
        Object value = source.eGet(attribute);
        return value == null ? "" : value.toString();
    }

    /**
     * The values a text stands for, by attribute (a year's text also sets its letter); empty
     * text clears the attribute.
     *
     * @throws IllegalArgumentException saying, for a scholar, why the text is not a value
     */
    static Map<EStructuralFeature, Object> values(EStructuralFeature attribute, String text) {
        String stripped = text.strip();
        Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
        if (attribute == ArgmapPackage.Literals.SOURCE__AUTHORS) {
            values.put(attribute, AuthorNames.parseList(stripped));
        } else if (attribute == ArgmapPackage.Literals.SOURCE__YEAR) {
            Matcher year = YEAR.matcher(stripped);
            if (!stripped.isEmpty() && !year.matches()) {
                // Without the text typed: the cell editor passes the message through MessageFormat.
                throw new IllegalArgumentException("A year is a whole number, such as 2015, or with its letter, such as 2015a.");
            }
            values.put(attribute, stripped.isEmpty() ? null : Integer.valueOf(year.group(1)));
            values.put(ArgmapPackage.Literals.SOURCE__YEAR_SUFFIX, stripped.isEmpty() || year.group(2).isEmpty() ? null : year.group(2));
        } else {
            values.put(attribute, stripped.isEmpty() ? null : stripped);
        }
        return values;
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        if (cellEditor == null) {
            cellEditor = made();
        }
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
        Map<EStructuralFeature, Object> values;
        if (attribute.getEType() instanceof EEnum kinds) {
            int index = (Integer) edited;
            if (index < 0) {
                return;
            }
            values = Map.of(attribute, kinds.getELiterals().get(index).getInstance());
        } else {
            values = values(attribute, (String) edited);
        }
        if (values.get(ArgmapPackage.Literals.SOURCE__AUTHORS) instanceof List<?> authors) {
            if (sameAuthors(source.getAuthors(), authors)) {
                return;
            }
            // A name typed again as it was keeps how it is written (family name first).
            for (Object typed : authors) {
                source.getAuthors().stream().filter(a -> AuthorNames.same(a, (Author) typed)).findFirst()
                        .ifPresent(a -> ((Author) typed).setFamilyFirst(a.isFamilyFirst()));
            }
        } else if (values.entrySet().stream().allMatch(e -> Objects.equals(e.getValue(), source.eGet(e.getKey())))) {
            return;
        }
        edit.set(source, values);
    }

    private static boolean sameAuthors(List<Author> current, List<?> typed) {
        if (current.size() != typed.size()) {
            return false;
        }
        for (int i = 0; i < typed.size(); i++) {
            if (!AuthorNames.same(current.get(i), (Author) typed.get(i))) {
                return false;
            }
        }
        return true;
    }
}
