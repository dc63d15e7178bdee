// SPDX-License-Identifier: EPL-2.0
package org.disputatio.views.geometry;

/** How wide and how high something is. */
public record Size(double width, double height) {

    /** A box of this size standing at a point. */
    public Box at(double x, double y) {
        return new Box(x, y, width, height);
    }
}
