// SPDX-License-Identifier: EPL-2.0
package org.disputatio.views.geometry;

/** A point of the plane, in diagram units unless said otherwise. */
public record Point(double x, double y) {

    public static final Point ORIGIN = new Point(0, 0);

    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public Point plus(Point offset) {
        return new Point(x + offset.x, y + offset.y);
    }

    /** Half way between this point and another. */
    public Point midpoint(Point other) {
        return new Point((x + other.x) / 2, (y + other.y) / 2);
    }
}
