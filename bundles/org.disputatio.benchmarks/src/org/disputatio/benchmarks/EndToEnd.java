// SPDX-License-Identifier: EPL-2.0
package org.disputatio.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Prints what users wait for on debates of 100 to 10,000 statements (run by
 * releng/benchmarks.sh): the steps warm in one JVM ({@link UserPath}), then whole processes of
 * the command line, {@code disputatio render} of the map without a diagram and
 * {@code disputatio stats} of the laid-out one, against Argdown's {@code argdown map -f svg} on
 * the same debate, run in turn A B A B, with their peak memory; and {@code disputatio render} of the
 * very {@code .argdown} file Argdown reads. A measurement, not a test.
 * <p>
 * Arguments: the folder for the debates, the command that runs Disputatio's command line, and
 * optionally the {@code argdown} command.
 */
public final class EndToEnd {

    private static final int[] SIZES = { 100, 1000, 5000, 10000 };

    /** A finished process: its wall time and its peak resident memory. */
    private record Run(double seconds, long peakKilobytes) {
        @Override
        public String toString() {
            return String.format("%.2f s, %d MB", seconds, peakKilobytes / 1024);
        }
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        List<String> disputatio = Arrays.asList(args[1].split(" "));
        List<String> argdown = args.length > 2 && !args[2].isBlank() ? Arrays.asList(args[2].split(" ")) : null;
        int[] sizes = args.length > 3 ? Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray() : SIZES;

        System.out.println("Steps, warm in one JVM (median ms):");
        List<String> steps = null;
        List<ArgdownShapedDebates.Written> debates = new ArrayList<>();
        List<Path> laidOut = new ArrayList<>();
        for (int size : sizes) {
            ArgdownShapedDebates.Written debate = ArgdownShapedDebates.write(folder, size, 7);
            debates.add(debate);
            laidOut.add(UserPath.laidOut(debate));
            Map<String, Double> medians = UserPath.time(debate, laidOut.get(laidOut.size() - 1), size >= 5000 ? 3 : 5);
            if (steps == null) {
                steps = new ArrayList<>(medians.keySet());
                steps.remove(UserPath.LOAD_OVER_PARSE);
                System.out.printf("%-10s", "statements");
                steps.forEach(step -> System.out.printf(" | %s", step));
                System.out.println(" | load / SAX");
            }
            System.out.printf("%-10d", size);
            steps.forEach(step -> System.out.printf(" | %.0f", medians.get(step)));
            System.out.printf(" | %.2fx%n", medians.get(UserPath.LOAD_OVER_PARSE));
        }
        System.gc();

        System.out.println();
        System.out.println("Whole processes (s, best of 2, run A B A B; peak resident memory):");
        System.out.println("statements | disputatio render (no diagram) to SVG | disputatio render of the .argdown | disputatio stats (laid out) | argdown map -f svg | Argdown / Disputatio (.argmap) | Argdown / Disputatio (.argdown)");
        for (int i = 0; i < sizes.length; i++) {
            ArgdownShapedDebates.Written debate = debates.get(i);
            Path svg = folder.resolve("render-" + sizes[i] + ".svg");
            Path argdownOut = folder.resolve("argdown-" + sizes[i]);
            Path svgFromArgdown = folder.resolve("render-" + sizes[i] + "-argdown.svg");
            Run render = null;
            Run renderArgdown = null;
            Run argdownMap = null;
            Run stats = null;
            for (int round = 0; round < 2; round++) {
                render = best(render, run(concat(disputatio, "render", debate.argmap().toString(), svg.toString())));
                renderArgdown = best(renderArgdown, run(concat(disputatio, "render", debate.argdown().toString(), svgFromArgdown.toString())));
                if (argdown != null) {
                    argdownMap = best(argdownMap, run(concat(argdown, "map", "-f", "svg", debate.argdown().toString(), argdownOut.toString())));
                }
                stats = best(stats, run(concat(disputatio, "stats", laidOut.get(i).toString())));
            }
            System.out.printf("%-10d | %s | %s | %s | %s | %s | %s%n", sizes[i], render, renderArgdown, stats,
                    argdownMap == null ? "not installed" : argdownMap,
                    argdownMap == null ? "-" : String.format("%.1fx", argdownMap.seconds() / render.seconds()),
                    argdownMap == null ? "-" : String.format("%.1fx", argdownMap.seconds() / renderArgdown.seconds()));
        }
    }

    private static Run best(Run a, Run b) {
        return a == null || b.seconds() < a.seconds() ? b : a;
    }

    private static List<String> concat(List<String> command, String... args) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(args));
        return all;
    }

    /** Runs the command under GNU time, which reports the peak resident memory; fails loudly on a failed run. */
    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path report = Files.createTempFile("disputatio-bench", ".time");
        try {
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-o", report.toString(), "-f", "%M"));
            timed.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true);
            long start = System.nanoTime();
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IOException(String.join(" ", command) + " failed (" + exit + "):\n" + new String(output, StandardCharsets.UTF_8));
            }
            List<String> lines = Files.readAllLines(report);
            return new Run(seconds, Long.parseLong(lines.get(lines.size() - 1).strip()));
        } finally {
            Files.deleteIfExists(report);
        }
    }
}
