// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** New identifiers do not repeat, even in maps far bigger than the benchmark's. */
class IdsTest {

    @Test
    void halfAMillionIdentifiersAreAllDifferent() {
        // With 32 random bits, 500,000 identifiers repeat about 29 times; with 64, about once in
        // 140 million runs of this test.
        int count = 500_000;
        Set<String> seen = new HashSet<>(2 * count);
        for (int i = 0; i < count; i++) {
            seen.add(Ids.next("edge"));
        }
        assertEquals(count, seen.size(), "identifiers repeated");
    }

    @Test
    void anIdentifierIsItsKindAndHex() {
        assertTrue(Ids.next("claim").matches("claim-[0-9a-f]{16}"));
    }
}
