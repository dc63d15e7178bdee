// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

/**
 * Whether work may be handed to a second core: the one check for every part of a render that
 * splits its work (wrapping texts ahead, the SVG's boxes). On one core a
 * second thread would only take turns with the first.
 */
public final class SecondCore {

    private SecondCore() {
    }

    /** Whether this process may run on more than one core. */
    public static boolean available() {
        return Runtime.getRuntime().availableProcessors() > 1;
    }
}
