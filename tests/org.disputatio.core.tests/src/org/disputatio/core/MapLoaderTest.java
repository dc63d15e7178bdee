// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.model.resource.ArgumentMapResource;
import org.disputatio.model.resource.ArgumentMapResourceFactory;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.Point;
import org.disputatio.views.Presentation;
import org.disputatio.views.Shape;
import org.disputatio.views.Step;
import org.disputatio.views.ViewsFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map resource's loaders, the direct reader ({@code MapReader}) and the EMF route it leaves
 * the rest to (EMF's XMI handler with a shorter way from attribute names to features, elements
 * attached once read), read exactly what EMF's own XMI loader reads: the examples, the
 * old-format files as migrated, synthetic debates, random maps with awkward text and numbers,
 * and what the direct reader leaves to EMF.
 */
class MapLoaderTest {

    private static final Path ROOT = Path.of(System.getProperty("disputatio.root", "."));

    @TempDir
    Path dir;

    /** What EMF's stock XMI loader makes of the bytes, IDs as our resource uses them. */
    private static List<org.eclipse.emf.ecore.EObject> stockLoad(Path file, byte[] bytes) throws IOException {
        ResourceSet resourceSet = MapFiles.newResourceSet();
        XMIResourceImpl stock = new XMIResourceImpl(MapFiles.uri(file)) {
            @Override
            protected boolean useUUIDs() {
                return false;
            }
        };
        resourceSet.getResources().add(stock);
        stock.load(new ByteArrayInputStream(bytes), null);
        assertTrue(stock.getErrors().isEmpty(), () -> file + ": " + stock.getErrors());
        return stock.getContents();
    }

    /** Loads the file as the application does and as EMF's stock loader does; returns whether the direct reader read it. */
    private static boolean assertReadsAsEmfDoes(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        Resource ours = MapFiles.load(MapFiles.newResourceSet(), file, bytes);
        List<org.eclipse.emf.ecore.EObject> stock = stockLoad(file, FormatMigrations.migrate(bytes));
        assertEquals(stock.size(), ours.getContents().size(), file + ": roots");
        assertTrue(new EcoreUtil.EqualityHelper().equals(stock, ours.getContents()), file + ": not what EMF's XMI loader reads");
        ArgumentMapResource resource = (ArgumentMapResource) ours;
        XMLResource emf = (XMLResource) stock.get(0).eResource();
        assertEquals(emf.getEncoding(), resource.getEncoding(), file + ": encoding");
        assertEquals(emf.getXMLVersion(), resource.getXMLVersion(), file + ": XML version");
        assertFalse(resource.proxiesMade(), file + ": no reference leaves the file");
        assertTrue(resource.idsKnownUnique(), file + ": every ID counted as read, none twice");
        // Every element with an ID is found by it, as EMF's resource finds it.
        for (var contents = emf.getAllContents(); contents.hasNext();) {
            org.eclipse.emf.ecore.EObject element = contents.next();
            String id = EcoreUtil.getID(element);
            if (id != null) {
                assertTrue(new EcoreUtil.EqualityHelper().equals(element, ours.getEObject(id)), file + ": element " + id);
            }
        }
        return resource.readDirectly();
    }

    /** The same bytes through the EMF route of our resource (its XMI handler), as when the direct reader leaves them to it. */
    private static void assertTheEmfRouteReadsTheSame(Path file) throws Exception {
        byte[] bytes = FormatMigrations.migrate(Files.readAllBytes(file));
        ArgumentMapResource direct = (ArgumentMapResource) MapFiles.newResourceSet().createResource(MapFiles.uri(file));
        direct.load(new ByteArrayInputStream(bytes), null);
        ArgumentMapResource viaEmf = (ArgumentMapResource) MapFiles.newResourceSet().createResource(MapFiles.uri(file));
        // Any option other than the defaults keeps the direct reader out.
        viaEmf.load(new ByteArrayInputStream(bytes), java.util.Map.of(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE));
        assertFalse(viaEmf.readDirectly(), file + ": read by EMF's handler");
        assertTrue(new EcoreUtil.EqualityHelper().equals(viaEmf.getContents(), direct.getContents()), file + ": the two routes differ");
    }

    private static List<Path> maps(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".argmap")).sorted().toList();
        }
    }

    @Test
    void theExamplesAndTheOldFormatFilesReadAsEmfReadsThem() throws Exception {
        List<Path> files = new ArrayList<>(maps(ROOT.resolve("examples")));
        files.addAll(maps(ROOT.resolve("tests/org.disputatio.core.tests/resources")));
        assertTrue(files.size() >= 13, "the six examples and the old-format files: " + files);
        for (Path file : files) {
            boolean direct = assertReadsAsEmfDoes(file);
            assertTheEmfRouteReadsTheSame(file);
            if (file.startsWith(ROOT.resolve("examples"))) {
                assertTrue(direct, file + ": a map as Disputatio saves it is read directly");
            }
        }
    }

    /** The sizes of synthetic debate {@link #syntheticDebate} is asked for. */
    static final int[] DEBATE_SIZES = { 1, 10, 300 };

    /**
     * A debate as the benchmark's (each statement supports or attacks an earlier one, every tenth
     * attacks a second), saved without a diagram; the session is left open.
     */
    static MapSession syntheticDebate(Path file, int size) throws Exception {
        MapSession session = MapSession.create(file, "Debate of " + size);
        ArgumentMap map = session.getMap();
        for (int i = 0; i < size; i++) {
            Statement statement = MapElements.statement(i % 3 == 0 ? StatementKind.REBUTTAL : StatementKind.CLAIM, "Statement " + i);
            map.getStatements().add(statement);
            if (i > 0) {
                Statement earlier = map.getStatements().get(i * 7 % i);
                if (i % 3 == 0) {
                    map.getConflicts().add(MapElements.conflict(List.of(statement), earlier));
                } else {
                    map.getInferences().add(MapElements.inference(List.of(statement), earlier));
                }
                if (i % 10 == 0) {
                    map.getConflicts().add(MapElements.conflict(List.of(statement), map.getStatements().get(i / 2)));
                }
            }
        }
        session.save();
        return session;
    }

    /** Adds the whole map's diagram, placed as a layout leaves it, saves and closes the session. */
    static void withLaidOutDiagram(MapSession session) throws Exception {
        Diagram diagram = DiagramContents.wholeMap(session.getMap(), "Whole map");
        // Places as a layout leaves them: decimals of 16 and 17 digits.
        for (int i = 0; i < diagram.getShapes().size(); i++) {
            diagram.getShapes().get(i).setX(i * 162.22222222222223);
            diagram.getShapes().get(i).setY(i / 3.0);
        }
        session.getResource().getContents().add(diagram);
        session.save();
        session.dispose();
    }

    @Test
    void syntheticDebatesWithAndWithoutTheirDiagramReadAsEmfReadsThem() throws Exception {
        for (int size : DEBATE_SIZES) {
            Path file = dir.resolve("debate-" + size + ".argmap");
            MapSession session = syntheticDebate(file, size);
            assertTrue(assertReadsAsEmfDoes(file), file + ": read directly");
            withLaidOutDiagram(session);
            assertTrue(assertReadsAsEmfDoes(file), file + " with its diagram: read directly");
            assertTheEmfRouteReadsTheSame(file);
        }
    }

    /** The number of random maps {@link #randomMap} is asked for. */
    static final int RANDOM_MAPS = 30;

    @Test
    void randomMapsReadAsEmfReadsThem() throws Exception {
        for (long seed = 1; seed <= RANDOM_MAPS; seed++) {
            Path file = randomMap(dir, seed);
            assertTrue(assertReadsAsEmfDoes(file), file + ": read directly");
            assertTheEmfRouteReadsTheSame(file);
        }
    }

    /** A map of random shape with awkward text and numbers, its diagram and a presentation, saved. */
    static Path randomMap(Path dir, long seed) throws Exception {
        Random random = new Random(seed);
        Path file = dir.resolve("random-" + seed + ".argmap");
        MapSession session = MapSession.create(file, awkward(random));
        ArgumentMap map = session.getMap();
        List<Statement> statements = new ArrayList<>();
        int count = 1 + random.nextInt(seed % 5 == 0 ? 400 : 40);
        for (int i = 0; i < count; i++) {
            Statement statement = MapElements.statement(StatementKind.values()[random.nextInt(StatementKind.values().length)],
                    awkward(random));
            if (random.nextBoolean()) {
                statement.setText(awkward(random));
            }
            map.getStatements().add(statement);
            if (!statements.isEmpty()) {
                List<Statement> premises = new ArrayList<>(List.of(statement));
                for (int extra = random.nextInt(3); extra > 0; extra--) {
                    Statement other = statements.get(random.nextInt(statements.size()));
                    if (!premises.contains(other)) {
                        premises.add(other);
                    }
                }
                Statement earlier = statements.get(random.nextInt(statements.size()));
                if (random.nextInt(3) == 0) {
                    map.getConflicts().add(MapElements.conflict(premises, earlier));
                } else if (!premises.contains(earlier)) {
                    map.getInferences().add(MapElements.inference(premises, earlier));
                }
            }
            statements.add(statement);
        }
        Diagram diagram = DiagramContents.wholeMap(map, awkward(random));
        for (Shape shape : diagram.getShapes()) {
            shape.setX(number(random));
            shape.setY(number(random));
            shape.setWidth(Math.abs(number(random)));
            shape.setHeight(Math.abs(number(random)));
        }
        for (Edge edge : diagram.getEdges()) {
            for (int p = random.nextInt(6); p > 0; p--) {
                Point point = ViewsFactory.eINSTANCE.createPoint();
                point.setX(number(random));
                point.setY(number(random));
                edge.getRoute().add(point);
            }
        }
        session.getResource().getContents().add(diagram);
        Presentation presentation = MapElements.presentation(awkward(random), diagram);
        Step step = MapElements.step(awkward(random));
        // More than five references in one attribute take EMF's other way of resolving them.
        step.getReveal().addAll(statements.subList(0, Math.min(statements.size(), 1 + random.nextInt(12))));
        presentation.getSteps().add(step);
        session.getResource().getContents().add(presentation);
        session.save();
        session.dispose();
        return file;
    }

    /**
     * What the direct reader does not know goes to EMF's loader with the same bytes, and reads
     * as EMF reads it; what it knows (a reference to an element further down, many-valued
     * attributes as elements, a map without the XMI wrapper) it reads itself.
     */
    @Test
    void whatTheDirectReaderDoesNotKnowIsReadByEmf() throws Exception {
        String statements = "  <statements id=\"a\" label=\"one\"><tags>x</tags><tags>y</tags></statements>\n"
                + "  <statements id=\"b\" label=\"two\"/>\n";
        record Case(String name, String content, boolean direct) {
        }
        List<Case> cases = List.of(
                new Case("plain", HEAD + statements + "  <inferences id=\"i\" premises=\"a\" conclusion=\"b\"/>\n</argmap:ArgumentMap>\n", true),
                new Case("reference down", HEAD + "  <inferences id=\"i\" premises=\"a b\" conclusion=\"c\"/>\n" + statements
                        + "  <statements id=\"c\" label=\"three\"/>\n</argmap:ArgumentMap>\n", true),
                new Case("xmi:id", HEAD.replace("title=\"t\">", "title=\"t\" xmlns:xmi=\"http://www.omg.org/XMI\">")
                        + "  <statements xmi:id=\"x\" id=\"a\" label=\"one\"/>\n</argmap:ArgumentMap>\n", false),
                new Case("processing instruction", HEAD + "<?disputatio keep?>\n" + statements + "</argmap:ArgumentMap>\n", false),
                new Case("a tag given twice", HEAD + "  <statements id=\"a\" label=\"one\"><tags>x</tags><tags>x</tags></statements>\n"
                        + "</argmap:ArgumentMap>\n", false),
                new Case("text in an element", HEAD + "  <statements id=\"a\" label=\"one\">words</statements>\n"
                        + "</argmap:ArgumentMap>\n", false),
                new Case("empty premises", HEAD + statements + "  <inferences id=\"i\" premises=\"\" conclusion=\"b\"/>\n</argmap:ArgumentMap>\n",
                        false));
        for (Case c : cases) {
            Path file = write(c.name().replace(' ', '-').replace(':', '-') + ".argmap", c.content());
            assertEquals(c.direct(), assertReadsAsEmfDoes(file), c.name() + ": read directly?");
        }
    }

    @Test
    void aPremiseNamedTwiceIsReportedAsEmfReportsIt() throws IOException {
        Path file = write("twice-premise.argmap", HEAD + "  <statements id=\"a\" label=\"one\"/>\n  <statements id=\"b\" label=\"two\"/>\n"
                + "  <inferences id=\"i\" premises=\"a a\" conclusion=\"b\"/>\n</argmap:ArgumentMap>\n");
        // Every time: EMF's pooled handler refused it the first time only.
        for (int load = 0; load < 3; load++) {
            MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.load(MapFiles.newResourceSet(), file));
            assertTrue(e.getMessage().contains("is not legal"), e.getMessage());
        }
    }

    @Test
    void aReferenceToNoElementIsReportedAsEmfReportsIt() throws IOException {
        Path file = write("dangling.argmap", HEAD + "  <statements id=\"a\" label=\"one\"/>\n"
                + "  <inferences id=\"i\" premises=\"a\"\n      conclusion=\"nowhere\"/>\n</argmap:ArgumentMap>\n");
        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.load(MapFiles.newResourceSet(), file));
        assertTrue(e.getMessage().contains("'nowhere'"), e.getMessage());
        assertTrue(e.getMessage().contains(":5:"), "the line of the reference: " + e.getMessage());
    }

    @Test
    void anUnknownAttributeIsReportedAsEmfReportsIt() throws IOException {
        Path file = write("unknown.argmap", HEAD + "  <statements id=\"a\" label=\"one\"/>\n  <statements id=\"b\" colour=\"red\"/>\n"
                + "</argmap:ArgumentMap>\n");
        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.load(MapFiles.newResourceSet(), file));
        assertTrue(e.getMessage().contains("unknown attribute or element 'colour'"), e.getMessage());
        assertTrue(e.getMessage().contains(":4:"), "the line of the attribute: " + e.getMessage());
    }

    static String awkward(Random random) {
        String[] pieces = { "Nye", " \"soft\" ", "power & <culture>", "Wáng Jìsī", "\u4e2d\u56fd", "tab\there", "line\nbreak",
                "'quoted'", "emoji \ud83d\ude00", "  spaced  ", "]]>", "&amp;" };
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static double number(Random random) {
        return switch (random.nextInt(6)) {
        case 0 -> random.nextInt(2000);
        case 1 -> -0.0;
        case 2 -> random.nextDouble() * 1e6 - 5e5;
        case 3 -> Double.MIN_VALUE * random.nextInt(10);
        case 4 -> 1e300 * random.nextDouble();
        default -> random.nextGaussian();
        };
    }

    @Test
    void everyResourceTheFactoryMakesLoadsWithTheOptionsForLargeFiles() {
        Resource resource = new ArgumentMapResourceFactory().createResource(URI.createFileURI("/tmp/any.argmap"));
        var options = ((XMLResource) resource).getDefaultLoadOptions();
        assertEquals(Boolean.TRUE, options.get(XMLResource.OPTION_DEFER_ATTACHMENT));
        assertEquals(Boolean.TRUE, options.get(XMLResource.OPTION_DEFER_IDREF_RESOLUTION));
        assertEquals(Boolean.FALSE, options.get(XMLResource.OPTION_USE_DEPRECATED_METHODS));
        assertTrue(options.get(XMLResource.OPTION_USE_PARSER_POOL) != null);
        assertTrue(options.get(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP) != null);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<argmap:ArgumentMap xmlns:argmap=\""
            + org.disputatio.model.ArgmapPackage.eNS_URI + "\" id=\"map\" title=\"t\">\n";

    @Test
    void anIdentifierReadTwiceIsStillFoundWithoutAWalkToLookForIt() throws IOException {
        Path file = write("twice.argmap", HEAD + "  <statements id=\"a\" label=\"one\"/>\n  <statements id=\"a\" label=\"two\"/>\n</argmap:ArgumentMap>\n");
        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.load(MapFiles.newResourceSet(), file));
        assertTrue(e.getMessage().contains("the identifier 'a' is used twice"), e.getMessage());
        assertTrue(e.getMessage().contains(":4:"), "the line of the second: " + e.getMessage());
    }

    @Test
    void aReferenceIntoAnotherFileIsStillRefused() throws IOException {
        Path file = write("other.argmap", HEAD + "  <statements id=\"a\" label=\"one\"/>\n"
                + "  <inferences id=\"i\" premises=\"a\" conclusion=\"elsewhere.argmap#b\"/>\n</argmap:ArgumentMap>\n");
        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.load(MapFiles.newResourceSet(), file));
        assertTrue(e.getMessage().contains("in another file"), e.getMessage());
    }

    @Test
    void aValueEmfRefusesIsReportedAsEmfReportsIt() throws IOException {
        Path file = write("bad-kind.argmap", HEAD + "  <statements id=\"a\" kind=\"opinion\" label=\"one\"/>\n</argmap:ArgumentMap>\n");
        MapFileException e = assertThrows(MapFileException.class, () -> MapFiles.load(MapFiles.newResourceSet(), file));
        assertTrue(e.getMessage().contains(":3:"), "the line of the value: " + e.getMessage());
    }
}
