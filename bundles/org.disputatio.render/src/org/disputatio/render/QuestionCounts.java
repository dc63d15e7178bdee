// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.disputatio.core.schemes.CriticalQuestions;
import org.disputatio.layout.FontSpec;
import org.disputatio.model.Inference;
import org.disputatio.views.geometry.Point;

/**
 * The number of open critical questions of an inference with a scheme, drawn as "N?" in a small
 * box under the right of its junction (or beside the middle of its line when one premise needs
 * no junction), so that a reader sees which inferences still owe answers. In ink, like the
 * evaluation marks; nothing for an inference without a scheme or with every question settled.
 */
final class QuestionCounts {

    private static final int INK = 0x1A1A1A;
    private static final int PAPER = 0xFFFFFF;
    private static final double HEIGHT = 13;
    private static final FontSpec FONT = new FontSpec(10, true);

    private QuestionCounts() {
    }

    /** Where an inference's count goes: by its junction, or by the first line drawing it when it has none. */
    record Anchor(Inference inference, Scene.Node node, Scene.Line line, double x, double y) {
    }

    /**
     * The places of a scene's counts, found once per scene: looking for each inference's first
     * line among thousands was a tenth of a frame of a big map.
     */
    static List<Anchor> anchors(Scene scene) {
        List<Anchor> anchors = new ArrayList<>();
        Set<Inference> onJunctions = new HashSet<>();
        for (Scene.Node node : scene.nodes()) {
            if (node.shape().getElement() instanceof Inference inference) {
                onJunctions.add(inference);
                anchors.add(new Anchor(inference, node, null, node.x() + node.width() + 2, node.y() + node.height() - 2));
            }
        }
        for (Scene.Line line : scene.lines()) {
            if (line.edge() != null && line.edge().getElement() instanceof Inference inference && onJunctions.add(inference)) {
                Point middle = EvaluationMarks.middle(line.points());
                anchors.add(new Anchor(inference, null, line, middle.x() + 3, middle.y() + 3));
            }
        }
        return anchors;
    }

    static void paint(List<Anchor> anchors, Surface surface, Predicate<Scene.Node> nodeInView, Predicate<List<Point>> lineInView) {
        for (Anchor anchor : anchors) {
            // No scheme, no questions: not looked at further (the counts took about 5 ms of the
            // SVG of 5,000 statements, a stream for each inference, though none has a scheme).
            if (anchor.inference().getScheme() == null) {
                continue;
            }
            if (anchor.node() != null ? nodeInView.test(anchor.node()) : lineInView.test(anchor.line().points())) {
                count(surface, anchor.inference(), anchor.x(), anchor.y());
            }
        }
    }

    private static void count(Surface surface, Inference inference, double x, double y) {
        int open = CriticalQuestions.open(inference);
        if (open == 0) {
            return;
        }
        String text = open + "?";
        double width = 6 + text.length() * 6.5;
        surface.beginElement("questions", inference.getId() == null ? null : "questions-" + inference.getId(), open + (open == 1 ? " open critical question" : " open critical questions"));
        surface.roundedRectangle(x, y, width, HEIGHT, 3, PAPER, INK, 1);
        surface.text(text, x + width / 2, y + HEIGHT - 3, FONT, INK);
        surface.endElement();
    }
}
