// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.List;

/**
 * Plane geometry on bounds arrays {@code {x, y, width, height}}.
 */
public final class Geometry {

    private Geometry() {
    }

    /** A straight line between two boxes, from border to border, aimed centre to centre. */
    public static List<double[]> straightRoute(double[] from, double[] to) {
        double[] a = center(from);
        double[] b = center(to);
        return List.of(borderPoint(from, b), borderPoint(to, a));
    }

    public static double[] center(double[] box) {
        return new double[] { box[0] + box[2] / 2, box[1] + box[3] / 2 };
    }

    /** Where the line from the box's centre towards a point leaves the box. */
    public static double[] borderPoint(double[] box, double[] toward) {
        double[] c = center(box);
        double dx = toward[0] - c[0];
        double dy = toward[1] - c[1];
        if (dx == 0 && dy == 0) {
            return c;
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (box[2] / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (box[3] / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new double[] { c[0] + dx * s, c[1] + dy * s };
    }

    /** Whether a point lies on a box's border, within the tolerance. */
    public static boolean onBorder(double[] box, double[] p, double tolerance) {
        boolean withinX = p[0] >= box[0] - tolerance && p[0] <= box[0] + box[2] + tolerance;
        boolean withinY = p[1] >= box[1] - tolerance && p[1] <= box[1] + box[3] + tolerance;
        boolean onVertical = Math.abs(p[0] - box[0]) <= tolerance || Math.abs(p[0] - box[0] - box[2]) <= tolerance;
        boolean onHorizontal = Math.abs(p[1] - box[1]) <= tolerance || Math.abs(p[1] - box[1] - box[3]) <= tolerance;
        return withinX && withinY && (onVertical || onHorizontal);
    }
}
