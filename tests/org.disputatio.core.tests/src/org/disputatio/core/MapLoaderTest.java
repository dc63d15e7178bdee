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
 * The map resource's loader (EMF's XMI handler with a shorter way from attribute names to
 * features, elements attached once read) reads exactly what EMF's own XMI loader reads: the
 * examples, the old-format files as migrated, and random maps with awkward text and numbers.
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

    private static void assertReadsAsEmfDoes(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        Resource ours = MapFiles.load(MapFiles.newResourceSet(), file, bytes);
        List<org.eclipse.emf.ecore.EObject> stock = stockLoad(file, FormatMigrations.migrate(bytes));
        assertEquals(stock.size(), ours.getContents().size(), file + ": roots");
        assertTrue(new EcoreUtil.EqualityHelper().equals(stock, ours.getContents()), file + ": not what EMF's XMI loader reads");
        ArgumentMapResource resource = (ArgumentMapResource) ours;
        assertFalse(resource.proxiesMade(), file + ": no reference leaves the file");
        assertTrue(resource.idsKnownUnique(), file + ": every ID counted as read, none twice");
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
            assertReadsAsEmfDoes(file);
        }
    }

    @Test
    void randomMapsReadAsEmfReadsThem() throws Exception {
        for (long seed = 1; seed <= 30; seed++) {
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
            assertReadsAsEmfDoes(file);
        }
    }

    private static String awkward(Random random) {
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
