// SPDX-License-Identifier: EPL-2.0
package org.disputatio.views.geometry;

/** A uniform scale, then a shift: a point (x, y) is drawn at (x * scale + dx, y * scale + dy). */
public record Scaling(double scale, double dx, double dy) {

    /** The point that is drawn at (x, y). */
    public Point inverse(double x, double y) {
        return new Point((x - dx) / scale, (y - dy) / scale);
    }
}
