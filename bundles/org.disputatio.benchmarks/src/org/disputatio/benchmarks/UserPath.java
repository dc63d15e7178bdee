// SPDX-License-Identifier: EPL-2.0
package org.disputatio.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.SAXParserFactory;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapFiles;
import org.disputatio.core.MapSession;
import org.disputatio.core.MapValidator;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.render.MapRenderer;
import org.disputatio.views.Diagram;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The steps a user waits for, timed warm in one JVM on a debate of {@link ArgdownShapedDebates}:
 * reading the laid-out file (against a raw SAX parse of the same bytes, the floor), validating,
 * bringing its diagram in step with the map, laying the map out, building the scene, writing SVG
 * and PNG, saving. Each figure is the median of several runs after warm-up runs; the load and
 * its floor, of {@value #LOAD_PAIRS} pairs in turn, each after a collection.
 */
public final class UserPath {

    private UserPath() {
    }

    /** Writes {@code debate-N-laid-out.argmap}: the debate with its "Whole map" diagram laid out, as {@code disputatio layout} leaves it. */
    public static Path laidOut(ArgdownShapedDebates.Written debate) throws IOException {
        Path file = debate.argmap().resolveSibling(debate.argmap().getFileName().toString().replace(".argmap", "-laid-out.argmap"));
        MapSession session = MapSession.open(debate.argmap());
        MapRenderer renderer = new MapRenderer();
        Diagram diagram = DiagramContents.wholeMap(session.getMap(), "Whole map");
        session.getResource().getContents().add(diagram);
        DiagramLayouter.applyDirectly(new DiagramLayouter(renderer.measurer(), NodeFormat.DEFAULT).compute(diagram, null));
        session.saveAs(file);
        session.dispose();
        return file;
    }

    /**
     * Median milliseconds of each step, in the order a user meets them. Each step starts after a
     * collection, so that a young collection of the step before's garbage (the load's, before
     * validation) is not counted in it: at 10,000 statements one such collection made
     * validation look 15 times as slow as at 1,000.
     */
    public static Map<String, Double> time(ArgdownShapedDebates.Written debate, Path laidOut, int runs) throws Exception {
        byte[] bytes = Files.readAllBytes(laidOut);
        SAXParserFactory sax = SAXParserFactory.newInstance();
        sax.setNamespaceAware(true);
        // One parser for every run, as EMF's parser pool keeps one for every load.
        javax.xml.parsers.SAXParser parser = sax.newSAXParser();
        MapRenderer renderer = new MapRenderer();
        Map<String, double[]> times = new LinkedHashMap<>();
        loadAgainstParse(laidOut, bytes, parser, times);
        int warmUp = 2;
        for (int run = -warmUp; run < runs; run++) {
            MapSession session = MapSession.open(laidOut);
            long t = collected();
            var problems = MapValidator.validate(session.getResource());
            t = record(times, "validate", run, runs, t);
            Diagram diagram = session.getDiagrams().get(0);
            DiagramContents.updateDirectly(diagram, session.getMap(), false);
            t = record(times, "diagram in step", run, runs, t);
            var scene = renderer.scene(diagram);
            t = record(times, "scene", run, runs, t);
            String svg = renderer.svg(diagram, 1, false);
            t = record(times, "SVG", run, runs, t);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            // A layered drawing of n statements covers about n² pixels at full size: the PNG is
            // drawn at the scale that fits 16 megapixels, as one would to look at it whole.
            renderer.writePng(diagram, Math.min(1, Math.sqrt(16e6 / (scene.width() * scene.height()))), false, png);
            t = record(times, "PNG (16 Mpixel)", run, runs, t);
            byte[] saved = MapFiles.serialize(session.getResource());
            t = record(times, "save", run, runs, t);
            if (!Arrays.equals(saved, bytes) || !problems.isEmpty() || scene.nodes().isEmpty() || svg.isEmpty()) {
                throw new IllegalStateException("the steps did not give what a user gets: the same bytes, no problems, a drawing");
            }
            session.dispose();

            MapSession plain = MapSession.open(debate.argmap());
            t = collected();
            Diagram whole = DiagramContents.wholeMap(plain.getMap(), "Whole map");
            DiagramLayouter.applyDirectly(new DiagramLayouter(renderer.measurer(), NodeFormat.DEFAULT).compute(whole, null));
            record(times, "layout (ELK layered)", run, runs, t);
            plain.dispose();
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((step, values) -> {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            medians.put(step, sorted[sorted.length / 2]);
        });
        return medians;
    }

    /** The median of the load's time over the raw parse's, pair by pair. */
    public static final String LOAD_OVER_PARSE = "load / SAX";

    /** Raw parses before the pairs, so that the floor is timed compiled. */
    private static final int FLOOR_WARM_UP = 20;

    /** Pairs of a raw parse and a load, each timed after a collection; the medians of this many are steady. */
    private static final int LOAD_PAIRS = 15;

    /**
     * The raw SAX parse of the bytes and the load of the file, in turn, each after a collection
     * (the same for both), so that no young collection of earlier garbage lands in either; one
     * that lands all the same (the load's own garbage) is counted and reported on stderr.
     */
    private static void loadAgainstParse(Path laidOut, byte[] bytes, javax.xml.parsers.SAXParser parser, Map<String, double[]> times)
            throws Exception {
        double[] parse = new double[LOAD_PAIRS];
        double[] load = new double[LOAD_PAIRS];
        double[] ratio = new double[LOAD_PAIRS];
        long landed = 0;
        // The parser warmed on its own: the load no longer runs it (a map as saved is read from its
        // bytes), so three pairs left the floor half compiled at 1,000 statements, slower than it is.
        for (int run = 0; run < FLOOR_WARM_UP; run++) {
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                parser.parse(in, new DefaultHandler());
            }
        }
        for (int run = -3; run < LOAD_PAIRS; run++) {
            System.gc();
            long collections = collections();
            long t = System.nanoTime();
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                parser.parse(in, new DefaultHandler());
            }
            long parsed = System.nanoTime();
            landed += run >= 0 ? collections() - collections : 0;
            System.gc();
            collections = collections();
            long start = System.nanoTime();
            MapSession session = MapSession.open(laidOut);
            long loaded = System.nanoTime();
            landed += run >= 0 ? collections() - collections : 0;
            session.dispose();
            if (run >= 0) {
                parse[run] = (parsed - t) / 1e6;
                load[run] = (loaded - start) / 1e6;
                ratio[run] = load[run] / parse[run];
            }
        }
        times.put("raw SAX parse", parse);
        times.put("load", load);
        // The ratio of each pair: a pair is timed in one stretch of the machine's state.
        times.put(LOAD_OVER_PARSE, ratio);
        if (landed > 0) {
            System.err.println(laidOut.getFileName() + ": " + landed + " collections landed in the " + 2 * LOAD_PAIRS + " timed parses and loads");
        }
    }

    private static long collections() {
        long count = 0;
        for (var collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }

    private static long record(Map<String, double[]> times, String step, int run, int runs, long start) {
        long now = System.nanoTime();
        if (run >= 0) {
            times.computeIfAbsent(step, s -> new double[runs])[run] = (now - start) / 1e6;
        }
        return collected();
    }

    /** The time after a collection: the next step starts with its own garbage only. */
    private static long collected() {
        System.gc();
        return System.nanoTime();
    }

    /** {@code UserPath FOLDER N...}: prints the steps' times for debates of those sizes. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            int size = Integer.parseInt(args[i]);
            ArgdownShapedDebates.Written debate = ArgdownShapedDebates.write(folder, size, 7);
            Path laidOut = laidOut(debate);
            Map<String, Double> medians = time(debate, laidOut, size >= 5000 ? 3 : 5);
            System.out.println(size + " statements:");
            medians.forEach((step, ms) -> System.out.printf("  %-22s %10.2f %s%n", step, ms, step.equals(LOAD_OVER_PARSE) ? "" : "ms"));
        }
    }
}
