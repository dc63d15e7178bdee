// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.disputatio.core.StepState;
import org.disputatio.model.StatementKind;
import org.disputatio.render.Scene;
import org.disputatio.render.VisualStyle;
import org.disputatio.testing.swt.ScreenPixels;
import org.disputatio.views.Presentation;
import org.disputatio.views.geometry.Box;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A presentation step previewed on the canvas: ghosts for what it does not show yet, its highlights, its camera. */
class StepPreviewTest {

    private final ViewerFixture fixture = new ViewerFixture();
    private final MapCanvas canvas = fixture.viewer.getCanvas();
    private final VisualStyle style = VisualStyle.DEFAULT;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theSelectedStepIsDrawnAsItWillBeShownWithoutTouchingTheModel() {
        Presentation lecture = fixture.lecture();
        Command lastCommand = fixture.session.getCommandStack().getUndoCommand();
        fixture.viewer.setStepPreview(lecture, 0);
        fixture.spin();
        assertTrue(fixture.viewer.isPreviewingStep());
        Scene.Node evidence = fixture.node(fixture.evidence), rebuttal = fixture.node(fixture.rebuttal), thesis = fixture.node(fixture.thesis);
        assertEquals(style.statement(StatementKind.EVIDENCE).faded(style.background()), evidence.style(), "not yet revealed: a ghost");
        assertEquals(style.statement(StatementKind.REBUTTAL).faded(style.background()), rebuttal.style());
        assertEquals(style.statement(StatementKind.CLAIM), thesis.style(), "revealed: as shown");
        assertEquals(StepState.at(lecture, 0).camera(), canvas.getFrame(), "the camera outlined");
        assertTrue(canvas.getStressed().isEmpty());

        // What the user sees: the ghost's fill, and the dashed outline of the camera.
        int[] inside = fixture.viewer.toControl(evidence.x() + 5, evidence.y() + evidence.height() / 2);
        int ghostFill = style.statement(StatementKind.EVIDENCE).faded(style.background()).fill();
        ImageData shot = screenshot();
        // The window system paints when it gets round to it: look again for a while.
        for (int tries = 0; tries < 50 && !ScreenPixels.near(ghostFill, shot.palette.getRGB(shot.getPixel(inside[0], inside[1]))); tries++) {
            canvas.getControl().update();
            fixture.spin();
            sleep();
            shot = screenshot();
        }
        assertClose(ghostFill, shot.palette.getRGB(shot.getPixel(inside[0], inside[1])));
        Box camera = canvas.getFrame();
        ImageData drawn = shot;
        int[] corner = fixture.viewer.toControl(camera.x(), camera.y());
        int[] across = fixture.viewer.toControl(camera.right(), camera.y());
        long outline = java.util.stream.IntStream.range(corner[0], across[0]).filter(x -> x >= 0 && x < drawn.width)
                .filter(x -> ScreenPixels.near(MapCanvas.FRAME_COLOUR, drawn.palette.getRGB(drawn.getPixel(x, corner[1])))).count();
        assertTrue(outline > (across[0] - corner[0]) / 4, "the camera's top edge is drawn dashed: " + outline + " pixels");

        fixture.viewer.setStepPreview(lecture, 1);
        fixture.spin();
        Set<Object> stressed = canvas.getStressed().stream().map(n -> n.shape().getElement()).collect(Collectors.toSet());
        assertEquals(Set.of(fixture.rebuttal), stressed, "the highlight drawn with its halo");
        assertEquals(style.statement(StatementKind.CLAIM).dimmed(style.background()), fixture.node(fixture.thesis).style(),
                "the rest dimmed around it");
        assertEquals(style.statement(StatementKind.REBUTTAL), fixture.node(fixture.rebuttal).style());

        // Ghosts can still be selected, to be added to a step.
        fixture.click(fixture.evidence, 0);
        assertEquals(List.of(fixture.evidence), fixture.viewer.getSelectedElements());

        fixture.viewer.setStepPreview(null, -1);
        fixture.spin();
        assertFalse(fixture.viewer.isPreviewingStep());
        assertNull(canvas.getFrame());
        assertEquals(style.statement(StatementKind.EVIDENCE), fixture.node(fixture.evidence).style());
        assertSame(lastCommand, fixture.session.getCommandStack().getUndoCommand(), "the preview wrote nothing");
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ImageData screenshot() {
        return ScreenPixels.of(canvas.getControl());
    }

    private static void assertClose(int expected, RGB actual) {
        assertTrue(ScreenPixels.near(expected, actual), String.format("expected #%06x, the screen shows %s", expected, actual));
    }
}
