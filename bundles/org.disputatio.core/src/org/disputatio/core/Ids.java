// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * New element identifiers: a readable kind prefix and random hex, e.g. {@code claim-3f9a2c1e07b45d68}.
 * Random rather than sequential so that maps edited apart can be merged without clashes. Sixty-four
 * bits, because thirty-two repeated an identifier in about one laid-out 10,000-statement map in
 * forty (21,000 identifiers), and a map with an identifier used twice cannot be opened.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String next(String kind) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return kind + "-" + HexFormat.of().formatHex(bytes);
    }
}
