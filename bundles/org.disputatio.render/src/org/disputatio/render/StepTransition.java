// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.render.VisualStyle.EdgeStyle;
import org.disputatio.render.VisualStyle.NodeStyle;
import org.disputatio.views.Edge;
import org.disputatio.views.Shape;

/**
 * The picture part way from one step to the next, for the audience window's transitions: what
 * the next step adds fades in from the background, what it drops fades out, and what both show
 * moves from its old colours to its new ones (so the rest dims gradually around new highlights
 * and comes back when they end). The camera's glide is the window's; this is the colours.
 */
public final class StepTransition {

    private StepTransition() {
    }

    /**
     * @param t from 0 (the step before, as it was) to 1 (the next step, as it is)
     * @param background what appearing elements fade in from and leaving ones fade out to
     * @return the step's scene with the colours of that moment (and its evaluation)
     */
    public static StepScene between(StepScene from, StepScene to, double t, int background) {
        double s = Math.max(0, Math.min(1, t));
        Map<Shape, Scene.Node> before = new IdentityHashMap<>();
        from.scene().nodes().forEach(n -> before.put(n.shape(), n));
        Map<Edge, Scene.Line> linesBefore = new IdentityHashMap<>();
        from.scene().lines().forEach(l -> linesBefore.put(l.edge(), l));
        Set<Shape> staying = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Edge> linesStaying = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        List<Scene.Node> nodes = new ArrayList<>();
        Set<Scene.Node> highlighted = new LinkedHashSet<>();
        Set<Scene.Node> added = new LinkedHashSet<>();
        for (Scene.Node node : to.scene().nodes()) {
            staying.add(node.shape());
            Scene.Node old = before.get(node.shape());
            NodeStyle start = old != null ? old.style() : washed(node.style(), background);
            Scene.Node now = node.withStyle(blend(start, node.style(), s));
            nodes.add(now);
            if (to.highlighted().contains(node)) {
                highlighted.add(now);
            }
            if (to.added().contains(node)) {
                added.add(now);
            }
        }
        // Leaving elements are drawn under the rest while they fade.
        List<Scene.Node> leaving = new ArrayList<>();
        for (Scene.Node node : from.scene().nodes()) {
            if (!staying.contains(node.shape())) {
                leaving.add(node.withStyle(blend(node.style(), washed(node.style(), background), s)));
            }
        }
        nodes.addAll(0, leaving);

        List<Scene.Line> lines = new ArrayList<>();
        for (Scene.Line line : to.scene().lines()) {
            linesStaying.add(line.edge());
            Scene.Line old = linesBefore.get(line.edge());
            EdgeStyle start = old != null ? old.style() : washed(line.style(), background);
            lines.add(line.withStyle(blend(start, line.style(), s)));
        }
        for (Scene.Line line : from.scene().lines()) {
            if (!linesStaying.contains(line.edge())) {
                lines.add(0, line.withStyle(blend(line.style(), washed(line.style(), background), s)));
            }
        }
        Scene scene = to.scene();
        return new StepScene(new Scene(nodes, lines, scene.x(), scene.y(), scene.width(), scene.height()), highlighted, added,
                to.evaluation());
    }

    /** The style in the background's colour: not there yet, or gone. */
    private static NodeStyle washed(NodeStyle style, int background) {
        return new NodeStyle(style.outline(), background, background, background, background);
    }

    private static EdgeStyle washed(EdgeStyle style, int background) {
        return new EdgeStyle(background, style.width(), style.dashed(), style.head());
    }

    private static NodeStyle blend(NodeStyle a, NodeStyle b, double t) {
        return new NodeStyle(b.outline(), blend(a.fill(), b.fill(), t), blend(a.stroke(), b.stroke(), t), blend(a.text(), b.text(), t),
                blend(a.caption(), b.caption(), t));
    }

    private static EdgeStyle blend(EdgeStyle a, EdgeStyle b, double t) {
        return new EdgeStyle(blend(a.color(), b.color(), t), b.width(), b.dashed(), b.head());
    }

    /** A colour {@code t} of the way from {@code a} to {@code b}. */
    static int blend(int a, int b, double t) {
        int mixed = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int ca = (a >> shift) & 0xFF;
            int cb = (b >> shift) & 0xFF;
            mixed |= ((int) Math.round(ca + (cb - ca) * t)) << shift;
        }
        return mixed;
    }
}
