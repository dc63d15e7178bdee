// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Point;
import org.junit.jupiter.api.Test;

/** Strict overlap, the one rule of boxes sharing their inside, and the free place found with it, off boxes and lines. */
class FreePlaceTest {

    private final Box box = new Box(0, 0, 100, 50);

    @Test
    void boxesOverlapOnlyWhenTheyShareSomeOfTheirInside() {
        assertTrue(box.overlaps(new Box(99, 49, 10, 10)));
        assertTrue(new Box(99, 49, 10, 10).overlaps(box), "both ways");
        assertTrue(box.overlaps(new Box(10, 10, 5, 5)), "one inside the other");
        assertFalse(box.overlaps(new Box(100, 0, 10, 10)), "touching beside");
        assertFalse(box.overlaps(new Box(0, 50, 10, 10)), "touching below");
        assertFalse(box.overlaps(new Box(-10, -10, 10, 10)), "touching at a corner");
    }

    @Test
    void aBoxInTheWayIsSteppedOffAndOneMerelyTouchingIsNot() {
        Box touching = new Box(100, 0, 100, 50);
        assertEquals(touching, FreePlace.nearest(List.of(box), List.of(), touching), "it covers nothing where it was asked for");
        Box placed = FreePlace.nearest(List.of(box), List.of(), new Box(50, 0, 100, 50));
        assertFalse(placed.overlaps(box), "placed off the box: " + placed);
    }

    @Test
    void aSegmentCrossesABoxOnlyThroughTheInsideOfItsClearance() {
        // The box grown by the clearance (12) runs from (-12, -12) to (112, 62).
        assertTrue(segment(-100, 25, 200, 25).crosses(box), "straight through");
        assertTrue(segment(-100, 25, 50, 25).crosses(box), "ending inside");
        assertTrue(segment(-50, -50, 150, 100).crosses(box), "slanting through");
        assertTrue(segment(106, -100, 106, 100).crosses(box), "beside the box, but closer than the clearance");
        assertFalse(segment(112, -100, 112, 100).crosses(box), "along the clearance's border");
        assertFalse(segment(150, -100, 150, 100).crosses(box), "well beside");
        assertFalse(segment(120, -40, 140, -20).crosses(box), "past a corner");
        assertFalse(segment(200, 200, 300, 300).crosses(box), "elsewhere");
    }

    @Test
    void aLineThroughThePlaceAskedForIsSteppedOffTheNearestWay() {
        // A line right of the box's middle: stepping left is the shorter way (52 against 72).
        FreePlace.Segment line = segment(60, -200, 60, 200);
        Box placed = FreePlace.nearest(List.of(), List.of(line), box);
        assertFalse(line.crosses(placed), "off the line: " + placed);
        assertEquals(box.y(), placed.y(), "stepped sideways: " + placed);
        assertEquals(60 - DiagramLayouter.GAP / 2, placed.right(), 1e-9, "to the left, the clearance from the line and no more: " + placed);
    }

    @Test
    void aPlaceBetweenABoxAndALineTakesBothIntoAccount() {
        // A line to the right of the place asked for, a box to its left: the place found clears both.
        Box left = new Box(-150, 0, 100, 50);
        FreePlace.Segment line = segment(90, -500, 90, 500);
        Box placed = FreePlace.nearest(List.of(left), List.of(line), new Box(-80, 0, 100, 50));
        assertFalse(placed.overlaps(left), placed + " covers " + left);
        assertFalse(line.crosses(placed), placed + " on the line");
    }

    private static FreePlace.Segment segment(double x1, double y1, double x2, double y2) {
        return new FreePlace.Segment(new Point(x1, y1), new Point(x2, y2));
    }
}
