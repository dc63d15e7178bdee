package org.disputatio.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapSession;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.layout.TextMeasurer;
import org.disputatio.views.Diagram;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.LineRouting;

/**
 * The options {@code render} and {@code layout} share: which diagram, which algorithm,
 * direction and line routing. Parses them out of the argument list and leaves the rest.
 */
final class DiagramOptions {

    static final String WHOLE_MAP = "Whole map";

    String diagram;
    LayoutAlgorithm algorithm;
    LayoutDirection direction;
    LineRouting routing;
    /** The arguments that are not options, and the flags the command takes. */
    final List<String> rest = new ArrayList<>();
    /** The values of the command's own options, such as {@code --scale}. */
    final Map<String, String> values = new HashMap<>();

    /**
     * @param flags the command's options without a value
     * @param valued the command's options with a value
     * @throws IllegalArgumentException with a message for the user
     */
    static DiagramOptions parse(List<String> args, List<String> flags, List<String> valued) {
        DiagramOptions options = new DiagramOptions();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || flags.contains(arg)) {
                options.rest.add(arg);
                continue;
            }
            boolean known = valued.contains(arg) || List.of("--diagram", "--layout", "--direction", "--lines").contains(arg);
            if (!known || i + 1 >= args.size()) {
                throw new IllegalArgumentException("unknown option or missing value: " + arg);
            }
            String value = args.get(++i);
            switch (arg) {
                case "--diagram" -> options.diagram = value;
                case "--layout" -> options.algorithm = literal(LayoutAlgorithm.get(value.toLowerCase(Locale.ROOT)), "--layout", value, LayoutAlgorithm.VALUES);
                case "--direction" -> options.direction = literal(LayoutDirection.get(value.toLowerCase(Locale.ROOT)), "--direction", value, LayoutDirection.VALUES);
                case "--lines" -> options.routing = literal(LineRouting.get(value.toLowerCase(Locale.ROOT)), "--lines", value, LineRouting.VALUES);
                default -> options.values.put(arg, value);
            }
        }
        return options;
    }

    private static <T> T literal(T found, String option, String value, List<T> values) {
        if (found == null) {
            throw new IllegalArgumentException(option + " " + value + ": expected one of " + values);
        }
        return found;
    }

    /**
     * The diagram asked for, else the first, else a new one of the whole map (added to the file
     * when {@code keep}).
     */
    Diagram choose(MapSession session, boolean keep) {
        List<Diagram> diagrams = session.getDiagrams();
        if (diagram != null) {
            return diagrams.stream().filter(d -> diagram.equals(d.getName())).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("no diagram named '" + diagram + "' (the map has: "
                            + diagrams.stream().map(Diagram::getName).toList() + ")"));
        }
        if (!diagrams.isEmpty()) {
            return diagrams.get(0);
        }
        Diagram whole = DiagramContents.wholeMap(session.getMap(), WHOLE_MAP);
        if (keep) {
            session.getResource().getContents().add(whole);
        }
        return whole;
    }

    /** Applies the options and lays the diagram out when asked to, or when it has never been laid out. */
    void layOut(Diagram chosen, MapSession session, TextMeasurer measurer, boolean always) {
        if (algorithm != null) {
            chosen.setLayoutAlgorithm(algorithm);
        }
        if (direction != null) {
            chosen.setLayoutDirection(direction);
        }
        if (routing != null) {
            chosen.setLineRouting(routing);
        }
        DiagramContents.updateDirectly(chosen, session.getMap(), false);
        boolean unsized = chosen.getShapes().stream().anyMatch(s -> s.getWidth() <= 0);
        if (always || unsized || algorithm != null || direction != null || routing != null) {
            DiagramLayouter layouter = new DiagramLayouter(measurer, NodeFormat.DEFAULT);
            DiagramLayouter.applyDirectly(layouter.compute(chosen, null));
        }
    }
}
