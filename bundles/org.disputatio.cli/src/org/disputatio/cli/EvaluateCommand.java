// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapSession;
import org.disputatio.core.evaluation.Evaluation;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.core.evaluation.EvaluationReport;
import org.disputatio.core.evaluation.EvaluationTooLargeException;
import org.disputatio.core.evaluation.Label;
import org.disputatio.core.evaluation.Semantics;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;

/**
 * {@code evaluate MAP [--semantics S] [--assume ID=accepted|rejected ...] [--only-listed] [--json]}:
 * which statements stand under the map's attacks (docs/evaluation.md).
 */
final class EvaluateCommand implements Subcommand {

    static final String USAGE = "usage: disputatio evaluate MAP [--semantics grounded|preferred|stable]"
            + " [--assume ID=accepted|rejected ...] [--only-listed] [--json]";

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String synopsis() {
        return "MAP [--semantics grounded|preferred|stable] [--assume ID=accepted|rejected ...] [--only-listed] [--json]";
    }

    @Override
    public String summary() {
        return "label each statement accepted, rejected or undecided under the map's attacks";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        EvaluationArguments parsed = EvaluationArguments.parse(args, err, USAGE);
        if (parsed == null) {
            return UNUSABLE;
        }
        boolean json = parsed.rest().contains("--json");
        List<String> files = new ArrayList<>(parsed.rest());
        files.remove("--json");
        if (files.size() != 1) {
            err.println(USAGE);
            return UNUSABLE;
        }
        try {
            MapSession session = MapSession.open(Path.of(files.get(0)));
            ArgumentMap map = session.getMap();
            EvaluationOptions options = parsed.options(map, files.get(0), err);
            if (options == null) {
                return UNUSABLE;
            }
            Evaluation evaluation = Evaluation.of(map, options);
            out.print(json ? EvaluationReport.json(map.getTitle(), evaluation) : EvaluationReport.text(map.getTitle(), evaluation));
            session.dispose();
            return OK;
        } catch (MapFileException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        } catch (EvaluationTooLargeException e) {
            err.println(files.get(0) + ": " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * The evaluation options of {@code evaluate} and {@code render --evaluate}: what was given,
     * and the other arguments left for the command.
     */
    record EvaluationArguments(Semantics semantics, Map<String, Label> assumptions, boolean onlyListed, List<String> rest) {

        /** Parses the options; prints what is wrong and returns null on a bad one. */
        static EvaluationArguments parse(List<String> args, PrintStream err, String usage) {
            Semantics semantics = Semantics.GROUNDED;
            Map<String, Label> assumptions = new LinkedHashMap<>();
            boolean onlyListed = false;
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--semantics") || arg.equals("--assume")) {
                    if (i + 1 >= args.size()) {
                        err.println("disputatio: " + arg + " needs a value\n" + usage);
                        return null;
                    }
                    String value = args.get(++i);
                    if (arg.equals("--semantics")) {
                        semantics = Semantics.parse(value);
                        if (semantics == null) {
                            err.println("disputatio: unknown semantics '" + value + "' (grounded, preferred or stable)");
                            return null;
                        }
                    } else {
                        int eq = value.lastIndexOf('=');
                        Label label = eq < 0 ? null : Label.parse(value.substring(eq + 1));
                        if (label == null || label == Label.UNDECIDED || eq == 0) {
                            err.println("disputatio: --assume takes ID=accepted or ID=rejected, not '" + value + "'");
                            return null;
                        }
                        assumptions.put(value.substring(0, eq), label);
                    }
                } else if (arg.equals("--only-listed")) {
                    onlyListed = true;
                } else {
                    rest.add(arg);
                }
            }
            return new EvaluationArguments(semantics, assumptions, onlyListed, rest);
        }

        /** The options for this map; prints and returns null when an assumed identifier is not a statement or inference of it. */
        EvaluationOptions options(ArgumentMap map, String file, PrintStream err) {
            Map<Element, Label> resolved = new LinkedHashMap<>();
            for (Map.Entry<String, Label> assumption : assumptions.entrySet()) {
                Object element = map.eResource().getEObject(assumption.getKey());
                if (!(element instanceof Statement) && !(element instanceof Inference)) {
                    err.println(file + ": --assume " + assumption.getKey() + ": no statement or inference has this identifier");
                    return null;
                }
                resolved.put((Element) element, assumption.getValue());
            }
            return new EvaluationOptions(semantics, onlyListed, resolved, EvaluationOptions.DEFAULT_BOUND);
        }
    }
}
