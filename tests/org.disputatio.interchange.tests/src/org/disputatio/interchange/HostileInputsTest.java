// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.disputatio.core.MapFiles;
import org.disputatio.testing.AifDialect;
import org.disputatio.testing.ArgdownDialect;
import org.disputatio.testing.Dialect;
import org.disputatio.testing.HostileInputs;
import org.disputatio.testing.XmiDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader against the hostile cases and 10,000 mutants each, through the one dispatch the
 * command line and the workbench use. The module's tests run in a 256 MB heap (build.properties).
 */
class HostileInputsTest {

    /** releng/fuzz.sh raises the count and changes the seed for a longer run. */
    private static final int MUTANTS = Integer.getInteger("disputatio.mutants", 10_000);
    private static final long SEED = Long.getLong("disputatio.fuzzSeed", 16);
    private static final Duration LIMIT = Duration.ofSeconds(60L * Math.max(1, MUTANTS / 10_000));

    @TempDir
    Path dir;

    private void passes(Dialect dialect) throws Exception {
        List<HostileInputs.Outcome> outcomes = HostileInputs.check(file -> MapFormats.read(file, null), dialect, dir);
        outcomes.forEach(o -> System.out.println(dialect.extension() + ": " + o));
        assertEquals("", HostileInputs.failures(outcomes));
        assertTrue(outcomes.size() >= 17, "every case was run: " + outcomes.size());
    }

    @Test
    void theMapFileReaderPassesEveryCase() throws Exception {
        passes(new XmiDialect());
    }

    @Test
    void theArgdownReaderPassesEveryCase() throws Exception {
        passes(new ArgdownDialect());
    }

    @Test
    void theAifReaderPassesEveryCase() throws Exception {
        passes(new AifDialect());
    }

    private static List<byte[]> seeds(Dialect dialect, List<Path> files) throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(dialect.valid().getBytes(StandardCharsets.UTF_8));
        for (Path f : files) {
            seeds.add(Files.readAllBytes(f));
        }
        return seeds;
    }

    @Test
    void tenThousandMutatedMapFiles() throws Exception {
        // Most mutants of the small map, a thousand of the smallest example: each of those costs ~8 ms to parse.
        HostileInputs.BytesReader reader = bytes -> MapFiles.load(MapFiles.newResourceSet(), Path.of("mutant.argmap"), bytes);
        List<byte[]> small = seeds(new XmiDialect(), List.of());
        List<byte[]> example = List.of(Files.readAllBytes(TestFiles.root().resolve("examples/dw-2018.argmap")));
        // EMF goes on after a recoverable error and records each one: a broken map file costs more than a JSON one.
        HostileInputs.Tally tally = assertTimeoutPreemptively(LIMIT.multipliedBy(2), () -> {
            HostileInputs.Tally a = HostileInputs.mutate(reader, small, MUTANTS * 9 / 10, SEED);
            HostileInputs.Tally b = HostileInputs.mutate(reader, example, MUTANTS / 10, SEED + 1);
            return new HostileInputs.Tally(a.read() + b.read(), a.refused() + b.refused());
        });
        System.out.println("map files: " + tally);
        assertEquals(MUTANTS, tally.read() + tally.refused());
        assertTrue(tally.refused() > MUTANTS / 4 && tally.read() > 0, tally.toString());
    }

    @Test
    void tenThousandMutatedArgdownFiles() throws Exception {
        List<byte[]> seeds = seeds(new ArgdownDialect(), TestFiles.files(TestFiles.fixtures().resolve("argdown"), ".argdown"));
        HostileInputs.Tally tally = assertTimeoutPreemptively(LIMIT, () -> HostileInputs.mutate(
                bytes -> ArgdownFormat.read(Path.of("mutant.argdown"), bytes), seeds, MUTANTS, SEED));
        System.out.println("Argdown: " + tally);
        assertTrue(tally.refused() > 0 && tally.read() > 0, tally.toString());
    }

    @Test
    void tenThousandMutatedAifFiles() throws Exception {
        List<byte[]> seeds = seeds(new AifDialect(), TestFiles.files(TestFiles.fixtures().resolve("aif"), ".json"));
        HostileInputs.Tally tally = assertTimeoutPreemptively(LIMIT, () -> HostileInputs.mutate(
                bytes -> AifFormat.read(Path.of("mutant.json"), bytes), seeds, MUTANTS, SEED));
        System.out.println("AIF: " + tally);
        assertTrue(tally.refused() > MUTANTS / 4 && tally.read() > 0, tally.toString());
    }
}
