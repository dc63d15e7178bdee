// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.testing.SyntheticDebates;
import org.disputatio.views.Diagram;
import org.junit.jupiter.api.Test;

/** SVG written as it is drawn: in chunks, the same document as the string, and a failing writer said so. */
class StreamedSvgTest {

    private final MapRenderer renderer = new MapRenderer();

    private Diagram laidOut(int statements) {
        Diagram diagram = DiagramContents.wholeMap(SyntheticDebates.generate(statements, 3), "all");
        DiagramLayouter.applyDirectly(new DiagramLayouter(renderer.measurer(), renderer.format()).compute(diagram, null));
        return diagram;
    }

    @Test
    void aBigMapGoesOutInChunksAndReadsAsTheWholeDocument() throws IOException {
        Diagram diagram = laidOut(600);
        List<Integer> chunks = new ArrayList<>();
        StringWriter whole = new StringWriter();
        Writer counting = new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                chunks.add(length);
                whole.write(text, offset, length);
            }

            @Override
            public Writer append(CharSequence text) {
                chunks.add(text.length());
                whole.append(text);
                return this;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        renderer.writeSvg(diagram, 1, true, counting);
        String document = whole.toString();
        assertTrue(chunks.size() > 2, "written in " + chunks.size() + " pieces, " + document.length() + " characters");
        assertTrue(chunks.stream().allMatch(n -> n < document.length() / 2), "no piece holds most of the document: " + chunks);
        assertEquals(renderer.svg(diagram, 1, true), document);
        assertTrue(document.startsWith("<?xml") && document.endsWith("</svg>\n"));
    }

    @Test
    void theBoxesDrawnOnTwoCoresMakeTheDocumentOneCoreMakes() throws IOException {
        Diagram diagram = laidOut(1200);
        Scene scene = renderer.scene(diagram);
        assertTrue(scene.nodes().size() >= MapRenderer.TWO_CORES, scene.nodes().size() + " boxes");
        org.disputatio.views.geometry.Box frame = renderer.frame(scene, true);
        StringWriter oneCore = new StringWriter();
        SvgSurface surface = new SvgSurface(oneCore, frame.x(), frame.y(), frame.width(), frame.height(), 1, renderer.style().background());
        renderer.painter().paint(scene, surface, java.util.Set.of());
        renderer.painter().paintLegend(surface, frame.x() + MapRenderer.MARGIN, scene.y() + scene.height() + MapRenderer.MARGIN);
        surface.finish();
        assertEquals(oneCore.toString(), renderer.svg(diagram, 1, true));
    }

    @Test
    void aPartDrawnElsewhereIsAppendedInOrder() {
        SvgSurface part = SvgSurface.part();
        SvgSurface whole = new SvgSurface();
        SvgSurface alone = new SvgSurface();
        whole.text("first", 0, 0, new org.disputatio.layout.FontSpec(12, false), 0);
        alone.text("first", 0, 0, new org.disputatio.layout.FontSpec(12, false), 0);
        // Enough to fill several of a part's chunks.
        for (int i = 0; i < 20_000; i++) {
            part.text("line " + i, i, i, new org.disputatio.layout.FontSpec(12, false), 0);
            alone.text("line " + i, i, i, new org.disputatio.layout.FontSpec(12, false), 0);
        }
        whole.append(part);
        assertEquals(alone.document(0, 0, 10, 10, 1, 0xffffff), whole.document(0, 0, 10, 10, 1, 0xffffff));
    }

    @Test
    void aWriterThatFailsGivesItsOwnError() {
        Diagram diagram = laidOut(600);
        Writer full = new Writer() {
            @Override
            public void write(char[] text, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        IOException thrown = assertThrows(IOException.class, () -> renderer.writeSvg(diagram, 1, false, full));
        assertEquals("No space left on device", thrown.getMessage());
    }

    @Test
    void aStreamedSurfaceReturnsNoDocument() {
        SvgSurface streamed = new SvgSurface(new StringWriter(), 0, 0, 10, 10, 1, 0xffffff);
        assertThrows(IllegalStateException.class, () -> streamed.document(0, 0, 10, 10, 1, 0xffffff));
    }
}
