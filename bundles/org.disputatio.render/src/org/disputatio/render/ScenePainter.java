// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.disputatio.core.evaluation.Label;

import org.disputatio.layout.ArgumentGroups;
import org.disputatio.layout.FontSpec;
import org.disputatio.layout.NodeFormat;
import org.disputatio.layout.TextMeasurer;
import org.disputatio.model.Element;
import org.disputatio.model.StatementKind;
import org.disputatio.render.VisualStyle.EdgeStyle;
import org.disputatio.render.VisualStyle.Head;
import org.disputatio.render.VisualStyle.NodeStyle;
import org.disputatio.render.VisualStyle.Outline;
import org.disputatio.views.geometry.Point;

/**
 * Draws a {@link Scene} on a {@link Surface}: lines first, then boxes and their text, then the
 * selection and, if asked, a legend. The only drawing code; every output goes through it.
 */
public final class ScenePainter {

    private static final double HEAD = 11;
    private static final double CORNER = 10;
    private static final Point UP = new Point(0, -1);

    private final TextMeasurer measurer;
    private final VisualStyle style;

    /** The scene last painted with question counts, and where its counts go. */
    private Scene counted;
    private List<QuestionCounts.Anchor> countsAt;

    /** The labels to draw over the statements and inferences, or null when the evaluation is not shown. */
    private Function<Element, Label> evaluation;

    public ScenePainter(TextMeasurer measurer, VisualStyle style) {
        this.measurer = measurer;
        this.style = style;
    }

    /** Shows evaluation labels by glyph and pattern (docs/evaluation.md), or hides them with null. */
    public void showEvaluation(Function<Element, Label> labels) {
        this.evaluation = labels;
    }

    /** The labels drawn now, or null. */
    public Function<Element, Label> evaluation() {
        return evaluation;
    }

    /** Text smaller than this on the output, in pixels, is drawn as grey bars: it could not be read. */
    private static final double LEGIBLE = 4;

    /**
     * Where labels would be smaller than this on the output, in pixels, boxes are drawn as plain
     * blocks: outlines, text bars and arrowheads could not be seen, and drawing thousands of them
     * is what makes an overview of a large map slow. A matter of zoom, not of the box, so that
     * one view never mixes the two.
     */
    private static final double BLOCK = 2;

    /**
     * Whether at this scale every statement is a plain block, no arrowhead or mark is drawn and
     * so nothing finer than a pixel or two: a screen may then paint the scene in pixels of its own.
     */
    public static boolean onlyBlocks(Scene scene, double scale) {
        if (HEAD * scale >= 2) {
            return false;
        }
        for (Scene.Node node : scene.nodes()) {
            if (node.style().outline() != Outline.FRAME && !node.label().isEmpty() && node.format().label().size() * scale >= BLOCK) {
                return false;
            }
        }
        return true;
    }

    public void paint(Scene scene, Surface surface, Set<Scene.Node> selected) {
        paint(scene, surface, selected, WHOLE, WHOLE, Double.MAX_VALUE, Double.MAX_VALUE, 1);
    }

    /** Where the painted area begins when the whole scene is painted (and {@code Double.MAX_VALUE} its size). */
    static final double WHOLE = -Double.MAX_VALUE / 4;

    /**
     * The part of the scene in a rectangle (for repainting only what changed on screen), at a
     * scale of output pixels per diagram unit.
     */
    public void paint(Scene scene, Surface surface, Set<Scene.Node> selected, double x, double y, double width, double height,
            double scale) {
        paint(scene, surface, selected, x, y, width, height, scale, () -> {
        });
    }

    /**
     * As above, with {@code underLines} drawn over the argument frames and under the lines: the
     * canvas's halos of selected lines, which a frame's fill would otherwise cover.
     */
    public void paint(Scene scene, Surface surface, Set<Scene.Node> selected, double x, double y, double width, double height,
            double scale, Runnable underLines) {
        paintUnderBoxes(scene, surface, selected, x, y, width, height, scale, underLines);
        paintBoxes(scene.nodes(), surface, selected, x, y, width, height, scale);
        paintOverBoxes(scene, surface, x, y, width, height, scale);
    }

    /** What {@link #paint} draws before the boxes: the argument frames, then the lines. */
    void paintUnderBoxes(Scene scene, Surface surface, Set<Scene.Node> selected, double x, double y, double width, double height,
            double scale, Runnable underLines) {
        boolean heads = HEAD * scale >= 2;
        // A node's hash covers all its parts: with nothing selected, no node is looked up.
        boolean anySelected = !selected.isEmpty();
        // Argument frames lie behind the lines that cross them.
        for (Scene.Node node : scene.nodes()) {
            if (node.style().outline() == Outline.FRAME && visible(node, x, y, width, height)) {
                paintNode(node, surface, anySelected && selected.contains(node), scale);
            }
        }
        underLines.run();
        for (Scene.Line line : scene.lines()) {
            if (intersects(line.points(), x, y, width, height)) {
                paintLine(line, surface, heads);
            }
        }
    }

    /**
     * The boxes among {@code nodes} (the frames are drawn under the lines), in their order. It
     * keeps no state: two threads may each paint a part of a scene's nodes on a surface of its own.
     */
    void paintBoxes(List<Scene.Node> nodes, Surface surface, Set<Scene.Node> selected, double x, double y, double width,
            double height, double scale) {
        boolean anySelected = !selected.isEmpty();
        for (Scene.Node node : nodes) {
            if (node.style().outline() != Outline.FRAME && visible(node, x, y, width, height)) {
                if (node.format().label().size() * scale < BLOCK && !node.label().isEmpty()) {
                    paintBlock(node, surface, anySelected && selected.contains(node));
                } else {
                    paintNode(node, surface, anySelected && selected.contains(node), scale);
                }
            }
        }
    }

    /** What {@link #paint} draws over the boxes: the question counts and the evaluation's marks. */
    void paintOverBoxes(Scene scene, Surface surface, double x, double y, double width, double height, double scale) {
        // The overlays draw only what lies in the painted area, as the shapes and lines above do;
        // their marks stand a little outside the shapes, so the area is widened by that much.
        double m = MARK_REACH;
        Predicate<Scene.Node> nodeInView = node -> visible(node, x - m, y - m, width + 2 * m, height + 2 * m);
        Predicate<List<Point>> lineInView = points -> intersects(points, x - m, y - m, width + 2 * m, height + 2 * m);
        if (HEAD * scale >= 2) {
            if (counted != scene) {
                counted = scene;
                countsAt = QuestionCounts.anchors(scene);
            }
            QuestionCounts.paint(countsAt, surface, nodeInView, lineInView);
        }
        if (evaluation != null && HEAD * scale >= 2) {
            EvaluationMarks.paint(scene, surface, evaluation, nodeInView, lineInView);
        }
    }

    /** How far the evaluation and question marks reach beyond the shape or line they belong to. */
    private static final double MARK_REACH = 40;

    private static boolean visible(Scene.Node node, double x, double y, double width, double height) {
        return node.x() < x + width && node.x() + node.width() > x && node.y() < y + height && node.y() + node.height() > y;
    }

    private void paintBlock(Scene.Node node, Surface surface, boolean selected) {
        double x = node.x(), y = node.y(), w = node.width(), h = node.height();
        int color = selected ? style.selection() : node.style().stroke();
        surface.polygon(new double[] { x, y, x + w, y, x + w, y + h, x, y + h }, color, color, 0);
    }

    private static boolean intersects(List<Point> points, double x, double y, double width, double height) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return minX <= x + width + HEAD && maxX >= x - HEAD && minY <= y + height + HEAD && maxY >= y - HEAD;
    }

    private void paintLine(Scene.Line line, Surface surface, boolean heads) {
        List<Point> points = line.points();
        EdgeStyle edge = line.style();
        double[] xy = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = points.get(i).x();
            xy[2 * i + 1] = points.get(i).y();
        }
        if (heads && line.head() && edge.head() == Head.ARROW) {
            // Stop the line where the arrowhead begins, so its tip stays sharp.
            int n = xy.length;
            Point dir = direction(xy[n - 4], xy[n - 3], xy[n - 2], xy[n - 1]);
            xy[n - 2] -= dir.x() * HEAD * 0.8;
            xy[n - 1] -= dir.y() * HEAD * 0.8;
        }
        if (line.curved()) {
            surface.curve(xy, edge.color(), edge.width(), edge.dashed());
        } else {
            surface.polyline(xy, edge.color(), edge.width(), edge.dashed());
        }
        if (heads && line.head()) {
            Point end = points.get(points.size() - 1);
            Point before = points.get(points.size() - 2);
            Point dir = direction(before.x(), before.y(), end.x(), end.y());
            // The normal is the direction turned a quarter.
            double nx = -dir.y();
            double ny = dir.x();
            if (edge.head() == Head.ARROW) {
                double bx = end.x() - dir.x() * HEAD;
                double by = end.y() - dir.y() * HEAD;
                surface.polygon(new double[] { end.x(), end.y(), bx + nx * HEAD / 2, by + ny * HEAD / 2,
                        bx - nx * HEAD / 2, by - ny * HEAD / 2 }, edge.color(), edge.color(), 1);
            } else {
                double bx = end.x() - dir.x() * 4;
                double by = end.y() - dir.y() * 4;
                surface.polyline(new double[] { bx + nx * HEAD * 0.7, by + ny * HEAD * 0.7,
                        bx - nx * HEAD * 0.7, by - ny * HEAD * 0.7 }, edge.color(), edge.width() + 1.2, false);
            }
        }
    }

    /** The unit vector from one point towards another (up, when they coincide). */
    private static Point direction(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        // Level and upright legs (every leg of orthogonal lines) without Math.hypot, which gives
        // the same length for them but is a slow call in the client compiler's code.
        double length = dx == 0 ? Math.abs(dy) : dy == 0 ? Math.abs(dx) : Math.hypot(dx, dy);
        return length == 0 ? UP : new Point(dx / length, dy / length);
    }

    /** Each outline's name as the SVG's element kinds give it (once: a big map's frame asked for thousands). */
    private static final String[] KINDS = java.util.Arrays.stream(Outline.values()).map(o -> o.name().toLowerCase(java.util.Locale.ROOT))
            .toArray(String[]::new);

    private void paintNode(Scene.Node node, Surface surface, boolean selected, double scale) {
        // Named after what it shows, not the shape: a diagram made for one render has new random shape ids.
        Element element = node.shape().getElement();
        surface.beginElement(KINDS[node.style().outline().ordinal()], element == null ? null : element.getId(), node.tooltip());
        paintNodeBody(node, surface, selected, scale);
        surface.endElement();
    }

    private void paintNodeBody(Scene.Node node, Surface surface, boolean selected, double scale) {
        NodeStyle s = node.style();
        NodeFormat format = node.format();
        boolean greekLabel = format.label().size() * scale < LEGIBLE;
        boolean greekCaption = format.caption().size() * scale < LEGIBLE;
        double x = node.x(), y = node.y(), w = node.width(), h = node.height();
        if (selected) {
            surface.roundedRectangle(x - 5, y - 5, w + 10, h + 10, CORNER + 4, style.selection(), style.selection(), 0);
        }
        outline(surface, s, x, y, w, h, s.fill(), s.stroke(), 1.6);
        // A frame's title sits in the room the layout left above its statements.
        double top = y + (s.outline() == Outline.FRAME ? ArgumentGroups.PADDING * 0.6 : format.padding());
        double centerX = x + w / 2;
        double labelLine = measurer.lineHeight(format.label());
        for (int i = 0; i < node.label().size(); i++) {
            if (greekLabel) {
                greek(surface, node.label().get(i), centerX, top + i * labelLine, format, s.stroke());
            } else {
                surface.text(node.label().get(i), centerX, top + measurer.ascent(format.label()) + i * labelLine, format.label(), s.text());
            }
        }
        double captionTop = top + node.label().size() * labelLine + format.captionGap();
        double captionLine = measurer.lineHeight(format.caption());
        for (int i = 0; i < node.caption().size() && !greekCaption; i++) {
            surface.text(node.caption().get(i), centerX, captionTop + measurer.ascent(format.caption()) + i * captionLine,
                    format.caption(), s.caption());
        }
    }

    /** A line of text too small to read, as a bar of about its length. */
    private static void greek(Surface surface, String line, double centerX, double top, NodeFormat format, int color) {
        FontSpec font = format.label();
        double width = Math.min(line.length() * font.size() * 0.55, format.maxTextWidth());
        double height = font.size() * 0.5;
        double y = top + font.size() * 0.35;
        surface.polygon(new double[] { centerX - width / 2, y, centerX + width / 2, y, centerX + width / 2, y + height,
                centerX - width / 2, y + height }, color, color, 0);
    }

    /** A statement's outline alone, as in the legend: for icons that show what a kind looks like. */
    public static void paintOutline(Surface surface, NodeStyle s, double x, double y, double w, double h) {
        outline(surface, s, x, y, w, h, s.fill(), s.stroke(), 1.4);
    }

    private static void outline(Surface surface, NodeStyle s, double x, double y, double w, double h, int fill, int stroke, double width) {
        switch (s.outline()) {
            case ROUNDED -> surface.roundedRectangle(x, y, w, h, Math.min(CORNER, h / 3), fill, stroke, width);
            case DOCUMENT -> {
                double f = Math.min(14, h / 3);
                surface.polygon(new double[] { x, y, x + w - f, y, x + w, y + f, x + w, y + h, x, y + h }, fill, stroke, width);
                surface.polyline(new double[] { x + w - f, y, x + w - f, y + f, x + w, y + f }, stroke, width, false);
            }
            case CUT_CORNERS -> {
                double c = Math.min(10, h / 3);
                surface.polygon(new double[] { x + c, y, x + w - c, y, x + w, y + c, x + w, y + h - c, x + w - c, y + h,
                        x + c, y + h, x, y + h - c, x, y + c }, fill, stroke, width);
            }
            case DOT -> surface.ellipse(x, y, w, h, fill);
            case DIAMOND -> surface.polygon(new double[] { x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2 }, fill, stroke, 1);
            case FRAME -> surface.roundedRectangle(x, y, w, h, Math.min(CORNER * 1.6, h / 3), fill, stroke, 1.2);
            case STACK -> {
                surface.roundedRectangle(x + 8, y - 8, w, h, CORNER, fill, stroke, width);
                surface.roundedRectangle(x + 4, y - 4, w, h, CORNER, fill, stroke, width);
                surface.roundedRectangle(x, y, w, h, CORNER, fill, stroke, width);
            }
        }
    }

    /** The height {@link #paintLegend} needs. */
    public double legendHeight() {
        return 3 * 26 + 20;
    }

    /** The width {@link #paintLegend} needs: a fourth column for the evaluation when it is shown. */
    public double legendWidth() {
        return (evaluation != null ? 4 : 3) * 230 + 20;
    }

    /** A key to shapes and lines, in a box starting at (x, y). */
    public void paintLegend(Surface surface, double x, double y) {
        FontSpec font = new FontSpec(12, false);
        double row = 26;
        double column = 230;
        surface.roundedRectangle(x, y, legendWidth(), legendHeight(), 6, 0xFAFAFA, 0xBBBBBB, 1);
        String[] kinds = { "Claim", "Evidence", "Rebuttal" };
        StatementKind[] values = { StatementKind.CLAIM, StatementKind.EVIDENCE, StatementKind.REBUTTAL };
        for (int i = 0; i < 3; i++) {
            NodeStyle s = style.statement(values[i]);
            paintOutline(surface, s, x + 12, y + 10 + i * row, 40, 18);
            surface.textFromLeft(kinds[i], x + 60, y + 24 + i * row, font, 0x1A1A1A);
        }
        String[] relations = { "supports", "attacks (rebuts, undermines)", "undercuts an inference" };
        EdgeStyle[] edges = { style.support(), style.attack(), style.undercut() };
        for (int i = 0; i < 3; i++) {
            double ly = y + 19 + i * row;
            paintLine(new Scene.Line(null, edges[i], List.of(new Point(x + column + 10, ly), new Point(x + column + 60, ly)), true, false), surface, true);
            surface.textFromLeft(relations[i], x + column + 70, ly + 4, font, 0x1A1A1A);
        }
        NodeStyle dot = style.supportJunction();
        outline(surface, dot, x + 2 * column + 60, y + 13, 12, 12, dot.fill(), dot.stroke(), 1);
        surface.textFromLeft("linked premises", x + 2 * column + 80, y + 24, font, 0x1A1A1A);
        NodeStyle diamond = style.attackJunction();
        outline(surface, diamond, x + 2 * column + 60, y + 13 + row, 12, 12, diamond.fill(), diamond.stroke(), 1);
        surface.textFromLeft("joint attack", x + 2 * column + 80, y + 24 + row, font, 0x1A1A1A);
        paintOutline(surface, style.argument(), x + 2 * column + 44, y + 10 + 2 * row, 28, 18);
        surface.textFromLeft("an argument", x + 2 * column + 80, y + 24 + 2 * row, font, 0x1A1A1A);
        if (evaluation != null) {
            EvaluationMarks.legend(surface, x + 3 * column, y, row, font);
        }
    }
}
