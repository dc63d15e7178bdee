// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    private final CommandLine cli = new CommandLine();

    @BeforeEach
    void writeMap() throws IOException {
        map = CommandLine.writeSmallDebate(dir.resolve("debate.argmap"));
    }

    private String render(String... options) throws IOException {
        Path svg = dir.resolve("out.svg");
        List<String> args = new java.util.ArrayList<>(List.of("render", map.toString(), svg.toString()));
        args.addAll(List.of(options));
        assertEquals(0, cli.run(args), cli.errors());
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
        assertEquals(0, cli.run("layout", map.toString()));
        double normal = claimShape().getHeight();
        assertEquals(0, cli.run("layout", map.toString(), "--text-size", "30"));
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
        assertEquals(2, cli.run("render", map.toString(), dir.resolve("out.svg").toString(), "--scheme", "purple"));
        assertTrue(cli.errors().contains("--scheme purple: expected one of [okabe-ito, greyscale, projector]"),
                cli.errors());
        assertEquals(2, cli.run("layout", map.toString(), "--text-size", "big"));
        assertTrue(cli.errors().contains("--text-size big: expected a number of points from 6 to 48"),
                cli.errors());
        assertFalse(Files.exists(dir.resolve("out.svg")), "nothing is written");
    }
}
