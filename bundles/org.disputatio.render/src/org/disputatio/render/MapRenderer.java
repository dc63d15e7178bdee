// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.disputatio.core.evaluation.Label;
import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.NodeFormat;
import org.disputatio.layout.SecondCore;
import org.disputatio.model.Element;
import org.disputatio.views.Diagram;
import org.disputatio.views.geometry.Box;

/**
 * Exports a laid-out diagram as SVG or PNG, without a display.
 */
public final class MapRenderer {

    /** White space around the map in exported images. */
    public static final double MARGIN = 24;

    /** Measures with the font bundled in .render, the one every export draws and embeds. */
    private final AwtTextMeasurer measurer = BundledFont.measurer();
    private final NodeFormat format;
    private final VisualStyle style;
    private final ScenePainter painter;

    /** A renderer in the default text size and colours. */
    public MapRenderer() {
        this(MapSettings.DEFAULT);
    }

    public MapRenderer(MapSettings settings) {
        format = settings.format();
        style = settings.style();
        painter = new ScenePainter(measurer, style);
    }

    /** Draws evaluation labels (or none, with null) in what is exported next. */
    public void showEvaluation(Function<Element, Label> labels) {
        painter.showEvaluation(labels);
    }

    public AwtTextMeasurer measurer() {
        return measurer;
    }

    public NodeFormat format() {
        return format;
    }

    public ScenePainter painter() {
        return painter;
    }

    public VisualStyle style() {
        return style;
    }

    public Scene scene(Diagram diagram) {
        return new SceneBuilder(format, measurer, style).build(diagram);
    }

    /** The exported area: the scene, its margin and, below, the legend. */
    Box frame(Scene scene, boolean legend) {
        double width = scene.width() + 2 * MARGIN;
        double height = scene.height() + 2 * MARGIN;
        if (legend) {
            width = Math.max(width, painter.legendWidth() + 2 * MARGIN);
            height += painter.legendHeight() + MARGIN;
        }
        return new Box(scene.x() - MARGIN, scene.y() - MARGIN, width, height);
    }

    public String svg(Diagram diagram, double scale, boolean legend) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            writeSvg(diagram, scale, legend, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The diagram as an SVG document in UTF-8, written as it is drawn (a big map is not held
     * whole in memory), in pieces of 64 KB or more: {@code out} need not buffer.
     */
    public void writeSvg(Diagram diagram, double scale, boolean legend, OutputStream out) throws IOException {
        Scene scene = scene(diagram);
        Box frame = frame(scene, legend);
        SvgSurface surface = new SvgSurface(out, frame.x(), frame.y(), frame.width(), frame.height(), scale, style.background());
        try {
            if (scene.nodes().size() >= TWO_CORES && SecondCore.available() && eachShownOnce(scene)) {
                paintOnTwoCores(scene, surface);
            } else {
                painter.paint(scene, surface, Set.of());
            }
            if (legend) {
                painter.paintLegend(surface, frame.x() + MARGIN, scene.y() + scene.height() + MARGIN);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        surface.finish();
    }

    /**
     * Whether no element has two boxes: a box is named after what it shows, and the two halves
     * drawn apart could not number a second box of the same element as one surface does.
     */
    private static boolean eachShownOnce(Scene scene) {
        Set<Object> shown = new java.util.HashSet<>(2 * scene.nodes().size());
        for (Scene.Node node : scene.nodes()) {
            Object element = node.shape().getElement();
            if (element != null && !shown.add(element)) {
                return false;
            }
        }
        return true;
    }

    /** From this many boxes on, an SVG's boxes are drawn on two cores (a thread costs about a millisecond). */
    static final int TWO_CORES = 500;

    /**
     * The drawing {@link ScenePainter#paint} makes, the boxes of the scene's second half drawn on
     * another thread into a surface of their own while this one draws the frames, the lines and
     * the first half; they are then written in their place, so the document is the same. The
     * boxes were half of writing the SVG of 5,000 statements. The other thread reads statements
     * this one has read before (the scene's captions and tooltips): it makes no list of the model
     * lazily, and nothing changes the model meanwhile.
     */
    private void paintOnTwoCores(Scene scene, SvgSurface surface) {
        double all = Double.MAX_VALUE;
        double from = ScenePainter.WHOLE;
        java.util.List<Scene.Node> nodes = scene.nodes();
        int half = nodes.size() / 2;
        java.util.concurrent.FutureTask<SvgSurface> second = new java.util.concurrent.FutureTask<>(() -> {
            SvgSurface part = SvgSurface.part();
            painter.paintBoxes(nodes.subList(half, nodes.size()), part, Set.of(), from, from, all, all, 1);
            return part;
        });
        Thread.ofPlatform().daemon().name("svg boxes").start(second);
        painter.paintUnderBoxes(scene, surface, Set.of(), from, from, all, all, 1, () -> {
        });
        painter.paintBoxes(nodes.subList(0, half), surface, Set.of(), from, from, all, all, 1);
        try {
            surface.append(second.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failed) {
                throw failed;
            }
            throw new IllegalStateException(e.getCause());
        }
        painter.paintOverBoxes(scene, surface, from, from, all, all, 1);
    }

    /**
     * The most pixels a PNG is drawn with: 256 million, a gigabyte of image in memory. A layered
     * drawing of n statements covers about n² pixels, so a big map at full size would not fit.
     */
    public static final long MAX_PIXELS = 1L << 28;

    /**
     * @throws IllegalArgumentException when the image would have more than {@link #MAX_PIXELS}
     *         pixels; the message names the largest scale that fits
     */
    public BufferedImage image(Diagram diagram, double scale, boolean legend) {
        Scene scene = scene(diagram);
        Box frame = frame(scene, legend);
        double pixels = Math.ceil(frame.width() * scale) * Math.ceil(frame.height() * scale);
        if (pixels > MAX_PIXELS) {
            double fits = Math.floor(100 * scale * Math.sqrt(MAX_PIXELS / pixels)) / 100;
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the image would be %.0f x %.0f pixels, more than a PNG can be drawn with here; use --scale %s or less, or write SVG",
                    Math.ceil(frame.width() * scale), Math.ceil(frame.height() * scale), fits));
        }
        BufferedImage image = new BufferedImage((int) Math.ceil(frame.width() * scale), (int) Math.ceil(frame.height() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new java.awt.Color(style.background()));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            g.translate(-frame.x(), -frame.y());
            AwtSurface surface = new AwtSurface(g, measurer);
            painter.paint(scene, surface, Set.of());
            if (legend) {
                painter.paintLegend(surface, frame.x() + MARGIN, scene.y() + scene.height() + MARGIN);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The diagram as one PDF page sized to fit it, in vector form with its text as text. */
    public void writePdf(Diagram diagram, boolean legend, OutputStream out) throws IOException {
        Scene scene = scene(diagram);
        Box frame = frame(scene, legend);
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            PdfPages pages = new PdfPages(document);
            pages.page(frame.width(), frame.height(), (surface, stream) -> {
                stream.transform(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, (float) -frame.x(), (float) -frame.y()));
                surface.roundedRectangle(frame.x(), frame.y(), frame.width(), frame.height(), 0, style.background(), 0, 0);
                painter.paint(scene, surface, Set.of());
                if (legend) {
                    painter.paintLegend(surface, frame.x() + MARGIN, scene.y() + scene.height() + MARGIN);
                }
            });
            document.getDocumentInformation().setTitle(diagram.getName());
            document.save(out);
        }
    }

    public void writePng(Diagram diagram, double scale, boolean legend, OutputStream out) throws IOException {
        if (!ImageIO.write(image(diagram, scale, legend), "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }
}
