// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window &gt; Preferences &gt; Disputatio: what concerns the application rather than one map. */
public class DisputatioPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public DisputatioPreferencePage() {
        super(GRID);
        setDescription("General settings of Disputatio; the look of maps is under Map.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(MapPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor recent = new IntegerFieldEditor(MapPreferences.RECENT_FILES_COUNT,
                "Number of &recent maps in the File menu:", getFieldEditorParent());
        recent.setValidRange(0, MapPreferences.MAX_RECENT_FILES);
        addField(recent);
        addField(new BooleanFieldEditor(MapPreferences.KEEP_BACKUP,
                "&Keep the previous version as NAME~ when saving a map", getFieldEditorParent()));
    }
}
