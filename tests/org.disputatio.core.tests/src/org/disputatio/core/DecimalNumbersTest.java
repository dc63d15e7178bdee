// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.disputatio.model.resource.DecimalNumbers;
import org.junit.jupiter.api.Test;

/** The map loader's reading of plain decimals, from strings and from bytes, gives exactly the doubles {@code Double.valueOf} gives. */
class DecimalNumbersTest {

    private static void assertAsDoubleValueOf(String text) {
        Double fast = DecimalNumbers.plainDecimal(text);
        if (fast != null) {
            assertEquals(Double.doubleToRawLongBits(Double.valueOf(text)), Double.doubleToRawLongBits(fast), text);
        }
        // The same from the bytes of a file, where they are: between other bytes.
        byte[] bytes = ("x=\"" + text + "\"").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Double fromBytes = DecimalNumbers.plainDecimal(bytes, 3, bytes.length - 1);
        assertEquals(fast, fromBytes, text + ": from bytes");
    }

    @Test
    void whatDiagramsAreSavedAsReadsToTheSameDoubles() {
        Random random = new Random(12);
        int read = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double value = switch (i % 5) {
            case 0 -> (random.nextDouble() - 0.5) * 2e6;
            case 1 -> random.nextInt(100_000) / 10.0;
            case 2 -> random.nextInt(1_000_000) / 60.0;
            case 3 -> Double.longBitsToDouble(random.nextLong());
            default -> random.nextGaussian() * 1e-2;
            };
            String text = Double.toString(value);
            assertAsDoubleValueOf(text);
            if (i % 5 == 1 && DecimalNumbers.plainDecimal(text) != null) {
                read++;
            }
        }
        // Places to a tenth, as a layout leaves many, all take the short way (in a laid-out
        // 10,000-statement map 95% of the numbers do); the rest is left to Double.valueOf.
        assertEquals(200_000, read, "places to a tenth read the short way");
    }

    @Test
    void anyStringOfDigitsAndAPointReadsToTheSameDouble() {
        Random random = new Random(7);
        for (int i = 0; i < 300_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            int length = 1 + random.nextInt(24);
            int point = random.nextInt(length + 1);
            for (int d = 0; d < length; d++) {
                if (d == point) {
                    text.append('.');
                }
                text.append((char) ('0' + random.nextInt(10)));
            }
            assertAsDoubleValueOf(text.toString());
        }
    }

    @Test
    void sixteenToEighteenDigitsReadToTheSameDoubleMostlyTheShortWay() {
        Random random = new Random(17);
        int read = 0;
        int tried = 1_000_000;
        for (int i = 0; i < tried; i++) {
            // Above 2^53, as a laid-out map's 17-digit places (539678.4444444445) are.
            String digits = Long.toString(random.nextLong(1L << 53, 999_999_999_999_999_999L));
            int point = random.nextInt(digits.length() + 1);
            String text = (i % 2 == 0 ? "" : "-") + digits.substring(0, digits.length() - point) + "." + digits.substring(digits.length() - point);
            assertAsDoubleValueOf(text);
            if (DecimalNumbers.plainDecimal(text) != null) {
                read++;
            }
        }
        // Only a product too near a halfway point to decide is left to Double.valueOf.
        assertTrue(read > tried * 99L / 100, read + " of " + tried + " read the short way");
    }

    @Test
    void theEdgesReadAsDoubleValueOfReadsThemOrAreLeftToIt() {
        for (String text : List.of("0", "-0", "0.0", "-0.0", ".5", "5.", "-.5", "9007199254740992", "9007199254740993",
                "0.0000000000000000000001", "0.00000000000000000000001", "539678.4444444445", "255.59999999999854",
                "9007199254740992.5", "18014398509481985", "999999999999999999", "0.123456789012345678", "9999999999999999.5",
                "4503599627370497.5", "0000000000000000000001.5", "1.0000000000000001")) {
            assertAsDoubleValueOf(text);
        }
        for (String text : List.of("", "-", ".", "-.", "1e5", "1.0E-5", "NaN", "Infinity", " 1.0", "1.0 ", "+1", "1.0d", "1..0", "0x10",
                "12345678901234567890", "1234567890123456789.0")) {
            assertNull(DecimalNumbers.plainDecimal(text), "left to Double.valueOf: '" + text + "'");
        }
    }
}
