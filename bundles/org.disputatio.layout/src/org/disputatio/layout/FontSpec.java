// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

/**
 * A font by size and weight; the family is the platform's sans-serif (DejaVu Sans on Linux),
 * the same on screen and in exported images.
 *
 * @param size in diagram units (pixels at 100% zoom)
 */
public record FontSpec(double size, boolean bold) {

    // Written out, as a record's would be: the record's own go through method handles made at run
    // time, slower in a short run, and every measured text is looked up by its font.
    @Override
    public boolean equals(Object other) {
        return other instanceof FontSpec f && Double.compare(size, f.size) == 0 && bold == f.bold;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(size) * 31 + Boolean.hashCode(bold);
    }
}
