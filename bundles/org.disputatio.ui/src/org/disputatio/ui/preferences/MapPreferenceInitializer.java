// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.preferences;

import org.disputatio.layout.NodeFormat;
import org.disputatio.render.VisualStyle;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

/** The defaults of the {@link MapPreferences}: the look and layout a map has without preferences. */
public class MapPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore store = MapPreferences.store();
        store.setDefault(MapPreferences.LAYOUT_ALGORITHM, LayoutAlgorithm.LAYERED.getLiteral());
        store.setDefault(MapPreferences.LAYOUT_DIRECTION, LayoutDirection.UP.getLiteral());
        store.setDefault(MapPreferences.FONT_SIZE, (int) NodeFormat.DEFAULT.label().size());
        store.setDefault(MapPreferences.COLOUR_SCHEME, VisualStyle.Scheme.OKABE_ITO.name());
        store.setDefault(MapPreferences.RECENT_FILES_COUNT, 8);
        store.setDefault(MapPreferences.KEEP_BACKUP, false);
    }
}
