// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapSession;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.TextMeasurer;
import org.disputatio.model.ArgumentMap;
import org.disputatio.views.Diagram;

/**
 * How a map's diagram is made ready to be shown, the same for the command line, the editor and
 * the benchmarks: the named diagram, else the first, else a new diagram of the whole map; brought
 * in step with the map; laid out when it never was. For diagrams not being edited (a file just
 * read): the changes are made directly, not as commands.
 */
public final class DiagramPipeline {

    private final MapSettings settings;
    private final TextMeasurer measurer;

    public DiagramPipeline(MapSettings settings, TextMeasurer measurer) {
        this.settings = settings;
        this.measurer = measurer;
    }

    public DiagramLayouter layouter() {
        return settings.layouter(measurer);
    }

    /**
     * The diagram named, else the first, else a new {@linkplain #wholeMap whole map} (added to
     * the file when {@code keep}).
     *
     * @param name null for the first
     * @throws IllegalArgumentException when the map has no diagram of that name
     */
    public Diagram choose(MapSession session, String name, boolean keep) {
        return choose(session, name, keep, false);
    }

    /**
     * {@link #choose}, brought in step with the map: a diagram of the file directly, while a whole
     * map made now is in step already (planning it again was 5 to 20 ms of rendering 5,000
     * statements, in code still cold).
     *
     * @throws IllegalArgumentException when the map has no diagram of that name
     */
    public Diagram chooseInStep(MapSession session, String name, boolean keep) {
        return choose(session, name, keep, true);
    }

    private Diagram choose(MapSession session, String name, boolean keep, boolean inStep) {
        List<Diagram> diagrams = session.getDiagrams();
        Diagram chosen;
        if (name != null) {
            chosen = diagrams.stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("no diagram named '" + name + "' (the map has: "
                            + diagrams.stream().map(Diagram::getName).toList() + ")"));
        } else if (!diagrams.isEmpty()) {
            chosen = diagrams.get(0);
        } else {
            Diagram whole = wholeMap(session.getMap());
            if (keep) {
                session.getResource().getContents().add(whole);
            }
            return whole;
        }
        if (inStep) {
            DiagramContents.updateDirectly(chosen, session.getMap(), false);
        }
        return chosen;
    }

    /** A new diagram of every statement and argument of the map, in the settings' layout, not yet laid out. */
    public Diagram wholeMap(ArgumentMap map) {
        Diagram whole = DiagramContents.wholeMap(map, DiagramContents.WHOLE_MAP);
        whole.setLayoutAlgorithm(settings.algorithm());
        whole.setLayoutDirection(settings.direction());
        return whole;
    }

    /**
     * Brings the diagram in step with the map and lays it out when {@code always}, or when a
     * shape has never been sized.
     *
     * @return whether it was laid out
     */
    public boolean prepare(Diagram diagram, ArgumentMap map, boolean always) {
        DiagramContents.updateDirectly(diagram, map, false);
        return layOut(diagram, always);
    }

    /**
     * Lays a diagram in step with the map out when {@code always}, or when a shape has never
     * been sized.
     *
     * @return whether it was laid out
     */
    public boolean layOut(Diagram diagram, boolean always) {
        if (always || diagram.getShapes().stream().anyMatch(s -> s.getWidth() <= 0 || s.getHeight() <= 0)) {
            DiagramLayouter.applyDirectly(layouter().compute(diagram, null));
            return true;
        }
        return false;
    }

    /** {@link #chooseInStep} and {@link #layOut}: the diagram to show, ready. */
    public Diagram show(MapSession session, String name, boolean keep) {
        Diagram diagram = chooseInStep(session, name, keep);
        layOut(diagram, false);
        return diagram;
    }
}
