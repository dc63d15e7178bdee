// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.disputatio.layout.FontSpec;
import org.disputatio.views.Diagram;
import org.disputatio.views.geometry.Box;

/**
 * A diagram too large for one sheet, tiled over A4 or A3 pages for a wall poster: each page
 * holds one piece, the pieces overlap by {@link #OVERLAP} so that they can be glued edge under
 * edge, and marks in the margins show where the neighbouring piece begins. Drawn by the same
 * painter as every export, in vector form with text as text.
 */
public final class Poster {

    /** Paper sizes in points, portrait. */
    public enum Paper {
        A4(595.28, 841.89), A3(841.89, 1190.55);

        final double width;
        final double height;

        Paper(double width, double height) {
            this.width = width;
            this.height = height;
        }

        /** The paper of a command-line name ({@code a4}, {@code a3}), or null. */
        public static Paper named(String name) {
            for (Paper paper : values()) {
                if (paper.name().equalsIgnoreCase(name)) {
                    return paper;
                }
            }
            return null;
        }
    }

    /** Ten millimetres: what most printers leave blank at the edge. */
    public static final double MARGIN = 28.35;
    /** Ten millimetres of each piece that the next one repeats, to glue under it. */
    public static final double OVERLAP = 28.35;

    private static final int MARK = 0x404040;

    /** How the poster falls on its pages. */
    public record Tiling(Paper paper, boolean landscape, int columns, int rows) {

        public int pages() {
            return columns * rows;
        }

        public double pageWidth() {
            return landscape ? paper.height : paper.width;
        }

        public double pageHeight() {
            return landscape ? paper.width : paper.height;
        }

        /** The part of the poster a page prints, across. */
        double pieceWidth() {
            return pageWidth() - 2 * MARGIN;
        }

        double pieceHeight() {
            return pageHeight() - 2 * MARGIN;
        }
    }

    private Poster() {
    }

    /** The fewest pages for a poster this large, in points: upright or across, whichever needs fewer. */
    public static Tiling tiling(double width, double height, Paper paper) {
        Tiling upright = tiling(width, height, paper, false);
        Tiling across = tiling(width, height, paper, true);
        return across.pages() < upright.pages() ? across : upright;
    }

    private static Tiling tiling(double width, double height, Paper paper, boolean landscape) {
        Tiling page = new Tiling(paper, landscape, 1, 1);
        return new Tiling(paper, landscape, count(width, page.pieceWidth()), count(height, page.pieceHeight()));
    }

    /** Pieces of {@code piece} that overlap by {@link #OVERLAP} and cover {@code length}. */
    private static int count(double length, double piece) {
        return Math.max(1, (int) Math.ceil((length - OVERLAP) / (piece - OVERLAP) - 1e-9));
    }

    /**
     * Writes the diagram as a poster, {@code scale} points to a diagram unit, over as few pages of
     * the paper as hold it.
     *
     * @return how it was tiled
     */
    public static Tiling write(MapRenderer renderer, Diagram diagram, boolean legend, Paper paper, double scale, OutputStream out)
            throws IOException {
        Scene scene = renderer.scene(diagram);
        Box frame = renderer.frame(scene, legend);
        Tiling tiling = tiling(frame.width() * scale, frame.height() * scale, paper);
        try (PDDocument document = new PDDocument()) {
            PdfPages pages = new PdfPages(document);
            for (int row = 0; row < tiling.rows(); row++) {
                for (int column = 0; column < tiling.columns(); column++) {
                    int r = row, c = column;
                    pages.page(tiling.pageWidth(), tiling.pageHeight(),
                            (surface, stream) -> piece(renderer, scene, frame, legend, scale, tiling, r, c, surface, stream, pages.fonts()));
                }
            }
            document.getDocumentInformation().setTitle(diagram.getName());
            document.getDocumentInformation().setCreator("Disputatio");
            document.save(out);
        }
        return tiling;
    }

    private static void piece(MapRenderer renderer, Scene scene, Box frame, boolean legend, double scale, Tiling tiling, int row,
            int column, PdfSurface surface, PDPageContentStream stream, PdfSurface.Fonts fonts) throws IOException {
        double pw = tiling.pieceWidth(), ph = tiling.pieceHeight();
        // Where this piece starts on the poster, in points.
        double left = column * (pw - OVERLAP), top = row * (ph - OVERLAP);
        stream.saveGraphicsState();
        stream.addRect((float) MARGIN, (float) MARGIN, (float) pw, (float) ph);
        stream.clip();
        stream.transform(new Matrix((float) scale, 0, 0, (float) scale, (float) (MARGIN - left - frame.x() * scale),
                (float) (MARGIN - top - frame.y() * scale)));
        surface.roundedRectangle(frame.x(), frame.y(), frame.width(), frame.height(), 0, renderer.style().background(), 0, 0);
        // Only what lies on this piece, so that each page holds its own part of the text.
        renderer.painter().paint(scene, surface, Set.of(), frame.x() + left / scale, frame.y() + top / scale, pw / scale, ph / scale, 1);
        if (legend) {
            renderer.painter().paintLegend(surface, frame.x() + MapRenderer.MARGIN, scene.y() + scene.height() + MapRenderer.MARGIN);
        }
        stream.restoreGraphicsState();
        marks(surface, tiling, row, column);
        FontSpec small = new FontSpec(7, false);
        String where = String.format(Locale.ROOT,
                "Piece: row %d of %d, column %d of %d. The next piece repeats the 10 mm beyond the inner marks; glue it over them.",
                row + 1, tiling.rows(), column + 1, tiling.columns());
        surface.textFromLeft(where, MARGIN, tiling.pageHeight() - MARGIN / 2 + 2, small, MARK);
    }

    /**
     * Ticks in the margins where the overlap with each neighbour begins and ends: the lines to
     * cut along and to lay the next piece's edge on.
     */
    private static void marks(PdfSurface surface, Tiling tiling, int row, int column) {
        double w = tiling.pageWidth(), h = tiling.pageHeight();
        double tick = MARGIN * 0.7;
        if (column + 1 < tiling.columns()) {
            vertical(surface, w - MARGIN - OVERLAP, h, tick);
        }
        if (column > 0) {
            vertical(surface, MARGIN + OVERLAP, h, tick);
        }
        if (row + 1 < tiling.rows()) {
            horizontal(surface, h - MARGIN - OVERLAP, w, tick);
        }
        if (row > 0) {
            horizontal(surface, MARGIN + OVERLAP, w, tick);
        }
        // The piece's own edges, at its corners.
        for (double x : new double[] { MARGIN, w - MARGIN }) {
            for (double y : new double[] { MARGIN, h - MARGIN }) {
                double dx = x < w / 2 ? -1 : 1, dy = y < h / 2 ? -1 : 1;
                surface.polyline(new double[] { x + dx * 4, y, x + dx * tick, y }, MARK, 0.5, false);
                surface.polyline(new double[] { x, y + dy * 4, x, y + dy * tick }, MARK, 0.5, false);
            }
        }
    }

    private static void vertical(PdfSurface surface, double x, double h, double tick) {
        surface.polyline(new double[] { x, MARGIN - tick, x, MARGIN - 3 }, MARK, 0.8, false);
        surface.polyline(new double[] { x, h - MARGIN + 3, x, h - MARGIN + tick }, MARK, 0.8, false);
    }

    private static void horizontal(PdfSurface surface, double y, double w, double tick) {
        surface.polyline(new double[] { MARGIN - tick, y, MARGIN - 3, y }, MARK, 0.8, false);
        surface.polyline(new double[] { w - MARGIN + 3, y, w - MARGIN + tick, y }, MARK, 0.8, false);
    }
}
