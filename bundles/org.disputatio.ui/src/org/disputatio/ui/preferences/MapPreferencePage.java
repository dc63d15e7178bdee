// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.preferences;

import java.util.Arrays;

import org.disputatio.render.VisualStyle;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Disputatio &gt; Map: the layout of diagrams that choose none, the
 * size of the map's text and its colours. Open maps follow a change at once.
 */
public class MapPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public MapPreferencePage() {
        super(GRID);
        setDescription("How maps are laid out and drawn. A diagram that has its own layout keeps it.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(MapPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(new ComboFieldEditor(MapPreferences.LAYOUT_ALGORITHM, "&Layout:",
                Arrays.stream(LayoutAlgorithm.values()).map(a -> new String[] { a.getLiteral(), a.getLiteral() }).toArray(String[][]::new),
                getFieldEditorParent()));
        addField(new ComboFieldEditor(MapPreferences.LAYOUT_DIRECTION, "Conclusions &stand:",
                Arrays.stream(LayoutDirection.values()).map(d -> new String[] { d.getLiteral(), d.getLiteral() }).toArray(String[][]::new),
                getFieldEditorParent()));
        IntegerFieldEditor fontSize = new IntegerFieldEditor(MapPreferences.FONT_SIZE, "&Font size of labels (points):", getFieldEditorParent());
        fontSize.setValidRange(MapPreferences.MIN_FONT_SIZE, MapPreferences.MAX_FONT_SIZE);
        addField(fontSize);
        addField(new RadioGroupFieldEditor(MapPreferences.COLOUR_SCHEME, "&Colours", 1,
                Arrays.stream(VisualStyle.Scheme.values()).map(s -> new String[] { s.label(), s.name() }).toArray(String[][]::new),
                getFieldEditorParent(), true));
    }
}
