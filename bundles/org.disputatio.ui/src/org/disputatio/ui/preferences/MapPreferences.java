// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.preferences;

import java.util.Set;

import org.disputatio.core.MapFiles;
import org.disputatio.layout.NodeFormat;
import org.disputatio.render.MapSettings;
import org.disputatio.render.VisualStyle;
import org.disputatio.ui.DisputatioUiPlugin;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;
import org.eclipse.jface.preference.IPreferenceStore;

/**
 * The keys of the Disputatio preferences and what their values mean. A value that cannot be read
 * (edited by hand, or left by another version) counts as the default.
 */
public final class MapPreferences {

    /** The layout algorithm for diagrams that have none set, and for new maps: a {@link LayoutAlgorithm} literal. */
    public static final String LAYOUT_ALGORITHM = "layoutAlgorithm";
    /** The layout direction for diagrams that have none set, and for new maps: a {@link LayoutDirection} literal. */
    public static final String LAYOUT_DIRECTION = "layoutDirection";
    /** The size of statements' labels, in points at 100%. */
    public static final String FONT_SIZE = "fontSize";
    /** The name of a {@link VisualStyle.Scheme}. */
    public static final String COLOUR_SCHEME = "colourScheme";
    /** How many maps the File menu lists. */
    public static final String RECENT_FILES_COUNT = "recentFilesCount";

    /** Whether Save keeps the previous version beside the map as {@code NAME~}; off by default (docs/safety.md says why). */
    public static final String KEEP_BACKUP = "keepBackup";

    public static final int MIN_FONT_SIZE = MapSettings.MIN_TEXT_SIZE;
    public static final int MAX_FONT_SIZE = MapSettings.MAX_TEXT_SIZE;
    public static final int MAX_RECENT_FILES = 20;

    /** The preferences that change how an open map looks or is laid out. */
    public static final Set<String> MAP_APPEARANCE = Set.of(LAYOUT_ALGORITHM, LAYOUT_DIRECTION, FONT_SIZE, COLOUR_SCHEME);

    private MapPreferences() {
    }

    public static IPreferenceStore store() {
        return DisputatioUiPlugin.getDefault().getPreferenceStore();
    }

    public static LayoutAlgorithm layoutAlgorithm(IPreferenceStore store) {
        LayoutAlgorithm algorithm = LayoutAlgorithm.get(store.getString(LAYOUT_ALGORITHM));
        return algorithm != null ? algorithm : LayoutAlgorithm.get(store.getDefaultString(LAYOUT_ALGORITHM));
    }

    public static LayoutDirection layoutDirection(IPreferenceStore store) {
        LayoutDirection direction = LayoutDirection.get(store.getString(LAYOUT_DIRECTION));
        return direction != null ? direction : LayoutDirection.get(store.getDefaultString(LAYOUT_DIRECTION));
    }

    public static NodeFormat nodeFormat(IPreferenceStore store) {
        int size = store.getInt(FONT_SIZE);
        return NodeFormat.DEFAULT.withLabelSize(size >= MIN_FONT_SIZE && size <= MAX_FONT_SIZE ? size : store.getDefaultInt(FONT_SIZE));
    }

    public static VisualStyle.Scheme scheme(IPreferenceStore store) {
        String name = store.getString(COLOUR_SCHEME);
        for (VisualStyle.Scheme scheme : VisualStyle.Scheme.values()) {
            if (scheme.name().equals(name)) {
                return scheme;
            }
        }
        return MapSettings.DEFAULT.scheme();
    }

    /** How the editor saves: with or without a backup of the previous version. */
    public static MapFiles.SaveOptions saveOptions(IPreferenceStore store) {
        return new MapFiles.SaveOptions(store.getBoolean(KEEP_BACKUP));
    }

    /** Everything the preferences say about how maps are drawn and laid out, as one value. */
    public static MapSettings settings(IPreferenceStore store) {
        return new MapSettings(nodeFormat(store), scheme(store), layoutAlgorithm(store), layoutDirection(store));
    }
}
