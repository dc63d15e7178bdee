// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.disputatio.model.resource.ArgumentMapResource;
import org.disputatio.model.resource.ArgumentMapResourceFactory;
import org.disputatio.testing.HostileInputs;
import org.disputatio.testing.XmiDialect;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader of a map's bytes ({@code SavedMapBytes}) against the SAX route it declines to
 * ({@code MapReader}, then EMF's loader): on every input it either declines, and the SAX route
 * reads it, or reads what the SAX route reads (EcoreUtil equality, every ID in its place, the
 * XML declaration); either way a map is read or refused with the same message as without it.
 * Maps as Disputatio saves them must be read from their bytes, and inputs outside what it writes
 * or not well-formed must be declined.
 */
class SavedMapBytesTest {

    private static final Path ROOT = Path.of(System.getProperty("disputatio.root", "."));

    @TempDir
    Path dir;

    /** What a load gave: the resource, or the message it was refused with; and whether the bytes' reader read it. */
    private record Outcome(ArgumentMapResource resource, MapFileException refusal, boolean fromBytes) {

        String message() {
            return refusal == null ? null : refusal.getMessage();
        }
    }

    private static Outcome load(Path file, byte[] bytes, boolean readBytes) {
        List<ArgumentMapResource> made = new ArrayList<>();
        ResourceSet resourceSet = MapFiles.newResourceSet();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(ArgumentMapResourceFactory.EXTENSION, (Resource.Factory) uri -> {
            ArgumentMapResource resource = new ArgumentMapResource(uri);
            if (!readBytes) {
                resource.getDefaultLoadOptions().put(ArgumentMapResource.OPTION_READ_BYTES, Boolean.FALSE);
            }
            made.add(resource);
            return resource;
        });
        try {
            ArgumentMapResource resource = (ArgumentMapResource) MapFiles.load(resourceSet, file, bytes);
            return new Outcome(resource, null, resource.readFromBytes());
        } catch (MapFileException e) {
            return new Outcome(null, e, !made.isEmpty() && made.get(0).readFromBytes());
        }
    }

    /**
     * The bytes give what the SAX route gives; returns whether the bytes' reader read them.
     *
     * @throws MapFileException the SAX route's, when it refuses them
     */
    static boolean assertAsTheSaxRoute(Path file, byte[] bytes) throws MapFileException {
        Outcome sax = load(file, bytes, false);
        Outcome ours = load(file, bytes, true);
        assertFalse(sax.fromBytes(), file + ": the SAX route");
        assertEquals(sax.message(), ours.message(), file + ": read or refused as by the SAX route");
        if (sax.refusal() != null) {
            // What XML or the map's rules refuse, the bytes' reader declines.
            assertFalse(ours.fromBytes(), file + ": refused, yet read from its bytes: " + sax.message());
            throw sax.refusal();
        }
        ArgumentMapResource expected = sax.resource();
        ArgumentMapResource actual = ours.resource();
        assertEquals(expected.getContents().size(), actual.getContents().size(), file + ": roots");
        assertTrue(new EcoreUtil.EqualityHelper().equals(expected.getContents(), actual.getContents()), file + ": not what the SAX route reads");
        assertEquals(expected.getEncoding(), actual.getEncoding(), file + ": encoding");
        assertEquals(expected.getXMLVersion(), actual.getXMLVersion(), file + ": XML version");
        assertEquals(expected.idsKnownUnique(), actual.idsKnownUnique(), file + ": IDs known unique");
        assertEquals(expected.proxiesMade(), actual.proxiesMade(), file + ": proxies");
        // Every element in the same place with the same ID, and found by it.
        List<EObject> all = new ArrayList<>();
        actual.getAllContents().forEachRemaining(all::add);
        int n = 0;
        for (var elements = expected.getAllContents(); elements.hasNext(); n++) {
            EObject element = elements.next();
            String id = EcoreUtil.getID(element);
            assertTrue(n < all.size(), file + ": fewer elements");
            assertEquals(id, EcoreUtil.getID(all.get(n)), file + ": element " + n);
            if (id != null) {
                assertTrue(actual.getEObject(id) == all.get(n), file + ": " + id + " is found");
            }
        }
        assertEquals(n, all.size(), file + ": elements");
        assertEquals(expected.getIntrinsicIDToEObjectMap().keySet(), actual.getIntrinsicIDToEObjectMap().keySet(), file + ": index");
        return ours.fromBytes();
    }

    private static boolean assertAsTheSaxRoute(Path file) throws Exception {
        return assertAsTheSaxRoute(file, Files.readAllBytes(file));
    }

    @Test
    void theExamplesAreReadFromTheirBytesAndTheOldFormatFilesAsTheSaxRouteReadsThem() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : new String[] { "examples", "tests/org.disputatio.core.tests/resources" }) {
            try (Stream<Path> found = Files.walk(ROOT.resolve(folder))) {
                files.addAll(found.filter(f -> f.toString().endsWith(".argmap")).sorted().toList());
            }
        }
        assertTrue(files.size() >= 13, "the six examples and the old-format files: " + files);
        for (Path file : files) {
            boolean fromBytes = assertAsTheSaxRoute(file);
            if (file.startsWith(ROOT.resolve("examples"))) {
                assertTrue(fromBytes, file + ": a map as Disputatio saves it is read from its bytes");
            }
        }
    }

    @Test
    void syntheticDebatesWithAndWithoutTheirDiagramAreReadFromTheirBytes() throws Exception {
        for (int size : MapLoaderTest.DEBATE_SIZES) {
            Path file = dir.resolve("debate-" + size + ".argmap");
            MapSession session = MapLoaderTest.syntheticDebate(file, size);
            assertTrue(assertAsTheSaxRoute(file), file + ": read from its bytes");
            MapLoaderTest.withLaidOutDiagram(session);
            assertTrue(assertAsTheSaxRoute(file), file + " with its diagram: read from its bytes");
        }
    }

    @Test
    void randomMapsWithAwkwardTextAreReadFromTheirBytes() throws Exception {
        for (long seed = 1; seed <= MapLoaderTest.RANDOM_MAPS; seed++) {
            Path file = MapLoaderTest.randomMap(dir, seed);
            assertTrue(assertAsTheSaxRoute(file), file + ": read from its bytes");
        }
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<argmap:ArgumentMap xmlns:argmap=\""
            + org.disputatio.model.ArgmapPackage.eNS_URI + "\" id=\"map\" title=\"t\">\n";

    /** A small map with what the cases change: text elements, references down and up, entities, characters beyond ASCII. */
    private static final String SMALL = HEAD
            + "  <statements id=\"a\" label=\"one &amp; &lt;two&gt; &quot;3&quot; &apos;4&apos; &#65;&#x4E2D;&#x1F600; W\u00e1ng \u4e2d\u56fd \ud83d\ude00\">"
            + "<tags>x &gt; y</tags><tags>\u00e9t\u00e9\t\n&#13;</tags></statements>\n"
            + "  <inferences id=\"i\" premises=\"a  b\"\n      conclusion=\"c\"/>\n"
            + "  <statements id=\"b\" label=\"two\"/>\n"
            + "  <statements id=\"c\" kind=\"rebuttal\" label=\"&#10;three&#9;\"></statements >\n"
            + "</argmap:ArgumentMap >\n";

    @Test
    void whatDisputatioWritesIsReadFromItsBytes() throws Exception {
        assertTrue(assertAsTheSaxRoute(write("small.argmap", SMALL.getBytes(StandardCharsets.UTF_8))), "the small map");
    }

    /**
     * Each case changes the small map into something outside what Disputatio writes or not
     * well-formed: the bytes' reader declines it, and it is read or refused as by the SAX route.
     */
    @Test
    void whatIsNotExactlyWhatDisputatioWritesIsDeclined() throws Exception {
        Map<String, UnaryOperator<String>> cases = new java.util.LinkedHashMap<>();
        cases.put("a byte-order mark", s -> "\ufeff" + s);
        cases.put("no XML declaration", s -> s.substring(s.indexOf('\n') + 1));
        cases.put("single quotes in the declaration", s -> s.replace("version=\"1.0\"", "version='1.0'"));
        cases.put("another encoding", s -> s.replace("UTF-8", "ISO-8859-1"));
        cases.put("XML 1.1", s -> s.replace("version=\"1.0\"", "version=\"1.1\""));
        cases.put("standalone", s -> s.replace("?>", " standalone=\"yes\"?>"));
        cases.put("a DOCTYPE", s -> s.replace("?>\n", "?>\n<!DOCTYPE argmap:ArgumentMap>\n"));
        cases.put("a comment before the root", s -> s.replace("?>\n", "?>\n<!-- c -->\n"));
        cases.put("a comment inside", s -> s.replace("  <statements id=\"b\"", "  <!-- c --><statements id=\"b\""));
        cases.put("a processing instruction", s -> s.replace("  <statements id=\"b\"", "  <?p x?><statements id=\"b\""));
        cases.put("CDATA", s -> s.replace("<tags>x &gt; y</tags>", "<tags><![CDATA[x > y]]></tags>"));
        cases.put("]]> in a text", s -> s.replace("x &gt; y", "x ]]> y"));
        cases.put("a carriage return between elements", s -> s.replace("/>\n", "/>\r\n"));
        cases.put("a carriage return in a text", s -> s.replace("x &gt; y", "x\ry"));
        cases.put("a line feed in a value", s -> s.replace("label=\"two\"", "label=\"t\nwo\""));
        cases.put("a tab in a value", s -> s.replace("label=\"two\"", "label=\"t\two\""));
        cases.put("a control character", s -> s.replace("label=\"two\"", "label=\"t\u0001wo\""));
        cases.put("U+FFFE", s -> s.replace("label=\"two\"", "label=\"t\ufffewo\""));
        cases.put("a reference to NUL", s -> s.replace("label=\"two\"", "label=\"t&#0;wo\""));
        cases.put("a reference to a surrogate", s -> s.replace("label=\"two\"", "label=\"t&#xD800;wo\""));
        cases.put("a reference beyond Unicode", s -> s.replace("label=\"two\"", "label=\"t&#x110000;wo\""));
        cases.put("a reference to a control character", s -> s.replace("label=\"two\"", "label=\"t&#1;wo\""));
        cases.put("an undeclared entity", s -> s.replace("label=\"two\"", "label=\"t&nbsp;wo\""));
        cases.put("a bare ampersand", s -> s.replace("label=\"two\"", "label=\"t & wo\""));
        cases.put("< in a value", s -> s.replace("label=\"two\"", "label=\"t<wo\""));
        cases.put("an attribute twice", s -> s.replace("label=\"two\"", "label=\"two\" label=\"two\""));
        cases.put("an ID twice", s -> s.replace("id=\"b\"", "id=\"a\""));
        cases.put("no space between attributes", s -> s.replace("id=\"b\" label", "id=\"b\"label"));
        cases.put("spaces around =", s -> s.replace("id=\"b\"", "id = \"b\""));
        cases.put("single quotes around a value", s -> s.replace("id=\"b\"", "id='b'"));
        cases.put("a value not closed", s -> s.replace("label=\"two\"/>", "label=\"two/>"));
        cases.put("a mismatched end tag", s -> s.replace("</statements >", "</statement>"));
        cases.put("an end tag of another name as long", s -> s.replace("</statements >", "</statementz >"));
        cases.put("end tags crossed", s -> s.replace("&#13;</tags></statements>", "&#13;</statements></tags>"));
        cases.put("an end tag too many", s -> s.replace("</statements >", "</statements ></statements>"));
        cases.put("an element not closed", s -> s.replace("</argmap:ArgumentMap >\n", ""));
        cases.put("text after the root", s -> s + "words");
        cases.put("a second root", s -> s + "<argmap:ArgumentMap xmlns:argmap=\"" + org.disputatio.model.ArgmapPackage.eNS_URI + "\" id=\"m2\"/>");
        cases.put("text between elements", s -> s.replace("  <statements id=\"b\"", "  words<statements id=\"b\""));
        cases.put("a default namespace", s -> s.replace("id=\"map\"", "xmlns=\"urn:x\" id=\"map\""));
        cases.put("a namespace declared below the root", s -> s.replace("<statements id=\"b\"", "<statements xmlns:q=\"urn:q\" id=\"b\""));
        cases.put("an undeclared prefix", s -> s.replace("<statements id=\"b\"", "<q:statements id=\"b\""));
        cases.put("xmi:id", s -> s.replace("<statements id=\"b\"", "<statements xmi:id=\"b\""));
        cases.put("an unknown attribute", s -> s.replace("label=\"two\"", "colour=\"red\""));
        cases.put("an unknown element", s -> s.replace("<tags>x", "<colour>red</colour><tags>x"));
        cases.put("a reference to no element", s -> s.replace("conclusion=\"c\"", "conclusion=\"nowhere\""));
        cases.put("a reference into another file", s -> s.replace("conclusion=\"c\"", "conclusion=\"other.argmap#c\""));
        cases.put("a value the factory refuses", s -> s.replace("kind=\"rebuttal\"", "kind=\"opinion\""));
        cases.put("an empty text element", s -> s.replace("<tags>x &gt; y</tags>", "<tags/>"));
        cases.put("an element inside a text element", s -> s.replace("<tags>x &gt; y</tags>", "<tags>x<b/>y</tags>"));
        cases.put("a name beyond ASCII", s -> s.replace("<statements id=\"b\"", "<st\u00e4tements id=\"b\""));
        cases.put("a tag given twice", s -> s.replace("<tags>\u00e9t\u00e9\t\n&#13;</tags>", "<tags>x &gt; y</tags>"));
        for (var c : cases.entrySet()) {
            String changed = c.getValue().apply(SMALL);
            assertFalse(changed.equals(SMALL), c.getKey() + ": the case changes the map");
            Path file = write("case.argmap", changed.getBytes(StandardCharsets.UTF_8));
            boolean fromBytes;
            try {
                fromBytes = assertAsTheSaxRoute(file);
            } catch (MapFileException refused) {
                fromBytes = false;
            }
            assertFalse(fromBytes, c.getKey() + ": declined");
        }
        // Bytes that are not UTF-8 where a value is: a lone continuation, an overlong form, a surrogate, a cut sequence, 0xFF.
        byte[][] notUtf8 = { { (byte) 0x80 }, { (byte) 0xC0, (byte) 0x80 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 },
                { (byte) 0xFF }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0xEF, (byte) 0xBF, (byte) 0xBF } };
        byte[] small = SMALL.getBytes(StandardCharsets.UTF_8);
        int at = SMALL.substring(0, SMALL.indexOf("label=\"two\"") + "label=\"t".length()).getBytes(StandardCharsets.UTF_8).length;
        for (byte[] bad : notUtf8) {
            byte[] changed = new byte[small.length + bad.length];
            System.arraycopy(small, 0, changed, 0, at);
            System.arraycopy(bad, 0, changed, at, bad.length);
            System.arraycopy(small, at, changed, at + bad.length, small.length - at);
            boolean fromBytes;
            try {
                fromBytes = assertAsTheSaxRoute(write("case.argmap", changed), changed);
            } catch (MapFileException refused) {
                fromBytes = false;
            }
            assertFalse(fromBytes, java.util.HexFormat.of().formatHex(bad) + ": declined");
        }
        // Cut anywhere, the map is refused (by the SAX route) and declined.
        for (int length = 0; length <= small.length - 2; length += 7) {
            byte[] cut = java.util.Arrays.copyOf(small, length);
            boolean refused = false;
            try {
                assertAsTheSaxRoute(write("cut.argmap", cut), cut);
            } catch (MapFileException e) {
                refused = true;
            }
            assertTrue(refused, "cut after " + length + " bytes: refused");
        }
    }

    /** Markup the mutants get, at a random place: each is outside what Disputatio writes, or changes what is read. */
    private static final String[] MARKUP = { "<!-- c -->", "<![CDATA[x]]>", "<!DOCTYPE m>", "<?p?>", "&", "&amp;", "&#0;", "&#x10FFFF;", "&#65;",
            "<", ">", "\"", "'", "\r", "\t", "\n", " ", "</statements>", "<statements>", "<tags>t</tags>", " xmlns=\"urn:u\"",
            " xmlns:q=\"urn:q\"", " id=\"x\"", " label=\"l\"", "]]>", "=", "/", ":", "\u00ff", "\ufffe", "\u0000", "\u0085", "\u2028" };

    /** Mutants of each kind; each costs two loads, and one refused by EMF's loader a few milliseconds. */
    private static final int MUTANTS = 1500;

    /** Mutants of maps as Disputatio writes them, by the harness's mutations and by injected markup: each gives what the SAX route gives. */
    @Test
    void mutantsAreDeclinedOrReadAsTheSaxRouteReadsThem() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(SMALL.getBytes(StandardCharsets.UTF_8));
        seeds.add(new XmiDialect().valid().getBytes(StandardCharsets.UTF_8));
        Path debate = dir.resolve("debate.argmap");
        MapLoaderTest.withLaidOutDiagram(MapLoaderTest.syntheticDebate(debate, 12));
        seeds.add(Files.readAllBytes(debate));
        seeds.add(Files.readAllBytes(MapLoaderTest.randomMap(dir, 3)));
        seeds.add(Files.readAllBytes(ROOT.resolve("examples/dw-2018.argmap")));
        Path file = dir.resolve("mutant.argmap");
        int[] fromBytes = new int[1];
        HostileInputs.BytesReader reader = bytes -> {
            if (assertAsTheSaxRoute(file, bytes)) {
                fromBytes[0]++;
            }
            return null;
        };
        HostileInputs.Tally harness = HostileInputs.mutate(reader, seeds, MUTANTS, 12);
        assertTrue(harness.read() > 0 && harness.refused() > MUTANTS / 4, "the harness's mutants: " + harness);
        int readFromBytesByHarness = fromBytes[0];
        assertTrue(readFromBytesByHarness > 0 && readFromBytesByHarness <= harness.read(), readFromBytesByHarness + " read from their bytes");

        Random random = new Random(12);
        int refused = 0;
        fromBytes[0] = 0;
        int count = MUTANTS;
        for (int n = 0; n < count; n++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            byte[] markup = MARKUP[random.nextInt(MARKUP.length)].getBytes(StandardCharsets.UTF_8);
            int at = random.nextInt(seed.length + 1);
            byte[] mutant = new byte[seed.length + markup.length];
            System.arraycopy(seed, 0, mutant, 0, at);
            System.arraycopy(markup, 0, mutant, at, markup.length);
            System.arraycopy(seed, at, mutant, at + markup.length, seed.length - at);
            try {
                reader.read(mutant);
            } catch (MapFileException e) {
                refused++;
            } catch (AssertionError e) {
                throw new AssertionError("markup mutant " + n + " ('" + new String(markup, StandardCharsets.UTF_8) + "' at " + at + "): "
                        + e.getMessage(), e);
            }
        }
        // Most injections break the map; some land in a text or between elements and are read.
        assertTrue(refused > count / 4 && fromBytes[0] > count / 20, refused + " refused, " + fromBytes[0] + " read from their bytes");
    }

    /** The hostile-input harness's files: every one the SAX route refuses is declined, and each is read or refused as by it. */
    @Test
    void theHostileInputsAreDeclined() throws Exception {
        List<HostileInputs.Outcome> outcomes = HostileInputs.check(file -> {
            byte[] bytes = MapFiles.readBytes(file);
            assertAsTheSaxRoute(file, bytes);
            return null;
        }, new XmiDialect(), dir);
        assertEquals("", HostileInputs.failures(outcomes));
        assertTrue(outcomes.size() >= 17, "every case was run: " + outcomes.size());
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }
}
