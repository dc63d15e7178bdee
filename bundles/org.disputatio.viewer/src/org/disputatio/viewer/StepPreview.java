// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.core.StepState;
import org.disputatio.render.Scene;
import org.disputatio.render.StepScene;
import org.disputatio.render.VisualStyle;
import org.disputatio.views.Edge;
import org.disputatio.views.Shape;
import org.disputatio.views.geometry.Box;

/**
 * The editor's picture of one presentation step while the presentation is being edited: what the
 * step shows drawn as the audience will see it ({@link StepScene}: highlights stressed, the rest
 * dimmed around them), and what it does not show yet kept as ghosts, so that it can still be
 * selected and added to a step.
 *
 * @param scene every shape of the diagram, the ones the step does not show washed out
 * @param highlighted the nodes the step stresses, drawn with a halo
 * @param camera the area the audience will see
 */
record StepPreview(Scene scene, Set<Scene.Node> highlighted, Box camera) {

    static StepPreview of(Scene built, StepState state, VisualStyle style) {
        StepScene step = StepScene.of(built, state, style);
        Map<Shape, Scene.Node> shown = new IdentityHashMap<>();
        step.scene().nodes().forEach(n -> shown.put(n.shape(), n));
        Map<Edge, Scene.Line> shownLines = new IdentityHashMap<>();
        step.scene().lines().forEach(l -> shownLines.put(l.edge(), l));
        List<Scene.Node> nodes = new ArrayList<>();
        for (Scene.Node node : built.nodes()) {
            Scene.Node drawn = shown.get(node.shape());
            nodes.add(drawn != null ? drawn : node.withStyle(node.style().faded(style.background())));
        }
        List<Scene.Line> lines = new ArrayList<>();
        for (Scene.Line line : built.lines()) {
            Scene.Line drawn = shownLines.get(line.edge());
            lines.add(drawn != null ? drawn : line.withStyle(line.style().faded(style.background())));
        }
        return new StepPreview(new Scene(nodes, lines, built.x(), built.y(), built.width(), built.height()), step.highlighted(),
                state.camera());
    }
}
