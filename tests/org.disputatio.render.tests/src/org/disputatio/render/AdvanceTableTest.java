// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.disputatio.layout.AdvanceTable;
import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.FontSpec;
import org.disputatio.layout.NodeFormat;
import org.disputatio.layout.NodeText;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.testing.SyntheticDebates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurer reading the bundled faces' advances from a table gives AWT's numbers exactly, and
 * loads a font only for a text or size the table does not hold.
 */
class AdvanceTableTest {

    private static final List<FontSpec> SIZES = List.of(NodeFormat.DEFAULT.label(), NodeFormat.DEFAULT.caption());

    @TempDir
    Path folder;

    private final AwtTextMeasurer awt = BundledFont.measurer();
    private final AtomicInteger loaded = new AtomicInteger();

    private AwtTextMeasurer tabled(AdvanceTable table) {
        return new AwtTextMeasurer(counting(false), counting(true), table);
    }

    /** The bundled face (derived at size 1 from the AWT measurer's, which derives it again as the original does). */
    private Supplier<java.awt.Font> counting(boolean bold) {
        return () -> {
            loaded.incrementAndGet();
            return awt.font(new FontSpec(1, bold));
        };
    }

    private AdvanceTable written(String key) throws IOException {
        Path file = folder.resolve("advances");
        awt.tabulate(SIZES, key).write(file);
        return AdvanceTable.read(file, key);
    }

    @Test
    void textOfCoveredCharactersIsMeasuredAsAwtMeasuresItWithoutAFont() throws IOException {
        AwtTextMeasurer tabled = tabled(written("test"));
        Random random = new Random(5);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"()[]-–—‘’“”…éèüßøæÅÑçΩλЖж€%&/";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(80); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (FontSpec font : SIZES) {
                assertEquals(awt.width(text.toString(), font), tabled.width(text.toString(), font), () -> "width of '" + text + "' at " + font);
            }
        }
        for (FontSpec font : SIZES) {
            assertEquals(awt.lineHeight(font), tabled.lineHeight(font), "line height at " + font);
            assertEquals(awt.ascent(font), tabled.ascent(font), "ascent at " + font);
        }
        assertEquals(0, loaded.get(), "fonts loaded");
    }

    @Test
    void theBoxesOfADebateAreAsAwtMeasuresThem() throws IOException {
        AwtTextMeasurer tabled = tabled(written("test"));
        ArgumentMap map = SyntheticDebates.generate(300, 3);
        for (Statement statement : map.getStatements()) {
            assertEquals(NodeText.of(statement, NodeFormat.DEFAULT, awt), NodeText.of(statement, NodeFormat.DEFAULT, tabled), statement.getLabel());
        }
        assertEquals(0, loaded.get(), "fonts loaded");
    }

    @Test
    void aTextOrSizeNotInTheTableIsMeasuredByAwt() throws IOException {
        AwtTextMeasurer tabled = tabled(written("test"));
        FontSpec font = NodeFormat.DEFAULT.label();
        for (String text : List.of("e\u0301t\u00E9", "שלום", "中文", "smile \uD83D\uDE00")) {
            assertEquals(awt.width(text, font), tabled.width(text, font), text);
        }
        FontSpec other = new FontSpec(17, false);
        assertEquals(awt.width("Another size", other), tabled.width("Another size", other));
        assertEquals(awt.lineHeight(other), tabled.lineHeight(other));
        assertEquals(2, loaded.get(), "the label's face, and the regular face for the other size");
    }

    @Test
    void aTableMadeForOtherFontsOrCutShortIsNotRead() throws IOException {
        assertNotNull(written("these fonts"));
        Path file = folder.resolve("advances");
        assertNull(AdvanceTable.read(file, "other fonts"));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        assertNull(AdvanceTable.read(file, "these fonts"));
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length + 1));
        assertNull(AdvanceTable.read(file, "these fonts"));
        assertNull(AdvanceTable.read(folder.resolve("none"), "these fonts"));
    }
}
