// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Recovery copies of maps with unsaved changes, so that a crash or a killed window loses
 * (almost) nothing. Each open map has a slot in the folder: {@code SLOT.argmap}, the map as it
 * would be saved, and {@code SLOT.recovery}, its index (the original file, when the copy was
 * written, how many changes it holds, and what the original file held when last read or saved).
 * A copy is never written over the user's file; it lives until the map is saved or closed, or,
 * after a crash, until the user restores or discards it.
 * <p>
 * Headless: the workbench decides when to write (after a pause in editing) and where (its state
 * location).
 */
public final class RecoveryStore {

    private static final String COPY = ".argmap";
    private static final String INDEX = ".recovery";

    /** A recovered map: {@code file} is null for a map that was never saved. */
    public record Entry(String slot, Path file, Instant written, int changes, FileStamp stamp, Path copy) {

        /** The name to show: the file, or "Untitled map". */
        public String name() {
            return file == null ? "Untitled map" : file.toString();
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger STORES = new java.util.concurrent.atomic.AtomicInteger();

    private final Path folder;
    /** Tells this run's slots from those a crashed run left behind. */
    private final String run;
    private int nextSlot;

    public RecoveryStore(Path folder) {
        this.folder = folder;
        this.run = Long.toString(ProcessHandle.current().pid(), 36) + Long.toString(System.currentTimeMillis(), 36)
                + Integer.toString(STORES.incrementAndGet(), 36);
    }

    public Path getFolder() {
        return folder;
    }

    /** A new slot for a map open in this run; named by a hash of the file, so a slot says whose it is. */
    public synchronized String newSlot(Path file) {
        String name = file == null ? "untitled" : file.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8) + "-" + run + "-" + nextSlot++;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Writes the slot's copy, then its index, each by the one safe write: the index always names
     * a complete copy.
     *
     * @param file the map's file, null for a map never saved
     * @param stamp what the file held when last read or saved, null for none
     */
    public void write(String slot, Path file, byte[] content, int changes, FileStamp stamp) throws IOException {
        Files.createDirectories(folder);
        MapFiles.writeAtomically(folder.resolve(slot + COPY), content);
        Properties index = new Properties();
        if (file != null) {
            index.setProperty("file", file.toAbsolutePath().normalize().toString());
        }
        index.setProperty("written", Instant.now().toString());
        index.setProperty("changes", Integer.toString(changes));
        if (stamp != null) {
            index.setProperty("size", Long.toString(stamp.size()));
            index.setProperty("sha256", HexFormat.of().formatHex(stamp.digest()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        index.store(out, "Disputatio recovery copy " + slot + COPY);
        MapFiles.writeAtomically(folder.resolve(slot + INDEX), out.toByteArray());
    }

    /** Removes the slot's copy and index; the index first, so no index names a missing copy. */
    public void remove(String slot) throws IOException {
        Files.deleteIfExists(folder.resolve(slot + INDEX));
        Files.deleteIfExists(folder.resolve(slot + COPY));
    }

    /**
     * The copies that earlier runs left behind (this run's own are not listed), oldest first. An
     * index that cannot be read, or whose copy is gone, is skipped: it recovers nothing.
     */
    public List<Entry> recovered() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path indexFile : files.filter(f -> f.getFileName().toString().endsWith(INDEX)).toList()) {
                String name = indexFile.getFileName().toString();
                String slot = name.substring(0, name.length() - INDEX.length());
                if (slot.contains("-" + run + "-")) {
                    continue;
                }
                Entry entry = read(slot, indexFile);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::written));
        return entries;
    }

    private Entry read(String slot, Path indexFile) {
        Path copy = folder.resolve(slot + COPY);
        if (!Files.isRegularFile(copy)) {
            return null;
        }
        Properties index = new Properties();
        try (InputStream in = Files.newInputStream(indexFile)) {
            index.load(in);
            String file = index.getProperty("file");
            String digest = index.getProperty("sha256");
            FileStamp stamp = digest == null ? null
                    : new FileStamp(Long.parseLong(index.getProperty("size")), HexFormat.of().parseHex(digest));
            return new Entry(slot, file == null ? null : Path.of(file), Instant.parse(index.getProperty("written")),
                    Integer.parseInt(index.getProperty("changes")), stamp, copy);
        } catch (IOException | RuntimeException e) {
            // Hand-edited or from another version: it cannot be offered, and is left where it is.
            return null;
        }
    }

    /**
     * The recovered map, saved to its original file (after that file's changed-on-disk check),
     * with unsaved changes. The copy stays until the caller discards it.
     */
    public MapSession restore(Entry entry) throws MapFileException {
        Path target = entry.file() != null ? entry.file() : Path.of("untitled.argmap");
        return MapSession.recover(entry.copy(), target, entry.stamp());
    }

    public void discard(Entry entry) throws IOException {
        remove(entry.slot());
    }
}
