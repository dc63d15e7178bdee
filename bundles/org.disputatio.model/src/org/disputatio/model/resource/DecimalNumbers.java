// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.resource;

/**
 * Reading the plain decimals a diagram's places and sizes are saved as ({@code 539678.4444444445},
 * {@code -30.0}) faster than {@link Double#valueOf(String)}, with the same result: when the digits
 * make an integer of at most 2^53 and there are at most 22 of them after the point, both that
 * integer and the power of ten are exact doubles, so one IEEE division gives the correctly
 * rounded value (Clinger's fast path, which {@code Double.valueOf} also takes, after more
 * general work). Larger integers of up to 18 digits (a tenth of a laid-out map's numbers have 16 or 17) take the
 * Eisel-Lemire way: the digits times a 128-bit power of five give the double's bits, and the rare
 * product too close to a halfway point to decide is left to {@code Double.valueOf}, which takes a
 * big-integer way for them all. Anything else (an exponent, more digits, spaces, NaN) is left to
 * {@code Double.valueOf}.
 */
public final class DecimalNumbers {

    private static final double[] POWERS_OF_TEN = new double[23];
    private static final long LARGEST_EXACT = 1L << 53;
    /** Digits read at most: 18 make an integer below 10^18, which a long holds. */
    private static final int MOST_DIGITS = 18;
    /**
     * 5^-k for k = 0 to 22, as 128 bits scaled so that the top one is set, rounded up (as
     * fast_float's tables are): {@code POWERS_OF_FIVE_HIGH[k]} the upper 64 bits,
     * {@code POWERS_OF_FIVE_LOW[k]} the lower.
     */
    private static final long[] POWERS_OF_FIVE_HIGH = new long[POWERS_OF_TEN.length];
    private static final long[] POWERS_OF_FIVE_LOW = new long[POWERS_OF_TEN.length];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
        java.math.BigInteger two128 = java.math.BigInteger.ONE.shiftLeft(128);
        for (int k = 0; k < POWERS_OF_TEN.length; k++) {
            java.math.BigInteger scaled;
            if (k == 0) {
                scaled = java.math.BigInteger.ONE.shiftLeft(127);
            } else {
                java.math.BigInteger five = java.math.BigInteger.valueOf(5).pow(k);
                // 2^(z-1) < 5^k < 2^z, so 2^(z+127) / 5^k lies between 2^127 and 2^128.
                int z = five.bitLength();
                scaled = java.math.BigInteger.ONE.shiftLeft(z + 127).divide(five).add(java.math.BigInteger.ONE);
                while (scaled.compareTo(two128) >= 0) {
                    scaled = scaled.shiftRight(1);
                }
            }
            POWERS_OF_FIVE_HIGH[k] = scaled.shiftRight(64).longValue();
            POWERS_OF_FIVE_LOW[k] = scaled.longValue();
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
        int significant = 0;
        int afterPoint = -1;
        boolean anyDigit = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                digits = digits * 10 + (c - '0');
                if (digits != 0 && ++significant > MOST_DIGITS) {
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
        return boxed(anyDigit ? value(negative, digits, afterPoint) : Double.NaN);
    }

    private static Double boxed(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** The same for the ASCII bytes {@code from} to {@code to} of a file, read where they are. */
    public static Double plainDecimal(byte[] text, int from, int to) {
        return boxed(plainDecimalOrNaN(text, from, to));
    }

    /**
     * The same, unboxed: NaN when the bytes are not such a plain decimal (a plain decimal is
     * never NaN). No string or {@code Double} is made.
     */
    public static double plainDecimalOrNaN(byte[] text, int from, int to) {
        int i = from;
        boolean negative = to > from && text[from] == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int significant = 0;
        int afterPoint = -1;
        boolean anyDigit = false;
        for (; i < to; i++) {
            int c = text[i];
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                digits = digits * 10 + (c - '0');
                if (digits != 0 && ++significant > MOST_DIGITS) {
                    return Double.NaN;
                }
                if (afterPoint >= 0) {
                    afterPoint++;
                }
            } else if (c == '.' && afterPoint < 0) {
                afterPoint = 0;
            } else {
                return Double.NaN;
            }
        }
        return anyDigit ? value(negative, digits, afterPoint) : Double.NaN;
    }

    /** The digits read, with {@code afterPoint} of them after the point (-1: no point); NaN when not exact this way. */
    private static double value(boolean negative, long digits, int afterPoint) {
        if (afterPoint >= POWERS_OF_TEN.length) {
            return Double.NaN;
        }
        int exponent = Math.max(afterPoint, 0);
        double value;
        if (digits <= LARGEST_EXACT) {
            value = exponent > 0 ? digits / POWERS_OF_TEN[exponent] : digits;
        } else {
            value = eiselLemire(digits, exponent);
            if (Double.isNaN(value)) {
                return Double.NaN;
            }
        }
        return negative ? -value : value;
    }

    /**
     * {@code digits / 10^exponent} correctly rounded, for digits above 2^53 and below 2^63;
     * NaN when the 128-bit product cannot tell which way to round (Lemire, "Number Parsing at a
     * Gigabyte per Second", 2021, as fast_float does it; {@code DecimalNumbersTest} holds it to
     * {@code Double.valueOf}).
     */
    private static double eiselLemire(long digits, int exponent) {
        int leadingZeros = Long.numberOfLeadingZeros(digits);
        long w = digits << leadingZeros;
        long high = Math.unsignedMultiplyHigh(w, POWERS_OF_FIVE_HIGH[exponent]);
        long low = w * POWERS_OF_FIVE_HIGH[exponent];
        // The 9 bits below the 55 kept are all ones: the lower half of the power may carry into them.
        if ((high & 0x1FF) == 0x1FF) {
            long second = Math.unsignedMultiplyHigh(w, POWERS_OF_FIVE_LOW[exponent]);
            long sum = low + second;
            if (Long.compareUnsigned(second, sum) > 0) {
                high++;
            }
            low = sum;
            if (low == -1L && (high & 0x1FF) == 0x1FF) {
                return Double.NaN;
            }
        }
        int upperBit = (int) (high >>> 63);
        int shift = upperBit + 9;
        long mantissa = high >>> shift;
        // floor(log2(10^-exponent)) + 63, then the bias.
        int power2 = (int) (((152170L + 65536L) * -exponent) >> 16) + 63 + upperBit - leadingZeros + 1023;
        // Exactly halfway between two doubles, or so near that the truncated power cannot tell.
        if (Long.compareUnsigned(low, 1) <= 0 && (mantissa << shift) == high) {
            return Double.NaN;
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if (mantissa >= (2L << 52)) {
            mantissa = 1L << 52;
            power2++;
        }
        mantissa &= ~(1L << 52);
        if (power2 <= 0 || power2 >= 0x7FF) {
            return Double.NaN;
        }
        return Double.longBitsToDouble(mantissa | ((long) power2 << 52));
    }
}
