package org.disputatio.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

import javax.imageio.ImageIO;

import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.NodeFormat;
import org.disputatio.views.Diagram;

/**
 * Exports a laid-out diagram as SVG or PNG, without a display.
 */
public final class MapRenderer {

    /** White space around the map in exported images. */
    public static final double MARGIN = 24;

    private final AwtTextMeasurer measurer = new AwtTextMeasurer();
    private final NodeFormat format = NodeFormat.DEFAULT;
    private final VisualStyle style = VisualStyle.DEFAULT;
    private final ScenePainter painter = new ScenePainter(measurer, style);

    public AwtTextMeasurer measurer() {
        return measurer;
    }

    public NodeFormat format() {
        return format;
    }

    public Scene scene(Diagram diagram) {
        return new SceneBuilder(format, measurer, style).build(diagram);
    }

    /** The exported area: the scene, its margin and, below, the legend. */
    private double[] frame(Scene scene, boolean legend) {
        double width = scene.width() + 2 * MARGIN;
        double height = scene.height() + 2 * MARGIN;
        if (legend) {
            width = Math.max(width, 3 * 230 + 20 + 2 * MARGIN);
            height += painter.legendHeight() + MARGIN;
        }
        return new double[] { scene.x() - MARGIN, scene.y() - MARGIN, width, height };
    }

    public String svg(Diagram diagram, double scale, boolean legend) {
        Scene scene = scene(diagram);
        SvgSurface surface = new SvgSurface();
        painter.paint(scene, surface, Set.of());
        double[] frame = frame(scene, legend);
        if (legend) {
            painter.paintLegend(surface, frame[0] + MARGIN, scene.y() + scene.height() + MARGIN);
        }
        return surface.document(frame[0], frame[1], frame[2], frame[3], scale, style.background());
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
        double[] frame = frame(scene, legend);
        double pixels = Math.ceil(frame[2] * scale) * Math.ceil(frame[3] * scale);
        if (pixels > MAX_PIXELS) {
            double fits = Math.floor(100 * scale * Math.sqrt(MAX_PIXELS / pixels)) / 100;
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the image would be %.0f x %.0f pixels, more than a PNG can be drawn with here; use --scale %s or less, or write SVG",
                    Math.ceil(frame[2] * scale), Math.ceil(frame[3] * scale), fits));
        }
        BufferedImage image = new BufferedImage((int) Math.ceil(frame[2] * scale), (int) Math.ceil(frame[3] * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new java.awt.Color(style.background()));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            g.translate(-frame[0], -frame[1]);
            AwtSurface surface = new AwtSurface(g, measurer);
            painter.paint(scene, surface, Set.of());
            if (legend) {
                painter.paintLegend(surface, frame[0] + MARGIN, scene.y() + scene.height() + MARGIN);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public void writePng(Diagram diagram, double scale, boolean legend, OutputStream out) throws IOException {
        if (!ImageIO.write(image(diagram, scale, legend), "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }
}
