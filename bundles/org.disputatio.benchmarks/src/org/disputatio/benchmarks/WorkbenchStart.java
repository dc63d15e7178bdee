// SPDX-License-Identifier: EPL-2.0
package org.disputatio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.disputatio.ui.files.MapHandover;

/**
 * Times the workbench (run by releng/benchmarks.sh, on a display), through the hook the system
 * property {@code disputatio.paintedMarker} turns on: each map canvas writes a line into that
 * file when it is made (the editor's part being created, its map already read) and when it
 * first paints a map. Two tables, best of two after one untimed launch (which fills the OSGi
 * configuration cache a first start after a build fills):
 * <ul>
 * <li>from starting {@code ./disputatio MAP} to the first painted map, and from the editor's
 * canvas being made to that paint;</li>
 * <li>opening a map in a running workbench, as File &gt; Open does (the benchmark hands the map
 * over as a second start would, without that start's own JVM): from the request to the first
 * paint of the map's canvas, and from the canvas being made to that paint.</li>
 * </ul>
 * A measurement, not a test.
 * <p>
 * Arguments: the folder for scratch files, the {@code disputatio} command, then the maps (the
 * first is also the one the running workbench of the second table starts with).
 */
public final class WorkbenchStart {

    private static final long TIMEOUT_MILLIS = 120_000;

    private WorkbenchStart() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        List<String> disputatio = Arrays.asList(args[1].split(" "));
        List<Path> maps = Arrays.stream(args).skip(2).map(Path::of).toList();
        try (Workbench warmUp = Workbench.launch(folder, disputatio, maps.get(0))) {
            warmUp.painted(0);
        } catch (IOException e) {
            System.out.println("the workbench did not start: " + e.getMessage());
            return;
        }
        System.out.println("map | shapes painted | launch to first painted map (s) | canvas made to painted (s)");
        for (Path map : maps) {
            double[] best = { Double.MAX_VALUE, Double.MAX_VALUE };
            String painted = "";
            try {
                for (int round = 0; round < 2; round++) {
                    try (Workbench workbench = Workbench.launch(folder, disputatio, map)) {
                        String[] paint = workbench.painted(0);
                        best[0] = Math.min(best[0], (Long.parseLong(paint[1]) - workbench.started) / 1000.0);
                        best[1] = Math.min(best[1], (Long.parseLong(paint[1]) - workbench.created(0)) / 1000.0);
                        painted = paint[2];
                    }
                }
                System.out.printf("%s | %s | %.2f s | %.2f s%n", map.getFileName(), painted, best[0], best[1]);
            } catch (IOException e) {
                System.out.printf("%s | - | failed: %s | -%n", map.getFileName(), e.getMessage());
            }
        }
        if (maps.size() < 2) {
            return;
        }
        System.out.println();
        System.out.println("map opened in a running workbench | shapes painted | request to first paint (s) | canvas made to painted (s)");
        List<Path> opened = maps.subList(1, maps.size());
        double[][] best = new double[opened.size()][];
        String[] painted = new String[opened.size()];
        String failure = null;
        for (int round = 0; round < 2 && failure == null; round++) {
            try (Workbench workbench = Workbench.launch(folder, disputatio, maps.get(0))) {
                workbench.painted(0);
                for (int i = 0; i < opened.size(); i++) {
                    long requested = System.currentTimeMillis();
                    if (!MapHandover.handOver(workbench.channel(), List.of(opened.get(i).toAbsolutePath()))) {
                        throw new IOException("the running workbench did not take " + opened.get(i));
                    }
                    String[] paint = workbench.painted(i + 1);
                    double[] times = { (Long.parseLong(paint[1]) - requested) / 1000.0, (Long.parseLong(paint[1]) - workbench.created(i + 1)) / 1000.0 };
                    if (best[i] == null || times[0] < best[i][0]) {
                        best[i] = times;
                    }
                    painted[i] = paint[2];
                }
            } catch (IOException e) {
                failure = e.getMessage();
            }
        }
        for (int i = 0; i < opened.size(); i++) {
            if (best[i] == null) {
                System.out.printf("%s | - | failed: %s | -%n", opened.get(i).getFileName(), failure);
            } else {
                System.out.printf("%s | %s | %.2f s | %.2f s%n", opened.get(i).getFileName(), painted[i], best[i][0], best[i][1]);
            }
        }
    }

    /** One launch of the product with its own workspace and marker file, stopped when closed. */
    private static final class Workbench implements AutoCloseable {

        private final Process process;
        private final Path marker;
        private final Path workspace;
        private final Path log;
        private final long started;

        private Workbench(Process process, Path marker, Path workspace, Path log, long started) {
            this.process = process;
            this.marker = marker;
            this.workspace = workspace;
            this.log = log;
            this.started = started;
        }

        static Workbench launch(Path folder, List<String> disputatio, Path map) throws IOException {
            Path workspace = Files.createTempDirectory(folder, "workspace");
            Path marker = workspace.resolve("painted.txt");
            Path log = folder.resolve("workbench.log");
            List<String> command = new ArrayList<>(disputatio);
            command.addAll(List.of(map.toString(), "-data", workspace.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("DISPUTATIO_JAVA_OPTIONS", "-Ddisputatio.paintedMarker=" + marker);
            long started = System.currentTimeMillis();
            return new Workbench(builder.start(), marker, workspace, log, started);
        }

        Path channel() {
            return MapHandover.channelOf(workspace);
        }

        /** The {@code n}th "painted" line (from 0), split: "painted", the time, the nodes painted; waits for it. */
        String[] painted(int n) throws IOException {
            return line("painted", n);
        }

        /** When the {@code n}th canvas was made. */
        long created(int n) throws IOException {
            return Long.parseLong(line("created", n)[1]);
        }

        private String[] line(String kind, int n) throws IOException {
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            while (true) {
                if (Files.exists(marker)) {
                    String text = Files.readString(marker);
                    // Only whole lines: the workbench may be writing the last.
                    List<String[]> lines = text.lines().limit(text.endsWith("\n") ? Long.MAX_VALUE : Math.max(0, text.lines().count() - 1))
                            .map(l -> l.split(" ")).filter(l -> l[0].equals(kind)).toList();
                    if (lines.size() > n) {
                        return lines.get(n);
                    }
                }
                if (System.currentTimeMillis() > deadline || !process.isAlive()) {
                    throw new IOException("the workbench painted no map (see " + log + ")");
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }

        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
