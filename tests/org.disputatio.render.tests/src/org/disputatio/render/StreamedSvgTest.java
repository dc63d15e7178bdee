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
