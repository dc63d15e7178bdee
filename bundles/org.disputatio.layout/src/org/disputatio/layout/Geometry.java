// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.List;

import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;

/**
 * Lines between boxes.
 */
public final class Geometry {

    private Geometry() {
    }

    /** A straight line between two boxes, from border to border, aimed centre to centre. */
    public static List<Point> straightRoute(Box from, Box to) {
        return List.of(from.borderPoint(to.center()), to.borderPoint(from.center()));
    }
}
