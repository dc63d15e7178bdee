// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.disputatio.model.ArgmapPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save either completes or leaves the file as it was, and never overwrites changes it did not read. */
class SavingSafelyTest {

    @TempDir
    Path dir;

    private Path saved(Path folder) throws IOException {
        Path file = folder.resolve("exchange.argmap");
        TestMaps.everyElementType(file).save();
        return file;
    }

    private static void edit(MapSession session, String label) {
        session.execute(MapCommands.set(session.getEditingDomain(), session.getResource().getEObject("nye-reason"),
                ArgmapPackage.Literals.STATEMENT__LABEL, label));
    }

    @Test
    void aReadOnlyFileIsNotReplacedAndTheMessageSaysWhy() throws IOException {
        Path file = saved(dir);
        byte[] original = Files.readAllBytes(file);
        MapSession session = MapSession.open(file);
        edit(session, "Attraction lowers conflict");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        IOException e = assertThrows(IOException.class, session::save);
        assertEquals(file + ": cannot save: the file is read-only; it was left as it was", e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file));
        assertTrue(session.isDirty(), "the changes are still there to save elsewhere");
        assertNoTemporaryFiles(dir);
    }

    @Test
    void aFullDiskGivesOneClearMessageAndLeavesTheOriginalIntact() throws Exception {
        Path disk = Files.createDirectory(dir.resolve("small-disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mount.waitFor() == 0, "cannot mount a small tmpfs (needs root): the full-disk test is skipped");
        try {
            Path file = saved(disk);
            byte[] original = Files.readAllBytes(file);
            MapSession session = MapSession.open(file);
            edit(session, "Attraction lowers conflict, and a much longer label makes the file grow");
            fill(disk.resolve("filler"));
            IOException e = assertThrows(IOException.class, session::save);
            assertEquals(file + ": cannot save: the disk is full; the file was left as it was", e.getMessage());
            assertArrayEquals(original, Files.readAllBytes(file));
            assertNoTemporaryFiles(disk);
            Files.delete(disk.resolve("filler"));
            session.save();
            assertEquals("Attraction lowers conflict, and a much longer label makes the file grow",
                    label(file));
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertTrue(String.valueOf(full.getMessage()).contains("No space left"), full.toString());
        }
    }

    @Test
    void theBackupHoldsThePreviousVersion() throws IOException {
        Path file = saved(dir);
        byte[] first = Files.readAllBytes(file);
        MapSession session = MapSession.open(file);
        session.setSaveOptions(new MapFiles.SaveOptions(true));
        edit(session, "Attraction lowers conflict");
        session.save();
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("exchange.argmap~")));
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(file)));
    }

    @Test
    void withoutTheOptionNoBackupIsWritten() throws IOException {
        Path file = saved(dir);
        MapSession session = MapSession.open(file);
        edit(session, "Attraction lowers conflict");
        session.save();
        assertFalse(Files.exists(MapFiles.backupOf(file)));
    }

    @Test
    void aFileChangedByAnotherProgramIsNotOverwrittenWithoutAsking() throws IOException {
        Path file = saved(dir);
        MapSession session = MapSession.open(file);
        assertFalse(session.isChangedOnDisk());
        String theirs = Files.readString(file).replace("title=\"", "title=\"Pulled: ");
        Files.writeString(file, theirs);
        assertTrue(session.isChangedOnDisk());
        edit(session, "Mine");
        FileChangedException e = assertThrows(FileChangedException.class, session::save);
        assertFalse(e.isDeleted());
        assertTrue(e.getMessage().contains("changed by another program"), e.getMessage());
        assertEquals(theirs, Files.readString(file), "their version is untouched");
        session.saveOverwriting();
        assertEquals("Mine", label(file));
        assertFalse(session.isChangedOnDisk());
        edit(session, "Mine again");
        session.save();
    }

    @Test
    void aFileChangedBeforeAnythingAskedForItsStampIsStillSeenChanged() throws IOException {
        // The stamp's digest is taken when first asked for, of the bytes read, not of the file then.
        Path file = saved(dir);
        byte[] read = Files.readAllBytes(file);
        MapSession session = MapSession.open(file);
        Files.writeString(file, Files.readString(file).replace("title=\"", "title=\"Pulled: "));
        assertEquals(FileStamp.of(read), session.getStamp());
        assertTrue(session.isChangedOnDisk());
        edit(session, "Mine");
        assertThrows(FileChangedException.class, session::save);
    }

    @Test
    void aFileTouchedButNotChangedSavesAsUsual() throws IOException {
        Path file = saved(dir);
        MapSession session = MapSession.open(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertFalse(session.isChangedOnDisk());
        edit(session, "Mine");
        session.save();
    }

    @Test
    void aDeletedFileIsReportedAndCanBeWrittenBack() throws IOException {
        Path file = saved(dir);
        MapSession session = MapSession.open(file);
        Files.delete(file);
        assertTrue(session.isChangedOnDisk());
        FileChangedException e = assertThrows(FileChangedException.class, session::save);
        assertTrue(e.isDeleted(), e.getMessage());
        assertFalse(Files.exists(file), "nothing written before the user chose");
        session.saveOverwriting();
        assertEquals("map", MapSession.open(file).getMap().getId());
    }

    private static String label(Path file) throws IOException {
        return ((org.disputatio.model.Statement) MapSession.open(file).getResource().getEObject("nye-reason")).getLabel();
    }

    private static void assertNoTemporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a temporary file was left");
        }
    }

    @Test
    void aBigFileWrittenInPiecesIsForcedAheadAndArrivesWhole() throws IOException {
        Path file = dir.resolve("big.svg");
        byte[] piece = new byte[1 << 16];
        byte[] expected = new byte[80 * piece.length];
        int[] started = new int[1];
        MapFiles.writeAtomically(file, out -> {
            for (int i = 0; i < 80; i++) {
                java.util.Arrays.fill(piece, (byte) i);
                out.write(piece);
                System.arraycopy(piece, 0, expected, i * piece.length, piece.length);
            }
            started[0] = ((MapFiles.ForcedAhead) out).started();
        });
        assertTrue(started[0] >= 1, "5 MB written in 64 KB pieces: what was written is forced while the rest is made");
        assertArrayEquals(expected, Files.readAllBytes(file));

        MapFiles.writeAtomically(file, out -> {
            out.write(expected);
            started[0] = ((MapFiles.ForcedAhead) out).started();
        });
        assertEquals(0, started[0], "written in one piece: forced once, at the end");
        assertArrayEquals(expected, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.List.of(file), files.toList(), "no temporary file is left");
        }
    }
}
