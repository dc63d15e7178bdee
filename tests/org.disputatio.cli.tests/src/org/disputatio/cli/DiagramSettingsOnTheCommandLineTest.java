// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Shape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} and {@code layout} take the colour scheme and the text size the workbench's preferences set. */
class DiagramSettingsOnTheCommandLineTest {

    @TempDir
    Path dir;

    private Path map;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeMap() throws IOException {
        map = dir.resolve("debate.argmap");
        MapSession session = MapSession.create(map, "A small debate");
        var domain = session.getEditingDomain();
        Statement thesis = MapElements.statement(StatementKind.CLAIM, "Soft power can be mutually reinforcing");
        Statement reason = MapElements.statement(StatementKind.EVIDENCE, "Attraction reduces conflict");
        Statement rebuttal = MapElements.statement(StatementKind.REBUTTAL, "Non-zero-sum talk is Western");
        for (Statement s : List.of(thesis, reason, rebuttal)) {
            session.execute(MapCommands.add(domain, session.getMap(), s));
        }
        session.execute(MapCommands.support(domain, session.getMap(), List.of(reason), thesis));
        session.execute(MapCommands.attack(domain, session.getMap(), List.of(rebuttal), thesis));
        session.save();
    }

    private int run(String... args) {
        return new Main().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String render(String... options) throws IOException {
        Path svg = dir.resolve("out.svg");
        List<String> args = new java.util.ArrayList<>(List.of("render", map.toString(), svg.toString()));
        args.addAll(List.of(options));
        assertEquals(0, run(args.toArray(String[]::new)), err.toString(StandardCharsets.UTF_8));
        return Files.readString(svg);
    }

    @Test
    void renderDrawsInTheSchemeAsked() throws IOException {
        String okabeIto = render();
        assertTrue(okabeIto.contains("#0072b2"), "the default is Okabe-Ito's blue for claims");
        String greyscale = render("--scheme", "greyscale");
        assertFalse(greyscale.contains("#0072b2"), "no colour in greyscale");
        assertTrue(greyscale.contains("#d0d0d0"), "the rebuttal's grey fill");
    }

    @Test
    void layoutSizesTheShapesForTheTextSizeAsked() throws IOException {
        assertEquals(0, run("layout", map.toString()));
        double normal = claimShape().getHeight();
        assertEquals(0, run("layout", map.toString(), "--text-size", "30"));
        double large = claimShape().getHeight();
        assertTrue(large > 1.5 * normal, "30 pt text needs taller boxes than 15 pt: " + normal + " and " + large);
        String svg = render("--text-size", "30");
        assertTrue(svg.contains("font-size=\"30"), "the labels are drawn in the size they were laid out for");
    }

    private Shape claimShape() throws IOException {
        MapSession session;
        try {
            session = MapSession.open(map);
        } catch (org.disputatio.core.MapFileException e) {
            throw new IOException(e);
        }
        return session.getDiagrams().get(0).getShapes().stream()
                .filter(s -> s.getElement() instanceof Statement st && st.getKind() == StatementKind.CLAIM).findFirst().orElseThrow();
    }

    @Test
    void anUnknownSchemeOrSizeIsRefusedAndNamesTheChoices() {
        assertEquals(2, run("render", map.toString(), dir.resolve("out.svg").toString(), "--scheme", "purple"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--scheme purple: expected one of [okabe-ito, greyscale, projector]"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("layout", map.toString(), "--text-size", "big"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--text-size big: expected a number of points from 6 to 48"),
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("out.svg")), "nothing is written");
    }
}
