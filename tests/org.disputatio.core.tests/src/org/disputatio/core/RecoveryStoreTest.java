// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.disputatio.model.ArgmapPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery copies as a crashed run leaves them and the next run finds them: a second store on
 * the same folder stands for the next start of the application.
 */
class RecoveryStoreTest {

    @TempDir
    Path dir;

    private static void edit(MapSession session, String label) {
        session.execute(MapCommands.set(session.getEditingDomain(), session.getResource().getEObject("nye-reason"),
                ArgmapPackage.Literals.STATEMENT__LABEL, label));
    }

    private Path saved() throws IOException {
        Path file = dir.resolve("maps").resolve("exchange.argmap");
        Files.createDirectories(file.getParent());
        TestMaps.everyElementType(file).save();
        return file;
    }

    @Test
    void theNextRunRestoresTheEditedMapDirtyAndSavingItWritesTheOriginalFile() throws IOException {
        Path file = saved();
        byte[] original = Files.readAllBytes(file);
        MapSession session = MapSession.open(file);
        edit(session, "Recovered label");
        edit(session, "Recovered label, again");
        RecoveryStore crashed = new RecoveryStore(dir.resolve("recovery"));
        String slot = crashed.newSlot(file);
        Instant before = Instant.now();
        byte[] copy = MapFiles.serialize(session.getResource());
        crashed.write(slot, session.getFile(), copy, 2, session.getStamp());
        assertArrayEquals(original, Files.readAllBytes(file), "a recovery copy is never written over the user's file");
        assertEquals(List.of(), crashed.recovered(), "a run does not offer its own copies");

        RecoveryStore next = new RecoveryStore(dir.resolve("recovery"));
        List<RecoveryStore.Entry> found = next.recovered();
        assertEquals(1, found.size());
        RecoveryStore.Entry entry = found.get(0);
        assertEquals(file, entry.file());
        assertEquals(2, entry.changes());
        assertFalse(entry.written().isBefore(before.minusSeconds(1)));
        MapSession restored = next.restore(entry);
        assertTrue(restored.isDirty(), "a restored map has unsaved changes");
        assertEquals(file, restored.getFile());
        assertEquals(MapFiles.uri(file), restored.getResource().getURI());
        assertArrayEquals(copy, MapFiles.serialize(restored.getResource()), "the model as it was edited");
        assertEquals("Recovered label, again",
                ((org.disputatio.model.Statement) restored.getResource().getEObject("nye-reason")).getLabel());

        restored.save();
        assertFalse(restored.isDirty());
        assertArrayEquals(copy, Files.readAllBytes(file));
        next.discard(entry);
        assertEquals(List.of(), next.recovered());
        try (var left = Files.list(dir.resolve("recovery"))) {
            assertEquals(0, left.count(), "nothing left behind");
        }
    }

    @Test
    void aRestoredMapStillRefusesToOverwriteAFileChangedSinceItWasRead() throws IOException {
        Path file = saved();
        MapSession session = MapSession.open(file);
        edit(session, "Mine");
        RecoveryStore crashed = new RecoveryStore(dir.resolve("recovery"));
        crashed.write(crashed.newSlot(file), file, MapFiles.serialize(session.getResource()), 1, session.getStamp());
        String theirs = Files.readString(file).replace("title=\"", "title=\"Pulled: ");
        Files.writeString(file, theirs);

        MapSession restored = new RecoveryStore(dir.resolve("recovery")).restore(new RecoveryStore(dir.resolve("recovery")).recovered().get(0));
        assertTrue(restored.isChangedOnDisk());
        assertThrows(FileChangedException.class, restored::save);
        assertEquals(theirs, Files.readString(file));
        assertTrue(restored.isDirty());
    }

    @Test
    void aNewerCopyReplacesTheOlderAndRemovingTheSlotLeavesNothing() throws IOException {
        Path file = saved();
        MapSession session = MapSession.open(file);
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        String slot = store.newSlot(file);
        edit(session, "First");
        store.write(slot, file, MapFiles.serialize(session.getResource()), 1, session.getStamp());
        edit(session, "Second");
        store.write(slot, file, MapFiles.serialize(session.getResource()), 2, session.getStamp());
        List<RecoveryStore.Entry> found = new RecoveryStore(store.getFolder()).recovered();
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).changes());
        assertTrue(Files.readString(found.get(0).copy()).contains("Second"));
        store.remove(slot);
        assertEquals(List.of(), new RecoveryStore(store.getFolder()).recovered());
    }

    @Test
    void slotsAreNamedByTheFileAndOneRunNeverReusesOne() {
        RecoveryStore store = new RecoveryStore(dir);
        Path a = dir.resolve("a.argmap");
        String first = store.newSlot(a);
        String second = store.newSlot(a);
        assertFalse(first.equals(second));
        assertEquals(first.substring(0, 16), second.substring(0, 16), "the same file, the same hash");
        assertFalse(first.substring(0, 16).equals(store.newSlot(dir.resolve("b.argmap")).substring(0, 16)));
    }

    @Test
    void anUnsavedMapIsRecoveredAsUntitledAndABrokenIndexIsSkipped() throws IOException {
        MapSession untitled = MapSession.create(Path.of("untitled.argmap"), "Notes from the seminar");
        RecoveryStore crashed = new RecoveryStore(dir.resolve("recovery"));
        crashed.write(crashed.newSlot(null), null, MapFiles.serialize(untitled.getResource()), 3, null);
        Files.writeString(dir.resolve("recovery").resolve("0000-broken.recovery"), "changes=many\n");
        Files.writeString(dir.resolve("recovery").resolve("0000-broken.argmap"), "<nothing/>");
        Files.writeString(dir.resolve("recovery").resolve("0001-nocopy.recovery"), "changes=1\nwritten=" + Instant.now() + "\n");

        List<RecoveryStore.Entry> found = new RecoveryStore(dir.resolve("recovery")).recovered();
        assertEquals(1, found.size(), "only the readable index with its copy: " + found);
        assertNull(found.get(0).file());
        assertEquals("Untitled map", found.get(0).name());
        assertNull(found.get(0).stamp());
        MapSession restored = crashed.restore(found.get(0));
        assertEquals("Notes from the seminar", restored.getMap().getTitle());
        assertTrue(restored.isDirty());
    }

    @Test
    void aCopyThatCannotBeReadIsReportedWithTheCopysName() throws IOException {
        RecoveryStore crashed = new RecoveryStore(dir.resolve("recovery"));
        String slot = crashed.newSlot(dir.resolve("x.argmap"));
        crashed.write(slot, dir.resolve("x.argmap"), "<?xml version=\"1.0\"?>\n<broken".getBytes(), 1, null);
        RecoveryStore.Entry entry = new RecoveryStore(crashed.getFolder()).recovered().get(0);
        MapFileException e = assertThrows(MapFileException.class, () -> crashed.restore(entry));
        assertTrue(e.getMessage().startsWith(entry.copy().toString()), e.getMessage());
    }
}
