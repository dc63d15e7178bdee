// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * ASCII files are decoded by the JDK's own {@code String} decoding, the rest by a reporting
     * decoder: random bytes, valid UTF-8 or not, give the text a strict decoder gives, or the
     * refusal at the first byte it refuses.
     */
    @Test
    void decodingIsWhatAStrictDecoderGives() throws Exception {
        Random random = new Random(13);
        byte[] pool = "ab\n é中😀".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Path file = java.nio.file.Path.of("random.argdown");
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                // Mostly bytes of valid characters; now and then any byte (a lone 0x80, 0xFF, a cut sequence).
                bytes[i] = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : pool[random.nextInt(pool.length)];
            }
            String expected;
            try {
                expected = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                expected = null;
            }
            String decoded;
            try {
                decoded = ImportedMap.decode(file, bytes);
            } catch (org.disputatio.core.MapFileException e) {
                decoded = null;
                assertTrue(e.getMessage().contains("not UTF-8 text"), e.getMessage());
            }
            assertEquals(expected, decoded, "bytes " + Arrays.toString(bytes));
        }
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
