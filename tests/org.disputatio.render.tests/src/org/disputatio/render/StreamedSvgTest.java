// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.testing.SyntheticDebates;
import org.disputatio.views.Diagram;
import org.junit.jupiter.api.Test;

/** SVG written as it is drawn: in chunks of UTF-8, the same document as the string, and a failing stream said so. */
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
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                chunks.add(1);
                whole.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                chunks.add(length);
                whole.write(bytes, offset, length);
            }
        };
        renderer.writeSvg(diagram, 1, true, counting);
        String document = whole.toString(StandardCharsets.UTF_8);
        assertTrue(chunks.size() > 2, "written in " + chunks.size() + " pieces, " + document.length() + " characters");
        assertTrue(chunks.stream().allMatch(n -> n < document.length() / 2), "no piece holds most of the document: " + chunks);
        assertTrue(chunks.subList(0, chunks.size() - 1).stream().allMatch(n -> n >= 1 << 16),
                "but for the last, every piece is big enough to need no buffer: " + chunks);
        assertEquals(renderer.svg(diagram, 1, true), document);
        assertTrue(document.startsWith("<?xml") && document.endsWith("</svg>\n"));
    }

    /** Text of every length of UTF-8, and what {@link Markup} escapes or drops, as the JDK encodes it. */
    @Test
    void textIsWrittenAsTheJdksUtf8() throws IOException {
        String[] texts = { "plain", "caf\u00e9 na\u00efve", "\u2014 Nye, 2004, p. 5", "\u201Cquoted\u201D", "clef \uD834\uDD1E",
            "<script>&\"'</script>", "lone \uD800 high and \uDC00 low", "\uFFFE\uFFFF\u0001\t\n", "\u00ff\u0100\u07ff\u0800\uffef" };
        for (String text : texts) {
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            SvgSurface surface = new SvgSurface(streamed, 0, 0, 10, 10, 1, 0xffffff);
            surface.beginElement("statement", "s-" + text, text);
            surface.text(text, 1, 2, new org.disputatio.layout.FontSpec(12, true), 0x123456);
            surface.endElement();
            surface.finish();
            String escaped = Markup.escape(text);
            String tail = "<g class=\"statement\" id=\"s-" + escaped + "\">\n<title>" + escaped + "</title>\n"
                    + "<text x=\"1\" y=\"2\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#123456\">" + escaped
                    + "</text>\n</g>\n</svg>\n";
            byte[] expected = tail.getBytes(StandardCharsets.UTF_8);
            byte[] written = streamed.toByteArray();
            assertArrayEquals(expected, java.util.Arrays.copyOfRange(written, written.length - expected.length, written.length), text);
        }
        java.util.Random random = new java.util.Random(8);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                int kind = random.nextInt(5);
                text.append((char) (kind == 0 ? random.nextInt(0x80) : kind == 1 ? 0x80 + random.nextInt(0x780)
                        : kind == 2 ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x10000)));
            }
            byte[] bytes = new SvgSurface.Utf8(4).text(text).toByteArray();
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), bytes, () -> text.codePoints()
                    .mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void theBoxesDrawnOnTwoCoresMakeTheDocumentOneCoreMakes() throws IOException {
        Diagram diagram = laidOut(1200);
        Scene scene = renderer.scene(diagram);
        assertTrue(scene.nodes().size() >= MapRenderer.TWO_CORES, scene.nodes().size() + " boxes");
        org.disputatio.views.geometry.Box frame = renderer.frame(scene, true);
        ByteArrayOutputStream oneCore = new ByteArrayOutputStream();
        SvgSurface surface = new SvgSurface(oneCore, frame.x(), frame.y(), frame.width(), frame.height(), 1, renderer.style().background());
        renderer.painter().paint(scene, surface, java.util.Set.of());
        renderer.painter().paintLegend(surface, frame.x() + MapRenderer.MARGIN, scene.y() + scene.height() + MapRenderer.MARGIN);
        surface.finish();
        assertEquals(oneCore.toString(StandardCharsets.UTF_8), renderer.svg(diagram, 1, true));
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
    void aStreamThatFailsGivesItsOwnError() {
        Diagram diagram = laidOut(600);
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        IOException thrown = assertThrows(IOException.class, () -> renderer.writeSvg(diagram, 1, false, full));
        assertEquals("No space left on device", thrown.getMessage());
    }

    @Test
    void aStreamedSurfaceReturnsNoDocument() {
        SvgSurface streamed = new SvgSurface(new ByteArrayOutputStream(), 0, 0, 10, 10, 1, 0xffffff);
        assertThrows(IllegalStateException.class, () -> streamed.document(0, 0, 10, 10, 1, 0xffffff));
    }
}
