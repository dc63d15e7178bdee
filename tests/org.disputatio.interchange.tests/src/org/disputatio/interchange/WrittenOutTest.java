// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Slugs, squeezed white space and lines are read without regular expressions now: each gives
 * what the regular expressions it replaced gave (kept here as the oracle), on random text.
 */
class WrittenOutTest {

    private static final char[] ALPHABET = { 'a', 'Z', '0', '9', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '-', '_',
            '.', 'é', 'É', 'ß', 'İ', '\u0301', '\u00A0', '\u2003', 'ǅ', 'Ω', '中', '\uD83D', '\uDE00', 'ﬁ', 'K' };

    private static String random(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(length); i > 0; i--) {
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    @Test
    void aSlugIsWhatTheRegularExpressionsGave() {
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            String name = random(random, 60);
            String expected = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            assertEquals(expected, Identifiers.slug(name), () -> "slug of '" + name + "'");
        }
    }

    @Test
    void identifiersAreCutAtFortyAsBefore() {
        Identifiers ids = new Identifiers();
        assertEquals("s-" + "a".repeat(39), ids.make("s", "a".repeat(39) + " b"));
        assertEquals("s-" + "a".repeat(40), ids.make("s", "a".repeat(40) + " b"));
        assertEquals("s-" + "a".repeat(40) + "-2", ids.make("s", "a".repeat(40) + " c"));
        assertEquals("s", ids.make("s", " -- "));
        assertEquals("s-2", ids.make("s", null));
    }

    @Test
    void squeezedIsWhatTheRegularExpressionGave() {
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            String text = random(random, 30);
            assertEquals(text.strip().replaceAll("\\s+", " "), Spaces.squeezed(text), () -> "squeezed '" + text + "'");
        }
    }

    @Test
    void linesAreWhatTheRegularExpressionSplitGave() {
        Random random = new Random(13);
        for (int n = 0; n < 50_000; n++) {
            String text = random(random, 30);
            assertEquals(Arrays.asList(text.split("\r\n|\r|\n", -1)), Spaces.lines(text), () -> "lines of '" + text + "'");
        }
    }
}
