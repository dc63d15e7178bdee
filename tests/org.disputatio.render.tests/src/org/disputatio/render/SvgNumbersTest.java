// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The SVG writer's hand-written number and colour forms are the ones {@code String.format} gave. */
class SvgNumbersTest {

    private static String formatted(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    @Test
    void numbersAsFormatWroteThem() {
        double[] awkward = { 0, -0.0, 0.004, -0.004, 0.005, -0.005, 0.015, 1.005, 2.675, 0.125, -0.125, 10, 100.1, 99.995,
                -99.995, 1e-9, 123456.785, 9999999.994, 1e7, 3e9, -7e15, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE };
        for (double value : awkward) {
            assertEquals(formatted(value), SvgSurface.n(value), () -> "for " + value);
        }
        Random random = new Random(12);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> (random.nextDouble() - 0.5) * 600_000;
                case 1 -> Math.round((random.nextDouble() - 0.5) * 6_000_000) / 1000.0;
                case 2 -> Math.round((random.nextDouble() - 0.5) * 60_000) / 100.0 + 0.005;
                default -> (random.nextInt(2000) - 1000) / 8.0;
            };
            assertEquals(formatted(value), SvgSurface.n(value), () -> "for " + value);
        }
    }

    @Test
    void coloursAsFormatWroteThem() {
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            int rgb = i < 2 ? (i == 0 ? 0 : -1) : random.nextInt();
            assertEquals(String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF), SvgSurface.color(rgb));
        }
    }
}
