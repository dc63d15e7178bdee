// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.disputatio.views.geometry.Box;
import org.junit.jupiter.api.Test;

/** Strict overlap, the one rule of boxes sharing their inside, and the free place found with it. */
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
        assertEquals(touching, FreePlace.nearest(List.of(box), touching), "it covers nothing where it was asked for");
        Box placed = FreePlace.nearest(List.of(box), new Box(50, 0, 100, 50));
        assertFalse(placed.overlaps(box), "placed off the box: " + placed);
    }
}
