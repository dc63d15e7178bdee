// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.disputatio.core.MapStatistics;
import org.disputatio.core.StepGroups;
import org.disputatio.core.StepState;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.core.evaluation.Label;
import org.disputatio.layout.FontSpec;
import org.disputatio.views.Presentation;
import org.disputatio.views.Step;
import org.disputatio.views.geometry.Scaling;

/**
 * A presentation as slides to hand out or to show without Disputatio: a PDF with a 16:9 page per
 * step (an outline of the step titles, page labels, optional notes pages or a handout), a
 * {@code .pdfpc} file with the notes for pdfpc, and a self-contained HTML file that presents the
 * steps in a browser with a speaker window. Every page is painted by the {@link ScenePainter}.
 */
public final class SlideDeck {

    /** A slide in points: 13.33 by 7.5 inches, the usual wide-screen size. */
    public static final double WIDTH = 960;
    public static final double HEIGHT = 540;

    private static final double MARGIN = 28;
    private static final double TITLE_BAND = 72;
    private static final double FOOTER = 26;
    /** Larger than this the map would look blown up rather than focused. */
    private static final double MAX_ZOOM = 1.8;
    private static final int INK = 0x1A1A1A;
    private static final int MUTED = 0x6B6B6B;

    private final MapRenderer renderer;
    private final Presentation presentation;
    private final List<StepScene> steps = new ArrayList<>();
    /** The handout's pictures: each step group's final state, nothing dimmed (a handout is read, not shown). */
    private final List<StepScene> groupScenes = new ArrayList<>();
    private final List<StepGroups.Group> groups;

    public SlideDeck(MapRenderer renderer, Presentation presentation) {
        this(renderer, presentation, null);
    }

    /**
     * The slides, with the evaluation drawn on every step under these options when they are
     * given (each step's own what-if added), else on the steps that ask for it.
     *
     * @throws org.disputatio.core.evaluation.EvaluationTooLargeException when preferred or stable
     *         semantics exceed their bound
     */
    public SlideDeck(MapRenderer renderer, Presentation presentation, EvaluationOptions everyStep) {
        if (presentation.getDiagram() == null) {
            throw new IllegalArgumentException("the presentation '" + presentation.getName() + "' shows no diagram");
        }
        if (presentation.getSteps().isEmpty()) {
            throw new IllegalArgumentException("the presentation '" + presentation.getName() + "' has no steps");
        }
        this.renderer = renderer;
        this.presentation = presentation;
        Scene full = renderer.scene(presentation.getDiagram());
        for (int i = 0; i < presentation.getSteps().size(); i++) {
            steps.add(StepScene.of(full, StepState.at(presentation, i), renderer.style(),
                    StepState.evaluation(presentation, i, everyStep)));
        }
        groups = StepGroups.of(presentation);
        for (StepGroups.Group group : groups) {
            StepState last = StepState.at(presentation, group.last());
            groupScenes.add(StepScene.of(full, new StepState(last.visible(), Set.of(), Set.of(), last.camera()), renderer.style(),
                    steps.get(group.last()).evaluation()));
        }
    }

    /** The step groups a handout shows, one picture each (see {@link StepGroups}). */
    public List<StepGroups.Group> groups() {
        return groups;
    }

    public int size() {
        return steps.size();
    }

    /** The step's scene: what it shows, faded around highlights, in the camera's bounds. */
    public StepScene step(int index) {
        return steps.get(index);
    }

    private String title(int index) {
        String title = presentation.getSteps().get(index).getTitle();
        return (index + 1) + ". " + (title == null || title.isBlank() ? "Step " + (index + 1) : title.strip());
    }

    private static String notes(Step step) {
        return step.getSpeakerNotes() == null ? "" : step.getSpeakerNotes().strip();
    }

    // ---------------------------------------------------------------- PDF

    /**
     * Writes the slides as PDF: a page per step; with {@code notes} each followed by a page of its
     * speaker notes; as a {@code handout}, the final state of each step group with the notes of its
     * steps, three groups to an A4 page, instead.
     */
    public void writePdf(boolean notes, boolean handout, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfPages pages = new PdfPages(document);
            PDDocumentOutline outline = new PDDocumentOutline();
            PDPageLabels labels = new PDPageLabels(document);
            int pageIndex = 0;
            if (handout) {
                for (int first = 0; first < groups.size(); first += HANDOUT_GROUPS) {
                    int from = first;
                    PDPage page = pages.page(595, 842, (surface, stream) -> handoutPage(surface, stream, pages.fonts(), from));
                    for (int g = from; g < Math.min(from + HANDOUT_GROUPS, groups.size()); g++) {
                        outline.addLast(item(groupTitle(groups.get(g)), page));
                    }
                    labels.setLabelItem(pageIndex++, label("Handout ", first / HANDOUT_GROUPS + 1));
                }
            } else {
                for (int i = 0; i < steps.size(); i++) {
                    int k = i;
                    PDPage page = pages.page(WIDTH, HEIGHT, (surface, stream) -> slide(surface, stream, pages.fonts(), k));
                    outline.addLast(item(title(i), page));
                    labels.setLabelItem(pageIndex++, label("", i + 1));
                    if (notes) {
                        pages.page(WIDTH, HEIGHT, (surface, stream) -> notesPage(surface, stream, pages.fonts(), k));
                        labels.setLabelItem(pageIndex++, label("Notes ", i + 1));
                    }
                }
            }
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.getDocumentCatalog().setPageLabels(labels);
            document.getDocumentInformation().setTitle(presentation.getName());
            document.getDocumentInformation().setCreator("Disputatio");
            document.save(out);
        }
    }

    private static PDOutlineItem item(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(page);
        return item;
    }

    private static PDPageLabelRange label(String prefix, int start) {
        PDPageLabelRange range = new PDPageLabelRange();
        range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        range.setStart(start);
        if (!prefix.isEmpty()) {
            range.setPrefix(prefix);
        }
        return range;
    }

    /** One slide in the slide's units, 960 by 540, from the top left. */
    private void slide(PdfSurface surface, PDPageContentStream stream, PdfSurface.Fonts fonts, int index) throws IOException {
        slide(surface, stream, fonts, steps.get(index), title(index), (index + 1) + " / " + steps.size());
    }

    private void slide(PdfSurface surface, PDPageContentStream stream, PdfSurface.Fonts fonts, StepScene step, String title,
            String counter) throws IOException {
        surface.roundedRectangle(0, 0, WIDTH, HEIGHT, 0, renderer.style().background(), 0, 0);
        FontSpec titleFont = fitted(fonts, title, true, 28, 16, WIDTH - 2 * MARGIN);
        surface.textFromLeft(title, MARGIN, 46, titleFont, INK);
        surface.polyline(new double[] { MARGIN, 60, WIDTH - MARGIN, 60 }, 0xD0D0D0, 1, false);
        FontSpec small = new FontSpec(11, false);
        surface.textFromLeft(counter, WIDTH - MARGIN - fonts.width(counter, small), HEIGHT - 10, small, MUTED);
        surface.textFromLeft(presentation.getName() == null ? "" : presentation.getName(), MARGIN, HEIGHT - 10, small, MUTED);
        double mapHeight = HEIGHT - TITLE_BAND - FOOTER;
        if (step.evaluation() != null) {
            mapHeight -= caption(surface, fonts, step, HEIGHT - FOOTER - 4);
        }
        map(surface, stream, step, MARGIN, TITLE_BAND, WIDTH - 2 * MARGIN, mapHeight);
    }

    /**
     * The key to the evaluation marks, then the step's what-if, in one or two lines ending at
     * {@code baseline}; gives the height they take from the map.
     */
    private static double caption(Surface surface, PdfSurface.Fonts fonts, StepScene step, double baseline) {
        FontSpec small = new FontSpec(10, false);
        double x = MARGIN;
        double keyWidth = 0;
        for (Label label : List.of(Label.ACCEPTED, Label.REJECTED, Label.UNDECIDED)) {
            keyWidth += 15 + fonts.width(label.word(), small) + 12;
        }
        String whatIf = step.evaluation().whatIf();
        double width = WIDTH - MARGIN - x - keyWidth - 8;
        FontSpec font;
        List<String> lines;
        double size = 12;
        do {
            font = new FontSpec(size, false);
            lines = wrap(fonts, whatIf, font, width);
            size -= 0.5;
        } while (lines.size() > 2 && size >= 7);
        double leading = font.size() * 1.25;
        double top = baseline - (lines.size() - 1) * leading;
        for (Label label : List.of(Label.ACCEPTED, Label.REJECTED, Label.UNDECIDED)) {
            EvaluationMarks.badge(surface, label, x, top - 10, 12);
            surface.textFromLeft(label.word(), x + 15, top, small, MUTED);
            x += 15 + fonts.width(label.word(), small) + 12;
        }
        for (int i = 0; i < Math.min(2, lines.size()); i++) {
            surface.textFromLeft(lines.get(i), x + 8, top + i * leading, font, INK);
        }
        return 8 + Math.min(2, lines.size()) * leading;
    }

    /** The step's map scaled into the box, clipped to it. */
    private void map(Surface surface, PDPageContentStream stream, StepScene step, double x, double y, double width, double height)
            throws IOException {
        Scene scene = step.scene();
        Scaling t = fit(scene, width, height);
        stream.saveGraphicsState();
        stream.addRect((float) x, (float) y, (float) width, (float) height);
        stream.clip();
        stream.transform(new Matrix((float) t.scale(), 0, 0, (float) t.scale(), (float) (x + t.dx()), (float) (y + t.dy())));
        // Vector output is zoomed by its reader: text is always drawn as text, never as bars.
        step.paint(renderer.painter(), surface, scene.x(), scene.y(), scene.width(), scene.height(), 1);
        stream.restoreGraphicsState();
    }

    /** The scale and offset that centre the scene's bounds in a box. */
    static Scaling fit(Scene scene, double width, double height) {
        double w = Math.max(scene.width(), 1), h = Math.max(scene.height(), 1);
        double scale = Math.min(MAX_ZOOM, Math.min(width / w, height / h));
        return new Scaling(scale, (width - w * scale) / 2 - scene.x() * scale, (height - h * scale) / 2 - scene.y() * scale);
    }

    private void notesPage(PdfSurface surface, PDPageContentStream stream, PdfSurface.Fonts fonts, int index) throws IOException {
        surface.roundedRectangle(0, 0, WIDTH, HEIGHT, 0, 0xFFFFFF, 0, 0);
        FontSpec titleFont = fitted(fonts, "Notes: " + title(index), true, 22, 14, WIDTH - 2 * MARGIN);
        surface.textFromLeft("Notes: " + title(index), MARGIN, 42, titleFont, INK);
        thumbnail(surface, stream, MARGIN, 64, 400, () -> slide(surface, stream, fonts, index));
        paragraphs(surface, fonts, notes(presentation.getSteps().get(index)), 460, 80, WIDTH - MARGIN - 460, HEIGHT - 80 - MARGIN, 17);
    }

    /** Groups per handout page. */
    private static final int HANDOUT_GROUPS = 3;

    private void handoutPage(PdfSurface surface, PDPageContentStream stream, PdfSurface.Fonts fonts, int first) throws IOException {
        surface.roundedRectangle(0, 0, 595, 842, 0, 0xFFFFFF, 0, 0);
        FontSpec head = new FontSpec(10, false);
        surface.textFromLeft(presentation.getName() == null ? "" : presentation.getName(), 36, 30, head, MUTED);
        for (int g = first; g < Math.min(first + HANDOUT_GROUPS, groups.size()); g++) {
            double top = 48 + (g - first) * 262;
            StepGroups.Group group = groups.get(g);
            StepScene scene = groupScenes.get(g);
            String counter = group.size() == 1 ? (group.first() + 1) + " / " + steps.size()
                    : (group.first() + 1) + "\u2013" + (group.last() + 1) + " / " + steps.size();
            thumbnail(surface, stream, 36, top, 270, () -> slide(surface, stream, fonts, scene, groupTitle(group), counter));
            paragraphs(surface, fonts, groupNotes(group), 324, top + 4, 595 - 36 - 324, 240, 10);
        }
    }

    /** The first step's title, numbered with the group's range. */
    private String groupTitle(StepGroups.Group group) {
        if (group.size() == 1) {
            return title(group.first());
        }
        String title = presentation.getSteps().get(group.first()).getTitle();
        return (group.first() + 1) + "\u2013" + (group.last() + 1) + ". "
                + (title == null || title.isBlank() ? "Step " + (group.first() + 1) : title.strip());
    }

    /** The notes of a group's steps: the first step's (its title is the picture's), then each later one under its title. */
    private String groupNotes(StepGroups.Group group) {
        StringBuilder text = new StringBuilder(notes(presentation.getSteps().get(group.first())));
        for (int i = group.first() + 1; i <= group.last(); i++) {
            String notes = notes(presentation.getSteps().get(i));
            text.append(text.isEmpty() ? "" : "\n").append(title(i)).append(notes.isEmpty() ? "" : "\n" + notes);
        }
        return text.toString();
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    /** A slide drawn small, with a frame, {@code width} wide. */
    private void thumbnail(PdfSurface surface, PDPageContentStream stream, double x, double y, double width, Drawing slide)
            throws IOException {
        double scale = width / WIDTH;
        stream.saveGraphicsState();
        stream.transform(new Matrix((float) scale, 0, 0, (float) scale, (float) x, (float) y));
        slide.draw();
        stream.restoreGraphicsState();
        surface.polyline(new double[] { x, y, x + width, y, x + width, y + HEIGHT * scale, x, y + HEIGHT * scale, x, y }, 0xA0A0A0, 0.8,
                false);
    }

    /** The text wrapped into the box, as large as fits from {@code size} down to 7 points. */
    private static void paragraphs(Surface surface, PdfSurface.Fonts fonts, String text, double x, double y, double width, double height,
            double size) {
        if (text.isEmpty()) {
            return;
        }
        List<String> lines;
        FontSpec font;
        double s = size;
        do {
            font = new FontSpec(s, false);
            lines = wrap(fonts, text, font, width);
            s -= 0.5;
        } while (lines.size() * font.size() * 1.3 > height && s >= 7);
        double baseline = y + font.size();
        for (String line : lines) {
            if (baseline > y + height) {
                break;
            }
            surface.textFromLeft(line, x, baseline, font, INK);
            baseline += font.size() * 1.3;
        }
    }

    static List<String> wrap(PdfSurface.Fonts fonts, String text, FontSpec font, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && fonts.width(candidate, font) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static FontSpec fitted(PdfSurface.Fonts fonts, String text, boolean bold, double size, double least, double width) {
        double s = size;
        while (s > least && fonts.width(text, new FontSpec(s, bold)) > width) {
            s -= 1;
        }
        return new FontSpec(s, bold);
    }

    // ---------------------------------------------------------------- pdfpc

    /**
     * The notes for pdfpc (its JSON format 2), for the PDF written beside it: {@code notes} says
     * whether that PDF has notes pages, which pdfpc then skips.
     */
    public String pdfpc(boolean notes) {
        StringBuilder json = new StringBuilder("{\n  \"pdfpcFormat\": 2,\n  \"disableMarkdown\": true,\n");
        double minutes = presentation.getSteps().stream().mapToDouble(Step::getMinutes).sum();
        if (minutes > 0) {
            json.append("  \"duration\": ").append(Math.round(minutes)).append(",\n");
        }
        json.append("  \"pages\": [\n");
        int page = 0;
        for (int i = 0; i < steps.size(); i++) {
            json.append(i == 0 ? "" : ",\n").append("    {\"idx\": ").append(page++).append(", \"label\": \"").append(i + 1)
                    .append("\", \"overlay\": 0, \"note\": ").append(MapStatistics.quote(title(i) + "\n\n" + notes(presentation.getSteps().get(i))))
                    .append('}');
            if (notes) {
                json.append(",\n    {\"idx\": ").append(page++).append(", \"label\": \"Notes ").append(i + 1)
                        .append("\", \"overlay\": 0, \"hidden\": true}");
            }
        }
        return json.append("\n  ]\n}\n").toString();
    }

    // ---------------------------------------------------------------- HTML

    /**
     * One self-contained HTML file: an inline SVG per step, the bundled font, and a small script
     * for the keys and the speaker window. Nothing is fetched from the network.
     */
    public String html() {
        StringBuilder html = new StringBuilder();
        String name = presentation.getName() == null ? "Presentation" : presentation.getName();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(SvgSurface.escape(name)).append("</title>\n<style>\n");
        html.append("@font-face{font-family:'DejaVu Sans';font-weight:normal;src:url(data:font/ttf;base64,")
                .append(Base64.getEncoder().encodeToString(BundledFont.bytes(false))).append(")}\n");
        html.append("@font-face{font-family:'DejaVu Sans';font-weight:bold;src:url(data:font/ttf;base64,")
                .append(Base64.getEncoder().encodeToString(BundledFont.bytes(true))).append(")}\n");
        html.append(resource("slides.css"));
        html.append("</style>\n</head>\n<body>\n");
        for (int i = 0; i < steps.size(); i++) {
            Step step = presentation.getSteps().get(i);
            StepScene s = steps.get(i);
            SvgSurface svg = new SvgSurface("step-" + (i + 1) + "-");
            Scene scene = s.scene();
            s.paint(renderer.painter(), svg, scene.x(), scene.y(), scene.width(), scene.height(), 1);
            String document = svg.document(scene.x(), scene.y(), Math.max(scene.width(), 1), Math.max(scene.height(), 1), 1,
                    renderer.style().background());
            html.append("<section class=\"step\" id=\"step-").append(i + 1).append("\" data-minutes=\"")
                    .append(String.format(Locale.ROOT, "%.1f", step.getMinutes())).append("\">\n<h1>")
                    .append(SvgSurface.escape(title(i))).append("</h1>\n")
                    .append(s.evaluation() == null ? "" : "<p class=\"evaluation\">" + SvgSurface.escape(s.evaluation().whatIf()) + "</p>\n")
                    .append("<div class=\"map\">\n")
                    .append(document.substring(document.indexOf("<svg"))).append("</div>\n<aside class=\"notes\">")
                    .append(SvgSurface.escape(notes(step))).append("</aside>\n</section>\n");
        }
        html.append("<div id=\"cover\"></div>\n<div id=\"counter\"></div>\n<script>\n").append(resource("slides.js"))
                .append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String resource(String name) {
        try (var in = SlideDeck.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from org.disputatio.render");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
