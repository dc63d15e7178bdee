// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

/**
 * A font by size and weight; the family is the platform's sans-serif (DejaVu Sans on Linux),
 * the same on screen and in exported images.
 *
 * @param size in diagram units (pixels at 100% zoom)
 */
public record FontSpec(double size, boolean bold) {
}
