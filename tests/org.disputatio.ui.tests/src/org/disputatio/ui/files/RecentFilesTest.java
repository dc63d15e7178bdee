// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.ui.preferences.MapPreferences;
import org.eclipse.jface.preference.PreferenceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list of recent maps, on a preference store of its own. */
class RecentFilesTest {

    @TempDir
    Path dir;

    private PreferenceStore store;
    private RecentFiles recent;

    @BeforeEach
    void setUp() {
        store = new PreferenceStore(dir.resolve("prefs").toString());
        store.setDefault(MapPreferences.RECENT_FILES_COUNT, 3);
        recent = new RecentFiles(store);
    }

    @Test
    void theNewestComesFirstOnceAndTheOldestLeavesBeyondTheLimit() {
        Path a = dir.resolve("a.argmap");
        Path b = dir.resolve("b.argmap");
        Path c = dir.resolve("c.argmap");
        Path d = dir.resolve("d.argmap");
        recent.add(a);
        recent.add(b);
        recent.add(a);
        assertEquals(List.of(a, b), recent.list());
        recent.add(c);
        recent.add(d);
        assertEquals(List.of(d, c, a), recent.list());
    }

    @Test
    void relativeAndRoundaboutPathsCountAsTheSameFile() {
        recent.add(dir.resolve("x").resolve("..").resolve("a.argmap"));
        recent.add(dir.resolve("a.argmap"));
        assertEquals(List.of(dir.resolve("a.argmap")), recent.list());
    }

    @Test
    void removeDropsOnlyThatFile() {
        recent.add(dir.resolve("a.argmap"));
        recent.add(dir.resolve("b.argmap"));
        assertTrue(recent.remove(dir.resolve("a.argmap")));
        assertFalse(recent.remove(dir.resolve("a.argmap")));
        assertEquals(List.of(dir.resolve("b.argmap")), recent.list());
    }

    @Test
    void theListIsSavedWithThePreferences() throws IOException {
        recent.add(dir.resolve("a b & c.argmap"));
        PreferenceStore reloaded = new PreferenceStore(dir.resolve("prefs").toString());
        reloaded.load();
        reloaded.setDefault(MapPreferences.RECENT_FILES_COUNT, 3);
        assertEquals(List.of(dir.resolve("a b & c.argmap")), new RecentFiles(reloaded).list());
    }

    @Test
    void aSmallerLimitShortensTheList() {
        recent.add(dir.resolve("a.argmap"));
        recent.add(dir.resolve("b.argmap"));
        store.setValue(MapPreferences.RECENT_FILES_COUNT, 1);
        assertEquals(List.of(dir.resolve("b.argmap")), recent.list());
    }
}
