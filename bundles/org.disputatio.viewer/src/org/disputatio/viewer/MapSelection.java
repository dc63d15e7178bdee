// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.disputatio.render.Scene;
import org.disputatio.views.Shape;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * What is selected on a map viewer's scene: nodes, in the order they were chosen (connecting
 * takes the first as premise or attacker), then lines of relations drawn without a junction,
 * which have no node to select. Plain data over a {@link Scene}, no widget: the
 * {@link MapViewer} repaints and tells its listeners after each change.
 */
final class MapSelection {

    private final Set<Scene.Node> nodes = new LinkedHashSet<>();
    private final Set<Scene.Line> lines = new LinkedHashSet<>();

    /** The selected nodes; the same set throughout, so the canvas can read it at each paint. */
    Set<Scene.Node> nodes() {
        return nodes;
    }

    /** The selected lines; the same set throughout, like {@link #nodes()}. */
    Set<Scene.Line> lines() {
        return lines;
    }

    List<Shape> shapes() {
        return nodes.stream().map(Scene.Node::shape).toList();
    }

    /** The map elements drawn by what is selected: those of the nodes, then those of the lines. */
    Set<Object> elements() {
        Set<Object> elements = new LinkedHashSet<>();
        nodes.forEach(n -> elements.add(n.shape().getElement()));
        lines.forEach(l -> elements.add(l.edge().getElement()));
        return elements;
    }

    /** The selection as JFace passes it on (to Properties, the Outline): the elements, in order. */
    StructuredSelection structured() {
        return new StructuredSelection(new ArrayList<>(elements()));
    }

    void clear() {
        nodes.clear();
        lines.clear();
    }

    /** Ctrl+click on a node: takes it out or adds it, keeping the rest (lines too). */
    void toggle(Scene.Node node) {
        if (!nodes.remove(node)) {
            nodes.add(node);
        }
    }

    /**
     * Selects the nodes, with what is selected ({@code add}) or alone. Says whether lines were
     * let go, which the canvas must repaint as a whole (they are not nodes it can redraw alone).
     */
    boolean select(Collection<Scene.Node> chosen, boolean add) {
        boolean linesDropped = false;
        if (!add) {
            nodes.clear();
            linesDropped = !lines.isEmpty();
            lines.clear();
        }
        nodes.addAll(chosen);
        return linesDropped;
    }

    /** Selects a line alone or, toggling, adds it to what is selected or takes it out. */
    void selectLine(Scene.Line line, boolean toggle) {
        if (!toggle) {
            nodes.clear();
            lines.clear();
            lines.add(line);
        } else if (!lines.remove(line)) {
            lines.add(line);
        }
    }

    void addLines(Collection<Scene.Line> more) {
        lines.addAll(more);
    }

    /** Selects in a new scene what draws the given elements (after a refresh), nothing else. */
    void restore(Scene scene, Collection<?> elements) {
        clear();
        nodes.addAll(nodesOf(scene, elements));
        lines.addAll(linesOf(scene, elements));
    }

    /** The nodes of a scene drawing the given elements (or shapes), in their order; none without a scene. */
    static List<Scene.Node> nodesOf(Scene scene, Collection<?> elements) {
        if (scene == null) {
            return List.of();
        }
        Map<Object, Scene.Node> drawing = new HashMap<>();
        for (Scene.Node node : scene.nodes()) {
            drawing.putIfAbsent(node.shape().getElement(), node);
            drawing.put(node.shape(), node);
        }
        return elements.stream().map(drawing::get).filter(Objects::nonNull).toList();
    }

    /** The lines of a scene drawing the given relations where no node draws them (no junction), in their order. */
    static List<Scene.Line> linesOf(Scene scene, Collection<?> elements) {
        if (scene == null) {
            return List.of();
        }
        Set<Object> drawnByNodes = new HashSet<>();
        scene.nodes().forEach(n -> drawnByNodes.add(n.shape().getElement()));
        List<Scene.Line> found = new ArrayList<>();
        for (Object element : elements) {
            if (!drawnByNodes.contains(element)) {
                scene.lines().stream().filter(l -> l.edge() != null && l.edge().getElement() == element).findFirst()
                        .ifPresent(found::add);
            }
        }
        return found;
    }
}
