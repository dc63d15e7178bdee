// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.disputatio.core.MapFiles;
import org.disputatio.interchange.MapFormats;
import org.disputatio.render.MapRenderer;
import org.disputatio.render.SlideDeck;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;

/**
 * The formats File &gt; Export offers, one row each. A format is added by adding its row here;
 * pictures are drawn by the command line's renderer, maps written by the interchange bundle,
 * and every file is written whole or not at all.
 */
public final class ExportFormats {

    /** The diagram as the editor draws it, at 1:1 (the command line's default scale). */
    public static final double SCALE = 1;

    public static final ExportFormat SVG = new ExportFormat("SVG picture of the diagram", List.of("svg"),
            (subject, file) -> write(file, renderer(subject).svg(diagram(subject), SCALE, false).getBytes(StandardCharsets.UTF_8)));

    public static final ExportFormat PNG = new ExportFormat("PNG image of the diagram", List.of("png"), (subject, file) -> {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        renderer(subject).writePng(diagram(subject), SCALE, false, png);
        return write(file, png.toByteArray());
    });

    public static final ExportFormat PDF = new ExportFormat("PDF of the diagram", List.of("pdf"), (subject, file) -> {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer(subject).writePdf(diagram(subject), false, pdf);
        return write(file, pdf.toByteArray());
    });

    public static final ExportFormat ARGDOWN = new ExportFormat("Argdown", List.of("argdown", "ad"),
            (subject, file) -> MapFormats.save(subject.session(), file, MapFormats.Format.ARGDOWN));

    public static final ExportFormat AIF = new ExportFormat("AIF (JSON, as OVA reads it)", List.of("json"),
            (subject, file) -> MapFormats.save(subject.session(), file, MapFormats.Format.AIF));

    public static final ExportFormat SLIDES_PDF = new ExportFormat("Presentation as PDF slides", List.of("pdf"), (subject, file) -> {
        List<String> notices = new ArrayList<>();
        SlideDeck deck = new SlideDeck(renderer(subject), presentation(subject, notices));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        deck.writePdf(false, false, pdf);
        write(file, pdf.toByteArray());
        return notices;
    });

    public static final ExportFormat SLIDES_HTML = new ExportFormat("Presentation as HTML slides", List.of("html", "htm"), (subject, file) -> {
        List<String> notices = new ArrayList<>();
        SlideDeck deck = new SlideDeck(renderer(subject), presentation(subject, notices));
        write(file, deck.html().getBytes(StandardCharsets.UTF_8));
        return notices;
    });

    /** The table, in the order the dialog lists it. */
    public static final List<ExportFormat> ALL = List.of(SVG, PNG, PDF, ARGDOWN, AIF, SLIDES_PDF, SLIDES_HTML);

    private ExportFormats() {
    }

    private static MapRenderer renderer(ExportSubject subject) {
        return new MapRenderer(subject.settings());
    }

    private static Diagram diagram(ExportSubject subject) throws IOException {
        if (subject.diagram() == null) {
            throw new IOException("the map has no diagram to draw");
        }
        return subject.diagram();
    }

    /** The map's first presentation; the scholar hears when there are others. */
    private static Presentation presentation(ExportSubject subject, List<String> notices) throws IOException {
        List<Presentation> all = subject.session().getPresentations();
        if (all.isEmpty()) {
            throw new IOException("the map has no presentation to write as slides");
        }
        if (all.size() > 1) {
            notices.add("only '" + all.get(0).getName() + "' written, the first of the map's " + all.size() + " presentations");
        }
        return all.get(0);
    }

    private static List<String> write(Path file, byte[] content) throws IOException {
        MapFiles.writeAtomically(file, content);
        return List.of();
    }
}
