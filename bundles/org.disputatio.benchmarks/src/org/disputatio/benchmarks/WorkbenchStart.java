// SPDX-License-Identifier: EPL-2.0
package org.disputatio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times the workbench from launch to the first painted map (run by releng/benchmarks.sh, on a
 * display): the product is started through {@code ./disputatio MAP} with the system property
 * {@code disputatio.paintedMarker}, the map canvas writes the time of its first paint into that
 * file, and the product is then stopped. Best of two launches after one untimed launch (which
 * fills the OSGi configuration cache a first start after a build fills). A measurement, not a test.
 * <p>
 * Arguments: the folder for scratch files, the {@code disputatio} command, then the maps.
 */
public final class WorkbenchStart {

    private WorkbenchStart() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        List<String> disputatio = Arrays.asList(args[1].split(" "));
        List<Path> maps = Arrays.stream(args).skip(2).map(Path::of).toList();
        System.out.println("map | shapes painted | launch to first painted map (s, best of 2)");
        try {
            launch(folder, disputatio, maps.get(0));
        } catch (IOException e) {
            System.out.println("the workbench did not start: " + e.getMessage());
            return;
        }
        for (Path map : maps) {
            double best = Double.MAX_VALUE;
            String painted = "";
            try {
                for (int round = 0; round < 2; round++) {
                    String[] result = launch(folder, disputatio, map);
                    best = Math.min(best, Double.parseDouble(result[0]));
                    painted = result[1];
                }
                System.out.printf("%s | %s | %.2f s%n", map.getFileName(), painted, best);
            } catch (IOException e) {
                System.out.printf("%s | - | failed: %s%n", map.getFileName(), e.getMessage());
            }
        }
    }

    /** Seconds from starting the process to its first painted map, and the number of shapes painted. */
    private static String[] launch(Path folder, List<String> disputatio, Path map) throws IOException, InterruptedException {
        Path marker = folder.resolve("painted.txt");
        Files.deleteIfExists(marker);
        Path workspace = Files.createTempDirectory(folder, "workspace");
        List<String> command = new ArrayList<>(disputatio);
        command.addAll(List.of(map.toString(), "-data", workspace.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("workbench.log").toFile());
        builder.environment().put("DISPUTATIO_JAVA_OPTIONS", "-Ddisputatio.paintedMarker=" + marker);
        long start = System.currentTimeMillis();
        Process process = builder.start();
        try {
            long deadline = start + 120_000;
            while (!Files.exists(marker) || !Files.readString(marker).endsWith("\n")) {
                if (System.currentTimeMillis() > deadline || !process.isAlive()) {
                    throw new IOException("the workbench painted no map of " + map + " (see " + folder.resolve("workbench.log") + ")");
                }
                Thread.sleep(20);
            }
            String[] line = Files.readString(marker).strip().split(" ");
            return new String[] { String.valueOf((Long.parseLong(line[0]) - start) / 1000.0), line[1] };
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
