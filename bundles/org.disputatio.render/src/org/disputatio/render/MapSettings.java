// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.layout.TextMeasurer;
import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;

/**
 * How maps are drawn and laid out where a diagram does not say: the text format, the colour
 * scheme and the layout defaults. One value, built from the workbench's preferences or the
 * command line's options, and handed to whatever lays out or draws a diagram, so that none of
 * them falls back on the defaults on its own.
 */
public record MapSettings(NodeFormat format, VisualStyle.Scheme scheme, LayoutAlgorithm algorithm, LayoutDirection direction) {

    public static final MapSettings DEFAULT = new MapSettings(NodeFormat.DEFAULT, VisualStyle.Scheme.OKABE_ITO,
            LayoutAlgorithm.LAYERED, LayoutDirection.UP);

    public static final int MIN_TEXT_SIZE = 6;
    public static final int MAX_TEXT_SIZE = 48;

    public VisualStyle style() {
        return scheme.style();
    }

    /** These settings with labels of another size, in points at 100%. */
    public MapSettings withTextSize(double size) {
        return new MapSettings(format.withLabelSize(size), scheme, algorithm, direction);
    }

    public MapSettings withScheme(VisualStyle.Scheme newScheme) {
        return new MapSettings(format, newScheme, algorithm, direction);
    }

    public MapSettings withLayout(LayoutAlgorithm newAlgorithm, LayoutDirection newDirection) {
        return new MapSettings(format, scheme, newAlgorithm, newDirection);
    }

    /** A layouter that sizes text as {@code measurer} measures it, for diagrams without their own algorithm or direction. */
    public DiagramLayouter layouter(TextMeasurer measurer) {
        return new DiagramLayouter(measurer, format, algorithm, direction);
    }

    public SceneBuilder sceneBuilder(TextMeasurer measurer) {
        return new SceneBuilder(format, measurer, style());
    }

    /** A scheme's name as the command line writes it: {@code okabe-ito}, {@code greyscale}. */
    public static String name(VisualStyle.Scheme scheme) {
        return scheme.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The scheme of a command-line name, or null. */
    public static VisualStyle.Scheme scheme(String name) {
        return Arrays.stream(VisualStyle.Scheme.values()).filter(s -> name(s).equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    public static List<String> schemeNames() {
        return Arrays.stream(VisualStyle.Scheme.values()).map(MapSettings::name).toList();
    }
}
