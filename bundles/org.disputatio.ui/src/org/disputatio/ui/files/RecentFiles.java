// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.disputatio.ui.DisputatioUiPlugin;
import org.disputatio.ui.preferences.MapPreferences;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;

/**
 * The maps opened last, newest first, as many as {@link MapPreferences#RECENT_FILES_COUNT} says.
 * Kept in the preferences, one absolute path a line, so that they outlive the session.
 */
public final class RecentFiles {

    public static final String KEY = "recentFiles";

    private final IPreferenceStore store;

    public RecentFiles(IPreferenceStore store) {
        this.store = store;
    }

    public List<Path> list() {
        return Arrays.stream(store.getString(KEY).split("\n")).filter(line -> !line.isBlank()).map(Path::of)
                .limit(Math.max(0, store.getInt(MapPreferences.RECENT_FILES_COUNT))).toList();
    }

    /** Puts the file at the head of the list, dropping the oldest beyond the limit. */
    public void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        store(files);
    }

    /** @return whether the file was in the list */
    public boolean remove(Path file) {
        List<Path> files = new ArrayList<>(list());
        boolean removed = files.remove(file.toAbsolutePath().normalize());
        if (removed) {
            store(files);
        }
        return removed;
    }

    private void store(List<Path> files) {
        int count = Math.max(0, store.getInt(MapPreferences.RECENT_FILES_COUNT));
        store.setValue(KEY, String.join("\n", files.subList(0, Math.min(count, files.size())).stream().map(Path::toString).toList()));
        if (store instanceof IPersistentPreferenceStore persistent) {
            try {
                persistent.save();
            } catch (IOException e) {
                // The list still works for this session; it is saved again at the next change or on exit.
                DisputatioUiPlugin.getDefault().getLog().warn("Could not save the recent files", e);
            }
        }
    }
}
