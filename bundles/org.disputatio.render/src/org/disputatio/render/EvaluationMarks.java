// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.disputatio.core.evaluation.Label;
import org.disputatio.layout.FontSpec;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.views.geometry.Point;

/**
 * Draws evaluation labels over a scene by glyph and pattern, in ink only, so that they read in
 * greyscale and for colour-blind readers: a badge in the statement's top right corner (a tick
 * for accepted, a cross for rejected, a question mark for undecided) and a rail down its left
 * edge (solid, hatched, dotted); an inference gets the badge alone, on its junction or the
 * middle of its line.
 */
final class EvaluationMarks {

    private static final int INK = 0x1A1A1A;
    private static final int PAPER = 0xFFFFFF;
    private static final double BADGE = 18;
    private static final double SMALL_BADGE = 13;
    private static final double RAIL = 6;

    private EvaluationMarks() {
    }

    static void paint(Scene scene, Surface surface, Function<Element, Label> labels, Predicate<Scene.Node> nodeInView,
            Predicate<List<Point>> lineInView) {
        java.util.Set<Element> onJunctions = new java.util.HashSet<>();
        for (Scene.Node node : scene.nodes()) {
            Element element = node.shape().getElement() instanceof Element e ? e : null;
            Label label = element == null ? null : labels.apply(element);
            if (label == null) {
                continue;
            }
            if (element instanceof Inference) {
                onJunctions.add(element);
            }
            if (!nodeInView.test(node)) {
                continue;
            }
            surface.beginElement("evaluation " + label.word(), null, label.word());
            if (element instanceof Statement) {
                rail(surface, label, node.x() + 3, node.y() + 4, node.height() - 8);
                badge(surface, label, node.x() + node.width() - BADGE * 0.6, node.y() - BADGE * 0.4, BADGE);
            } else if (element instanceof Inference) {
                badge(surface, label, node.x() + node.width() + 2, node.y() - SMALL_BADGE, SMALL_BADGE);
            }
            surface.endElement();
        }
        for (Scene.Line line : scene.lines()) {
            if (line.edge() != null && line.edge().getElement() instanceof Inference inference && !onJunctions.contains(inference)
                    && lineInView.test(line.points())) {
                Label label = labels.apply(inference);
                if (label != null) {
                    Point middle = middle(line.points());
                    surface.beginElement("evaluation " + label.word(), null, label.word());
                    badge(surface, label, middle.x() + 3, middle.y() - SMALL_BADGE / 2, SMALL_BADGE);
                    surface.endElement();
                }
            }
        }
    }

    /** The middle of a line's middle segment, where a mark of a line without a junction goes. */
    static Point middle(List<Point> points) {
        return points.get((points.size() - 1) / 2).midpoint(points.get(points.size() / 2));
    }

    /** A circle with the label's glyph. */
    static void badge(Surface surface, Label label, double x, double y, double size) {
        boolean accepted = label == Label.ACCEPTED;
        surface.ellipse(x, y, size, size, INK);
        surface.ellipse(x + 1.5, y + 1.5, size - 3, size - 3, accepted ? INK : PAPER);
        int glyph = accepted ? PAPER : INK;
        double s = size;
        switch (label) {
            case ACCEPTED -> surface.polyline(new double[] { x + s * 0.26, y + s * 0.52, x + s * 0.43, y + s * 0.7, x + s * 0.75,
                    y + s * 0.3 }, glyph, s * 0.13, false);
            case REJECTED -> {
                surface.polyline(new double[] { x + s * 0.3, y + s * 0.3, x + s * 0.7, y + s * 0.7 }, glyph, s * 0.13, false);
                surface.polyline(new double[] { x + s * 0.7, y + s * 0.3, x + s * 0.3, y + s * 0.7 }, glyph, s * 0.13, false);
            }
            case UNDECIDED -> surface.text("?", x + s / 2, y + s * 0.78, new FontSpec(s * 0.7, true), glyph);
        }
    }

    /** The pattern down a statement's left edge: solid, hatched or dotted. */
    static void rail(Surface surface, Label label, double x, double y, double height) {
        switch (label) {
            case ACCEPTED -> surface.polygon(new double[] { x, y, x + RAIL, y, x + RAIL, y + height, x, y + height }, INK, INK, 0);
            case REJECTED -> {
                surface.polyline(new double[] { x, y, x, y + height }, INK, 1, false);
                surface.polyline(new double[] { x + RAIL, y, x + RAIL, y + height }, INK, 1, false);
                for (double h = y; h + RAIL <= y + height; h += 4) {
                    surface.polyline(new double[] { x, h + RAIL, x + RAIL, h }, INK, 1, false);
                }
            }
            case UNDECIDED -> {
                for (double h = y; h + 2.5 <= y + height; h += 5) {
                    surface.ellipse(x + RAIL / 2 - 1.5, h, 3, 3, INK);
                }
            }
        }
    }

    /** The legend's rows: one per label. */
    static void legend(Surface surface, double x, double y, double row, FontSpec font) {
        String[] words = { "accepted", "rejected", "undecided" };
        Label[] labels = { Label.ACCEPTED, Label.REJECTED, Label.UNDECIDED };
        for (int i = 0; i < 3; i++) {
            double top = y + 10 + i * row;
            rail(surface, labels[i], x + 12, top, 18);
            badge(surface, labels[i], x + 24, top, 18);
            surface.textFromLeft(words[i] + (i == 0 ? " (evaluation)" : ""), x + 50, top + 14, font, INK);
        }
    }
}
