// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapFiles;
import org.disputatio.core.MapSession;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.core.evaluation.EvaluationTooLargeException;
import org.disputatio.render.MapRenderer;
import org.disputatio.render.MapSettings;
import org.disputatio.render.SlideDeck;
import org.disputatio.render.VisualStyle;
import org.disputatio.views.Presentation;

/**
 * {@code slides MAP OUT.pdf|OUT.html}: a presentation of the map as PDF slides (with a
 * {@code .pdfpc} file of its notes beside them) or as one self-contained HTML file; with
 * {@code --evaluate} every step draws the evaluation labels (steps that ask for them draw them
 * anyway). The map file is not changed; nothing is written when the map or the options are wrong.
 */
final class SlidesCommand implements Subcommand {

    @Override
    public String name() {
        return "slides";
    }

    @Override
    public String synopsis() {
        return "MAP OUT.pdf|OUT.html [--presentation NAME] [--notes] [--handout] [--scheme okabe-ito|greyscale|projector]"
                + " [--evaluate [--semantics S] [--assume ID=accepted|rejected ...] [--only-listed]]";
    }

    @Override
    public String summary() {
        return "write a presentation as PDF slides (and a .pdfpc file of its notes) or as an HTML file";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        EvaluateCommand.EvaluationArguments evaluation = EvaluateCommand.EvaluationArguments.parse(args, err,
                "usage: disputatio slides " + synopsis());
        if (evaluation == null) {
            return UNUSABLE;
        }
        List<String> given = evaluation.rest();
        List<String> rest = new ArrayList<>();
        String wanted = null;
        boolean notes = false;
        boolean handout = false;
        boolean evaluate = false;
        MapSettings settings = MapSettings.DEFAULT;
        for (int i = 0; i < given.size(); i++) {
            switch (given.get(i)) {
                case "--presentation" -> {
                    if (i + 1 >= given.size()) {
                        err.println("disputatio slides: --presentation needs a name");
                        return UNUSABLE;
                    }
                    wanted = given.get(++i);
                }
                case "--scheme" -> {
                    VisualStyle.Scheme scheme = i + 1 < given.size() ? MapSettings.scheme(given.get(i + 1)) : null;
                    if (scheme == null) {
                        err.println("disputatio slides: --scheme " + (i + 1 < given.size() ? given.get(i + 1) + ": " : "")
                                + "expected one of " + MapSettings.schemeNames());
                        return UNUSABLE;
                    }
                    settings = settings.withScheme(scheme);
                    i++;
                }
                case "--notes" -> notes = true;
                case "--handout" -> handout = true;
                case "--evaluate" -> evaluate = true;
                default -> {
                    if (given.get(i).startsWith("--")) {
                        err.println("disputatio slides: unknown option " + given.get(i));
                        return UNUSABLE;
                    }
                    rest.add(given.get(i));
                }
            }
        }
        if (rest.size() != 2) {
            err.println("usage: disputatio slides " + synopsis());
            return UNUSABLE;
        }
        Path output = Path.of(rest.get(1));
        String file = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = file.endsWith(".pdf");
        if (!pdf && !file.endsWith(".html")) {
            err.println("disputatio slides: cannot write '" + output.getFileName() + "': the output must end in .pdf or .html");
            return UNUSABLE;
        }
        if (!pdf && (notes || handout)) {
            err.println("disputatio slides: --notes and --handout are for PDF; the HTML file has its speaker window (key S)");
            return UNUSABLE;
        }
        if (notes && handout) {
            err.println("disputatio slides: choose --notes or --handout, not both");
            return UNUSABLE;
        }
        if (!evaluate && given.size() != args.size()) {
            err.println("disputatio slides: --semantics, --assume and --only-listed go with --evaluate");
            return UNUSABLE;
        }
        try {
            MapSession session = MapSession.open(Path.of(rest.get(0)));
            Presentation presentation = choose(session, wanted);
            EvaluationOptions everyStep = null;
            if (evaluate) {
                everyStep = evaluation.options(session.getMap(), rest.get(0), err);
                if (everyStep == null) {
                    return UNUSABLE;
                }
            }
            SlideDeck deck = new SlideDeck(new MapRenderer(settings), presentation, everyStep);
            if (pdf) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                deck.writePdf(notes, handout, bytes);
                MapFiles.writeAtomically(output, bytes.toByteArray());
                if (!handout) {
                    String base = output.getFileName().toString();
                    MapFiles.writeAtomically(output.resolveSibling(base.substring(0, base.length() - 4) + ".pdfpc"),
                            deck.pdfpc(notes).getBytes(StandardCharsets.UTF_8));
                }
            } else {
                MapFiles.writeAtomically(output, deck.html().getBytes(StandardCharsets.UTF_8));
            }
            out.println(output + ": " + deck.size() + " steps of '" + presentation.getName() + "'"
                    + (handout ? " in " + deck.groups().size() + " groups" : ""));
            return OK;
        } catch (MapFileException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        } catch (IllegalArgumentException e) {
            err.println("disputatio slides: " + e.getMessage());
            return UNUSABLE;
        } catch (EvaluationTooLargeException e) {
            err.println(rest.get(0) + ": " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("disputatio slides: cannot write " + output + ": " + e.getMessage());
            return UNUSABLE;
        }
    }

    private static Presentation choose(MapSession session, String wanted) {
        List<Presentation> all = session.getPresentations();
        if (all.isEmpty()) {
            throw new IllegalArgumentException(session.getFile().getFileName() + " has no presentation");
        }
        if (wanted == null) {
            return all.get(0);
        }
        return all.stream().filter(p -> wanted.equals(p.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no presentation named '" + wanted + "'; the map has "
                        + all.stream().map(p -> "'" + p.getName() + "'").toList()));
    }
}
