// SPDX-License-Identifier: EPL-2.0
package org.disputatio.benchmarks;

import java.util.Arrays;

import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.model.ArgumentMap;
import org.disputatio.render.DiagramPipeline;
import org.disputatio.render.MapSettings;
import org.disputatio.testing.SyntheticDebates;
import org.disputatio.views.Diagram;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * Times what the workbench's L does to a map without a display: prepare (sizes measured), ELK's
 * run (which the workbench does in a job, off the UI thread), carrying the result back, and
 * executing, undoing and redoing the layout command, which only sets places and routes. Medians
 * of repeated runs after a warm-up: a measurement, not a test. The sizes may be given as
 * arguments (statements).
 */
public final class LayoutUndoBenchmark {

    private static final int RUNS = 7;

    private LayoutUndoBenchmark() {
    }

    public static void main(String[] args) {
        DiagramPipeline pipeline = new DiagramPipeline(MapSettings.DEFAULT, new AwtTextMeasurer());
        DiagramLayouter layouter = pipeline.layouter();
        System.out.printf("%-11s %13s %11s %11s %13s %10s %10s%n", "statements", "prepare (ms)", "ELK (ms)", "back (ms)", "execute (ms)",
                "undo (ms)", "redo (ms)");
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] { 100, 1_000, 5_000 };
        for (int size : sizes) {
            ArgumentMap map = SyntheticDebates.generate(size, size);
            Diagram diagram = pipeline.wholeMap(map);
            double[][] times = new double[6][RUNS];
            for (int run = -2; run < RUNS; run++) {
                BasicCommandStack stack = new BasicCommandStack();
                long t0 = System.nanoTime();
                DiagramLayouter.Pending pending = layouter.prepare(diagram, null);
                long t1 = System.nanoTime();
                pending.run();
                long t2 = System.nanoTime();
                Command command = DiagramLayouter.command(null, pending.result());
                long t3 = System.nanoTime();
                stack.execute(command);
                long t4 = System.nanoTime();
                stack.undo();
                long t5 = System.nanoTime();
                stack.redo();
                long t6 = System.nanoTime();
                stack.undo();
                if (run >= 0) {
                    long[] marks = { t0, t1, t2, t3, t4, t5, t6 };
                    for (int k = 0; k < 6; k++) {
                        times[k][run] = (marks[k + 1] - marks[k]) / 1e6;
                    }
                }
            }
            System.out.printf("%-11d %13.1f %11.1f %11.1f %13.2f %10.2f %10.2f%n", size, median(times[0]), median(times[1]), median(times[2]),
                    median(times[3]), median(times[4]), median(times[5]));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
