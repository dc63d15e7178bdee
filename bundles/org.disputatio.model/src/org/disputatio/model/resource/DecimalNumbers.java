// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.resource;

/**
 * Reading the plain decimals a diagram's places and sizes are saved as ({@code 539678.4444444445},
 * {@code -30.0}) faster than {@link Double#valueOf(String)}, with the same result: when the digits
 * make an integer of at most 2^53 and there are at most 22 of them after the point, both that
 * integer and the power of ten are exact doubles, so one IEEE division gives the correctly
 * rounded value (Clinger's fast path, which {@code Double.valueOf} also takes, after more
 * general work). Anything else (an exponent, more digits, spaces, NaN) is left to
 * {@code Double.valueOf}.
 */
public final class DecimalNumbers {

    private static final double[] POWERS_OF_TEN = new double[23];
    private static final long LARGEST_EXACT = 1L << 53;

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private DecimalNumbers() {
    }

    /** The value {@code Double.valueOf(text)} gives, or null when the text is not such a plain decimal. */
    public static Double plainDecimal(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = length > 0 && text.charAt(0) == '-';
        if (negative) {
            i = 1;
        }
        long digits = 0;
        int afterPoint = -1;
        boolean anyDigit = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                digits = digits * 10 + (c - '0');
                if (digits > LARGEST_EXACT) {
                    return null;
                }
                if (afterPoint >= 0) {
                    afterPoint++;
                }
            } else if (c == '.' && afterPoint < 0) {
                afterPoint = 0;
            } else {
                return null;
            }
        }
        if (!anyDigit || afterPoint >= POWERS_OF_TEN.length) {
            return null;
        }
        double value = afterPoint > 0 ? digits / POWERS_OF_TEN[afterPoint] : digits;
        return negative ? -value : value;
    }
}
