// SPDX-License-Identifier: EPL-2.0
package org.disputatio.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapFiles;

/**
 * Hostile and broken files for any map reader. A reader passes when every file gives either a
 * map or one {@link MapFileException} whose message names the file (with line and column where
 * the trouble has a place), is one line and no stack trace; when it never hangs, never runs out
 * of memory, and writes nothing. The harness knows nothing of formats: a {@link Dialect} spells
 * the cases, and a reader is anything that turns a file (or its bytes) into a map.
 */
public final class HostileInputs {

    /** Reads the file the way the application opens it. */
    public interface FileReader {
        Object read(Path file) throws MapFileException;
    }

    /** Reads bytes as if they were a file's, for the quick mutation loop. */
    public interface BytesReader {
        Object read(byte[] bytes) throws MapFileException;
    }

    public enum Expect {
        /** Must be refused with a line and column. */
        REFUSED_AT_POSITION,
        /** Must be refused; the message has a position when the format has one for it. */
        REFUSED,
        /** Must be read. */
        READ,
        /** May be read or refused. */
        EITHER
    }

    /** What one case gave: the message the user would see, or null when the map was read. */
    public record Outcome(String caseName, Expect expected, String message, String failure) {
        @Override
        public String toString() {
            return caseName + " -> " + (failure != null ? "FAILED: " + failure : message == null ? "read" : message);
        }
    }

    private static final long TIMEOUT_SECONDS = 30;

    private HostileInputs() {
    }

    /**
     * Runs every case of the dialect through the reader, each in its own folder under
     * {@code work}, and returns what each gave; a case failed when its {@link Outcome#failure()}
     * is set.
     */
    public static List<Outcome> check(FileReader reader, Dialect dialect, Path work) throws IOException, InterruptedException {
        List<Outcome> outcomes = new ArrayList<>();
        String ext = dialect.extension();
        String valid = dialect.valid();
        byte[] validBytes = valid.getBytes(StandardCharsets.UTF_8);
        int n = 0;
        outcomes.add(run(reader, work.resolve("c" + n++), "a valid file", Expect.READ, ext, f -> write(f, validBytes)));
        outcomes.add(run(reader, work.resolve("c" + n++), "an empty file", Expect.REFUSED, ext, f -> write(f, new byte[0])));
        outcomes.add(run(reader, work.resolve("c" + n++), "a byte-order mark before a valid file", Expect.READ, ext,
                f -> write(f, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, validBytes))));
        outcomes.add(run(reader, work.resolve("c" + n++), "invalid UTF-8 in a text", Expect.REFUSED_AT_POSITION, ext,
                f -> write(f, invalidUtf8(validBytes))));
        outcomes.add(run(reader, work.resolve("c" + n++), "the first half of a valid file", Expect.REFUSED, ext,
                f -> write(f, java.util.Arrays.copyOf(validBytes, validBytes.length / 2))));
        outcomes.add(run(reader, work.resolve("c" + n++), "binary data (a PNG header and noise)", Expect.REFUSED, ext, f -> {
            byte[] noise = new byte[4096];
            new Random(16).nextBytes(noise);
            write(f, concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, noise));
        }));
        outcomes.add(run(reader, work.resolve("c" + n++), "well-formed, but not a map", Expect.REFUSED, ext, f -> write(f, dialect.notAMap())));
        outcomes.add(run(reader, work.resolve("c" + n++), "nesting 100,000 levels deep", Expect.EITHER, ext,
                f -> write(f, dialect.deepNesting(100_000))));
        int huge = (int) (MapFiles.LARGEST_MAP / 2);
        outcomes.add(run(reader, work.resolve("c" + n++), "a text of " + huge / (1 << 20) + " M characters",
                dialect.readsHugeText() ? Expect.READ : Expect.EITHER, ext, f -> write(f, dialect.hugeText(huge))));
        outcomes.add(run(reader, work.resolve("c" + n++), "a file larger than " + (MapFiles.LARGEST_MAP >> 20) + " MB", Expect.REFUSED, ext,
                f -> write(f, dialect.hugeText((int) MapFiles.LARGEST_MAP + 1024))));
        outcomes.add(optional(reader, work.resolve("c" + n++), "a future format version", ext, dialect.futureVersion()));
        outcomes.add(optional(reader, work.resolve("c" + n++), "an identifier used twice", ext, dialect.duplicateIdentifier()));
        outcomes.add(optional(reader, work.resolve("c" + n++), "a reference to a missing identifier", ext, dialect.missingIdentifier()));
        // The other file is a FIFO: a reader that tried to open it would block, and the case time out.
        outcomes.add(run(reader, work.resolve("c" + n++), "a reference to another file", Expect.REFUSED, ext,
                f -> writeWithTrap(f, dialect.referenceToAnotherFile(trap(f).toString()))));
        outcomes.add(run(reader, work.resolve("c" + n++), "entity declarations", Expect.REFUSED, ext,
                f -> writeWithTrap(f, dialect.entityDeclarations(trap(f).toString()))));
        outcomes.add(run(reader, work.resolve("c" + n++), "a folder", Expect.REFUSED, ext, Files::createDirectory));
        outcomes.add(run(reader, work.resolve("c" + n++), "a FIFO", Expect.REFUSED, ext, HostileInputs::mkfifo));
        return outcomes.stream().filter(o -> o != null).toList();
    }

    /** The failures among the outcomes, one a line; empty when the reader passed. */
    public static String failures(List<Outcome> outcomes) {
        return String.join("\n", outcomes.stream().filter(o -> o.failure() != null).map(Outcome::toString).toList());
    }

    private interface Maker {
        void make(Path file) throws IOException, InterruptedException;
    }

    private static Outcome optional(FileReader reader, Path folder, String name, String ext, String content)
            throws IOException, InterruptedException {
        if (content == null) {
            return new Outcome(name, Expect.EITHER, "(the format cannot express this case)", null);
        }
        return run(reader, folder, name, Expect.REFUSED, ext, f -> write(f, content));
    }

    private static Path trap(Path file) {
        return file.resolveSibling("other" + file.getFileName().toString().replaceFirst("^map", ""));
    }

    private static void writeWithTrap(Path file, String content) throws IOException, InterruptedException {
        if (content == null) {
            throw new UnsupportedOperationException();
        }
        mkfifo(trap(file));
        write(file, content);
    }

    private static Outcome run(FileReader reader, Path folder, String name, Expect expected, String ext, Maker maker)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path file = folder.resolve("map" + ext);
        try {
            maker.make(file);
        } catch (UnsupportedOperationException e) {
            return new Outcome(name, Expect.EITHER, "(the format cannot express this case)", null);
        }
        Map<String, String> before = snapshot(folder);
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile input: " + name);
            t.setDaemon(true);
            return t;
        });
        String message = null;
        String failure = null;
        try {
            Future<Object> reading = thread.submit(() -> reader.read(file));
            reading.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (expected == Expect.REFUSED || expected == Expect.REFUSED_AT_POSITION) {
                failure = "was read, but must be refused";
            }
        } catch (TimeoutException e) {
            failure = "no answer after " + TIMEOUT_SECONDS + " s (a hang)";
            unblock(folder);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MapFileException m) {
                message = m.getMessage();
                failure = judge(m, file, expected);
            } else {
                failure = "threw " + cause;
            }
        } finally {
            thread.shutdownNow();
        }
        if (failure == null && !before.equals(snapshot(folder))) {
            failure = "the reader wrote into the folder: " + before.keySet() + " became " + snapshot(folder).keySet();
        }
        return new Outcome(name, expected, message, failure);
    }

    private static String judge(MapFileException m, Path file, Expect expected) {
        String text = m.getMessage();
        if (expected == Expect.READ) {
            return "was refused, but must be read: " + text;
        }
        if (!text.startsWith(file.toString())) {
            return "the message does not start with the file: " + text;
        }
        if (text.contains("\n") || text.contains("Exception") || text.contains("\tat ")) {
            return "the message is not one plain line: " + text;
        }
        if (m.getProblem() == null || m.getProblem().isBlank()) {
            return "no problem stated";
        }
        if (expected == Expect.REFUSED_AT_POSITION && m.getLine() <= 0) {
            return "no line and column: " + text;
        }
        return null;
    }

    /** Opening a FIFO's writing end lets a reader blocked on it see the end of the file. */
    private static void unblock(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                if (Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p)) {
                    try (OutputStream out = Files.newOutputStream(p)) {
                        out.flush();
                    }
                }
            }
        }
    }

    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.toList()) {
                var attributes = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                state.put(folder.relativize(p).toString(), attributes.size() + "@" + attributes.lastModifiedTime());
            }
        }
        return state;
    }

    private static void write(Path file, String text) throws IOException {
        if (text == null) {
            throw new UnsupportedOperationException();
        }
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }

    private static void mkfifo(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
        if (p.waitFor() != 0) {
            throw new IOException("mkfifo failed for " + file);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** The valid file with an invalid UTF-8 sequence in the middle of its last line but one. */
    private static byte[] invalidUtf8(byte[] valid) {
        String text = new String(valid, StandardCharsets.UTF_8);
        int lastBreak = text.lastIndexOf('\n', text.length() - 2);
        int at = text.lastIndexOf('\n', lastBreak - 1) + 4;
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
        return concat(concat(head, new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF }), tail);
    }

    /** What a mutation loop saw: how many mutants were read and how many refused. */
    public record Tally(int read, int refused) {
    }

    /**
     * Feeds {@code count} mutants of the seeds (seeded, so a failure repeats) to the reader:
     * each must give a map or a {@link MapFileException} with a problem stated.
     *
     * @throws AssertionError naming the mutant (seed, number, mutation) on any other outcome
     */
    public static Tally mutate(BytesReader reader, List<byte[]> seeds, int count, long seed) {
        Random random = new Random(seed);
        int read = 0;
        int refused = 0;
        for (int n = 0; n < count; n++) {
            byte[] original = seeds.get(random.nextInt(seeds.size()));
            int kind = random.nextInt(MUTATIONS);
            byte[] mutant = mutant(original, kind, random);
            try {
                reader.read(mutant);
                read++;
            } catch (MapFileException e) {
                refused++;
                if (e.getProblem() == null || e.getProblem().isBlank() || e.getLine() < 0 || e.getMessage().contains("\n")) {
                    throw new AssertionError("mutant " + n + " (seed " + seed + ", mutation " + kind + "): unclear message '" + e.getMessage() + "'");
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError("mutant " + n + " (seed " + seed + ", mutation " + kind + ") threw " + e, e);
            }
        }
        return new Tally(read, refused);
    }

    private static final int MUTATIONS = 9;
    private static final byte[] SPECIAL = "<>&\"'{}[]:#=/\\\n\t\0+-@".getBytes(StandardCharsets.ISO_8859_1);

    private static byte[] mutant(byte[] original, int kind, Random random) {
        byte[] b = original.clone();
        int length = b.length;
        int at = length == 0 ? 0 : random.nextInt(length);
        switch (kind) {
            case 0 -> b = java.util.Arrays.copyOf(b, at);
            case 1 -> {
                for (int k = 0; k < 1 + random.nextInt(8) && length > 0; k++) {
                    b[random.nextInt(length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 2 -> {
                int end = Math.min(length, at + 1 + random.nextInt(200));
                b = concat(java.util.Arrays.copyOf(b, at), java.util.Arrays.copyOfRange(b, end, length));
            }
            case 3 -> {
                int end = Math.min(length, at + 1 + random.nextInt(400));
                byte[] piece = java.util.Arrays.copyOfRange(b, at, end);
                b = concat(concat(java.util.Arrays.copyOf(b, end), piece), java.util.Arrays.copyOfRange(b, end, length));
            }
            case 4 -> {
                byte[] inserted = new byte[1 + random.nextInt(4)];
                for (int k = 0; k < inserted.length; k++) {
                    inserted[k] = SPECIAL[random.nextInt(SPECIAL.length)];
                }
                b = concat(concat(java.util.Arrays.copyOf(b, at), inserted), java.util.Arrays.copyOfRange(b, at, length));
            }
            case 5 -> {
                byte[][] bad = { { (byte) 0xC3, 0x28 }, { (byte) 0xFF }, { (byte) 0xE2, (byte) 0x82 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 } };
                b = concat(concat(java.util.Arrays.copyOf(b, at), bad[random.nextInt(bad.length)]), java.util.Arrays.copyOfRange(b, at, length));
            }
            case 6 -> {
                List<String> lines = new ArrayList<>(new String(b, StandardCharsets.UTF_8).lines().toList());
                if (lines.size() > 1) {
                    Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
                }
                b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> {
                // A quoted value or a line replaced by a long run of one character.
                byte[] run = new byte[200 + random.nextInt(4000)];
                java.util.Arrays.fill(run, (byte) "x<{[ \"".charAt(random.nextInt(6)));
                b = concat(concat(java.util.Arrays.copyOf(b, at), run), java.util.Arrays.copyOfRange(b, at, length));
            }
            default -> {
                int other = length == 0 ? 0 : random.nextInt(length);
                int lo = Math.min(at, other);
                int hi = Math.max(at, other);
                byte[] middle = java.util.Arrays.copyOfRange(b, lo, hi);
                byte[] reversedHalves = concat(java.util.Arrays.copyOfRange(middle, middle.length / 2, middle.length),
                        java.util.Arrays.copyOf(middle, middle.length / 2));
                b = concat(concat(java.util.Arrays.copyOf(b, lo), reversedHalves), java.util.Arrays.copyOfRange(b, hi, length));
            }
        }
        return b;
    }
}
