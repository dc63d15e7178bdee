// SPDX-License-Identifier: EPL-2.0
package org.disputatio.benchmarks;

import java.util.Arrays;

import org.disputatio.core.evaluation.Evaluation;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.core.evaluation.Label;
import org.disputatio.core.evaluation.Semantics;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.testing.SyntheticDebates;

/**
 * Times the evaluation of synthetic debates (docs/evaluation.md): translating the map and
 * labelling it, grounded and preferred, median of repeated runs after a warm-up. Separate from
 * {@link Benchmarks}, which times layout and painting.
 */
public final class EvaluationBenchmark {

    private static final int RUNS = 15;

    private EvaluationBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("%-11s %11s %9s %14s %16s%n", "statements", "inferences", "attacks", "grounded (ms)",
                "preferred (ms)");
        for (int size : new int[] { 100, 1_000, 5_000 }) {
            ArgumentMap map = SyntheticDebates.generate(size, 15);
            double grounded = median(map, EvaluationOptions.grounded());
            double preferred = median(map, EvaluationOptions.grounded().with(Semantics.PREFERRED));
            System.out.printf("%-11d %11d %9d %14.1f %16.1f%n", size, map.getInferences().size(), map.getConflicts().size(),
                    grounded, preferred);
        }
    }

    private static double median(ArgumentMap map, EvaluationOptions options) {
        long sink = 0;
        for (int i = 0; i < 5; i++) {
            sink += accepted(Evaluation.of(map, options), map);
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Evaluation evaluation = Evaluation.of(map, options);
            times[i] = (System.nanoTime() - start) / 1e6;
            sink += accepted(evaluation, map);
        }
        if (sink < 0) {
            System.out.println(sink); // keeps the work from being optimised away
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static long accepted(Evaluation evaluation, ArgumentMap map) {
        long count = 0;
        for (Statement statement : map.getStatements()) {
            count += evaluation.label(statement) == Label.ACCEPTED ? 1 : 0;
        }
        return count;
    }
}
