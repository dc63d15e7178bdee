// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.disputatio.core.MapFileException;
import org.junit.jupiter.api.Test;

/**
 * Thousands of broken inputs per reader (truncated, bytes flipped, lines shuffled, deep
 * nesting, huge lines, invalid UTF-8): each gives a map or the reader's own exception with a
 * position, never another exception, never a hang. Seeded, so a failure repeats.
 */
class MutatedInputsTest {

    interface Reader {
        void read(byte[] bytes) throws MapFileException;
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        switch (random.nextInt(7)) {
            case 0 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
            case 1 -> {
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    if (b.length > 0) {
                        b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
            }
            case 2 -> {
                List<String> lines = new ArrayList<>(new String(b, StandardCharsets.UTF_8).lines().toList());
                Collections.shuffle(lines, random);
                b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> {
                String open = random.nextBoolean() ? "{" : "[";
                b = (new String(b, StandardCharsets.UTF_8) + open.repeat(2000 + random.nextInt(20000))).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> {
                StringBuilder deep = new StringBuilder("A\n");
                for (int k = 1; k < 50 + random.nextInt(350); k++) {
                    deep.append(" ".repeat(k)).append(random.nextBoolean() ? "+ " : "- ").append("S").append(k).append('\n');
                }
                b = deep.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 5 -> {
                String huge = "x ".repeat(10_000 + random.nextInt(20_000));
                b = (new String(b, StandardCharsets.UTF_8) + "\n[H]: " + huge + "\n").getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                int at = b.length == 0 ? 0 : random.nextInt(b.length);
                byte[] bad = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xE2, (byte) 0x82 };
                byte[] c = new byte[b.length + 2];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(bad, random.nextInt(3), c, at, 2);
                System.arraycopy(b, at, c, at + 2, b.length - at);
                b = c;
            }
        }
        return b;
    }

    private static int run(List<byte[]> seeds, int count, Reader reader) {
        Random random = new Random(14);
        int failures = 0;
        for (int n = 0; n < count; n++) {
            byte[] input = mutate(seeds.get(n % seeds.size()), random);
            try {
                reader.read(input);
            } catch (MapFileException e) {
                failures++;
                assertTrue(e.getMessage() != null && !e.getProblem().isBlank(), "a message");
            }
        }
        return failures;
    }

    @Test
    void argdownReaderOnlyEverReportsProblems() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        for (Path f : TestFiles.files(TestFiles.fixtures().resolve("argdown"), ".argdown")) {
            seeds.add(Files.readAllBytes(f));
        }
        seeds.add(ArgdownFormat.write(TestFiles.example(TestFiles.root().resolve("examples/dw-2018.argmap"))).getBytes(StandardCharsets.UTF_8));
        int failures = assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> run(seeds, 3000, bytes -> ArgdownFormat.read(Path.of("m.argdown"), bytes)));
        assertTrue(failures > 100, "broken inputs were reported: " + failures);
    }

    @Test
    void aifReaderOnlyEverReportsProblems() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        for (Path f : TestFiles.files(TestFiles.fixtures().resolve("aif"), ".json")) {
            seeds.add(Files.readAllBytes(f));
        }
        int failures = assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> run(seeds, 3000, bytes -> AifFormat.read(Path.of("m.json"), bytes)));
        assertTrue(failures > 100, "broken inputs were reported: " + failures);
    }
}
