// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.disputatio.core.MapSession;
import org.disputatio.views.Diagram;
import org.junit.jupiter.api.Test;

/** A large diagram tiled over A4 or A3 pages for a wall poster. */
class PosterTest {

    private final MapRenderer renderer = new MapRenderer();

    @Test
    void thePiecesCoverThePosterWithTheirOverlapAndNoPageMore() {
        for (Poster.Paper paper : Poster.Paper.values()) {
            for (double width = 100; width < 6000; width += 237) {
                for (double height = 80; height < 4000; height += 311) {
                    Poster.Tiling t = Poster.tiling(width, height, paper);
                    double pieceW = t.pageWidth() - 2 * Poster.MARGIN, pieceH = t.pageHeight() - 2 * Poster.MARGIN;
                    double step = pieceW - Poster.OVERLAP, down = pieceH - Poster.OVERLAP;
                    assertTrue((t.columns() - 1) * step + pieceW >= width - 1e-6, "covered across: " + t + " " + width);
                    assertTrue((t.rows() - 1) * down + pieceH >= height - 1e-6, "covered down: " + t + " " + height);
                    assertTrue(t.columns() == 1 || (t.columns() - 2) * step + pieceW < width, "a column too many: " + t);
                    assertTrue(t.rows() == 1 || (t.rows() - 2) * down + pieceH < height, "a row too many: " + t);
                    Poster.Tiling turned = Poster.tiling(height, width, paper);
                    assertEquals(t.pages(), turned.pages(), "upright or across, whichever needs fewer");
                }
            }
        }
    }

    @Test
    void theEdneyMapAsAnA4PosterKeepsItsTextAsText() throws Exception {
        Path file = Path.of(System.getProperty("disputatio.root", ".")).resolve("examples").resolve("edney-2015.argmap");
        MapSession session = MapSession.open(file);
        Diagram diagram = new DiagramPipeline(MapSettings.DEFAULT, renderer.measurer()).choose(session, null, false);
        new DiagramPipeline(MapSettings.DEFAULT, renderer.measurer()).prepare(diagram, session.getMap(), false);
        Scene scene = renderer.scene(diagram);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Poster.Tiling tiling = Poster.write(renderer, diagram, false, Poster.Paper.A4, 1, out);
        assertTrue(tiling.pages() > 1, "the map is larger than one A4 page: " + tiling);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(tiling.pages(), document.getNumberOfPages());
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                assertEquals(tiling.pageWidth(), page.getMediaBox().getWidth(), 0.01);
                assertEquals(tiling.pageHeight(), page.getMediaBox().getHeight(), 0.01);
                SlideDeckTest.assertVectorWithEmbeddedFonts(page);
                String text = SlideDeckTest.text(document, i);
                assertTrue(text.contains("row " + (i / tiling.columns() + 1) + " of " + tiling.rows() + ", column "
                        + (i % tiling.columns() + 1) + " of " + tiling.columns()), "each piece says where it goes: " + text);
                all.append(text).append(' ');
            }
            for (Scene.Node node : scene.nodes()) {
                for (String line : node.label()) {
                    assertTrue(all.toString().contains(line), "'" + line + "' is on some piece, as text");
                }
            }
        }
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        assertEquals(1, Poster.write(renderer, diagram, false, Poster.Paper.A3, 0.05, small).pages(), "small enough for one sheet");
    }
}
