// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.disputatio.core.MapSession;
import org.disputatio.layout.TextMeasurer;
import org.disputatio.render.DiagramPipeline;
import org.disputatio.render.MapSettings;
import org.disputatio.views.Diagram;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.LineRouting;

/**
 * The options {@code render} and {@code layout} share: which diagram, which algorithm,
 * direction and line routing, the colour scheme and the text size. Parses them out of the
 * argument list and leaves the rest.
 */
final class DiagramOptions {

    /** The options every command that lays out or draws takes, as its synopsis shows them. */
    static final String SYNOPSIS = "[--diagram NAME] [--layout layered|tree|radial|force] [--direction up|down|left|right] "
            + "[--lines orthogonal|splines] [--scheme okabe-ito|greyscale|projector] [--text-size POINTS]";

    String diagram;
    LayoutAlgorithm algorithm;
    LayoutDirection direction;
    LineRouting routing;
    /** The text size and colours asked for, over the defaults. */
    MapSettings settings = MapSettings.DEFAULT;
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
            boolean known = valued.contains(arg) || List.of("--diagram", "--layout", "--direction", "--lines", "--scheme", "--text-size").contains(arg);
            if (!known || i + 1 >= args.size()) {
                throw new IllegalArgumentException("unknown option or missing value: " + arg);
            }
            String value = args.get(++i);
            switch (arg) {
                case "--diagram" -> options.diagram = value;
                case "--layout" -> options.algorithm = literal(LayoutAlgorithm.get(value.toLowerCase(Locale.ROOT)), "--layout", value, LayoutAlgorithm.VALUES);
                case "--direction" -> options.direction = literal(LayoutDirection.get(value.toLowerCase(Locale.ROOT)), "--direction", value, LayoutDirection.VALUES);
                case "--lines" -> options.routing = literal(LineRouting.get(value.toLowerCase(Locale.ROOT)), "--lines", value, LineRouting.VALUES);
                case "--scheme" -> options.settings = options.settings.withScheme(literal(MapSettings.scheme(value), "--scheme", value,
                        MapSettings.schemeNames()));
                case "--text-size" -> options.settings = options.settings.withTextSize(textSize(value));
                default -> options.values.put(arg, value);
            }
        }
        return options;
    }

    private static double textSize(String value) {
        try {
            double size = Double.parseDouble(value);
            if (size >= MapSettings.MIN_TEXT_SIZE && size <= MapSettings.MAX_TEXT_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--text-size " + value + ": expected a number of points from " + MapSettings.MIN_TEXT_SIZE
                + " to " + MapSettings.MAX_TEXT_SIZE);
    }

    private static <T> T literal(T found, String option, String value, List<?> values) {
        if (found == null) {
            throw new IllegalArgumentException(option + " " + value + ": expected one of " + values);
        }
        return found;
    }

    /** The diagram pipeline for these settings, measuring text as {@code measurer} does. */
    DiagramPipeline pipeline(TextMeasurer measurer) {
        return new DiagramPipeline(settings, measurer);
    }

    /**
     * The options applied to a chosen diagram, which is brought in step with the map and laid
     * out when asked ({@code always}), when an option changed the layout, or when it has never
     * been laid out.
     */
    Diagram prepare(MapSession session, Diagram chosen, TextMeasurer measurer, boolean always) {
        pipeline(measurer).prepare(chosen, session.getMap(), applyTo(chosen, always));
        return chosen;
    }

    /**
     * The diagram asked for, else the first, else a new one of the whole map (not added to the
     * file), in step with the map ({@link DiagramPipeline#chooseInStep}: a whole map made now is
     * not planned again), with the options applied and laid out as {@link #prepare} lays out.
     */
    Diagram show(MapSession session, TextMeasurer measurer) {
        DiagramPipeline pipeline = pipeline(measurer);
        Diagram chosen = pipeline.chooseInStep(session, diagram, false);
        pipeline.layOut(chosen, applyTo(chosen, false));
        return chosen;
    }

    /** Sets the options given on the diagram; returns whether it must be laid out ({@code always}, or an option changed). */
    private boolean applyTo(Diagram chosen, boolean always) {
        if (algorithm != null) {
            chosen.setLayoutAlgorithm(algorithm);
        }
        if (direction != null) {
            chosen.setLayoutDirection(direction);
        }
        if (routing != null) {
            chosen.setLineRouting(routing);
        }
        return always || algorithm != null || direction != null || routing != null;
    }
}
