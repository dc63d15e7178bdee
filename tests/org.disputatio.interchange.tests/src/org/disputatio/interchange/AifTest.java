// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.ConflictKind;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The AraucariaDB files in AIF: what they hold survives import and export. */
class AifTest {

    private static JsonObject aif(String json) {
        JsonObject top = JsonParser.parseString(json).getAsJsonObject();
        return top.has("AIF") ? top.getAsJsonObject("AIF") : top;
    }

    private static Map<String, Integer> counts(JsonObject aif) {
        Map<String, String> types = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonElement n : aif.getAsJsonArray("nodes")) {
            types.put(n.getAsJsonObject().get("nodeID").getAsString(), n.getAsJsonObject().get("type").getAsString());
            counts.merge(n.getAsJsonObject().get("type").getAsString(), 1, Integer::sum);
        }
        for (JsonElement e : aif.getAsJsonArray("edges")) {
            JsonObject o = e.getAsJsonObject();
            counts.merge(types.get(o.get("fromID").getAsString()) + "->" + types.get(o.get("toID").getAsString()), 1, Integer::sum);
        }
        return counts;
    }

    private static List<String> texts(JsonObject aif) {
        List<String> texts = new ArrayList<>();
        for (JsonElement n : aif.getAsJsonArray("nodes")) {
            if (n.getAsJsonObject().get("type").getAsString().equals("I")) {
                texts.add(n.getAsJsonObject().get("text").getAsString());
            }
        }
        return texts;
    }

    @Test
    void nodesAndEdgesByTypeSurviveImportAndExport() throws IOException {
        List<Path> files = TestFiles.files(TestFiles.fixtures().resolve("aif"), ".json");
        assertEquals(8, files.size());
        for (Path file : files) {
            String json = Files.readString(file);
            ImportedMap imported = AifFormat.read(file, Files.readAllBytes(file));
            String written = AifFormat.write(imported.map(), null);
            assertEquals(counts(aif(json)), counts(aif(written)), file.getFileName().toString());
            assertEquals(texts(aif(json)), texts(aif(written)), file.getFileName() + ": I-node texts");
            // and again: the export reads as it was
            ImportedMap again = AifFormat.read(file, written.getBytes(StandardCharsets.UTF_8));
            assertEquals(MapDump.of(imported.map()), MapDump.of(again.map()), file.getFileName().toString());
        }
    }

    @Test
    void aLinkedArgumentStaysLinked() throws IOException {
        Path file = TestFiles.fixtures().resolve("aif/nodeset10.json");
        ArgumentMap map = AifFormat.read(file, Files.readAllBytes(file)).map();
        assertEquals(1, map.getInferences().size());
        assertEquals(3, map.getInferences().get(0).getPremises().size());
    }

    @Test
    void portugueseTextAndEscapesSurviveByteExact() throws IOException {
        Path file = TestFiles.fixtures().resolve("aif/nodeset664.json");
        String written = AifFormat.write(AifFormat.read(file, Files.readAllBytes(file)).map(), null);
        List<String> before = texts(aif(Files.readString(file)));
        assertEquals(before, texts(aif(written)));
        assertTrue(before.stream().anyMatch(t -> t.chars().anyMatch(c -> c > 127) || t.contains("\"") || t.contains("\n")),
                "the file has text that needs escapes or is not ASCII");
    }

    @Test
    void dialogueNodesAreKeptAndWrittenBack() throws IOException {
        Path file = TestFiles.fixtures().resolve("aif/nodeset127.json");
        ImportedMap imported = AifFormat.read(file, Files.readAllBytes(file));
        assertTrue(imported.map().getNotes().startsWith(AifFormat.DIALOGUE_MARK));
        assertTrue(imported.notices().stream().anyMatch(n -> n.contains("timestamp")), imported.notices().toString());
    }

    @Test
    void examplesKeepTheirStructureAndUndercutsThroughAif() throws IOException {
        for (Path file : TestFiles.examples()) {
            ArgumentMap map = TestFiles.example(file);
            String json = AifFormat.write(map, null);
            ArgumentMap back = AifFormat.read(file, json.getBytes(StandardCharsets.UTF_8)).map();
            assertEquals(map.getStatements().size(), back.getStatements().size(), file.getFileName().toString());
            assertEquals(map.getInferences().size(), back.getInferences().size(), file.getFileName().toString());
            assertEquals(map.getConflicts().size(), back.getConflicts().size(), file.getFileName().toString());
            assertEquals(map.getConflicts().stream().filter(c -> c.getKind() == ConflictKind.UNDERCUT).count(),
                    back.getConflicts().stream().filter(c -> c.getKind() == ConflictKind.UNDERCUT).count(), file.getFileName() + ": undercuts");
            for (int i = 0; i < map.getInferences().size(); i++) {
                assertEquals(map.getInferences().get(i).getPremises().size(), back.getInferences().get(i).getPremises().size());
            }
        }
    }

    @Test
    void ovaPositionsBecomeADiagram() throws IOException {
        ArgumentMap map = TestFiles.example(TestFiles.root().resolve("examples/dw-2018.argmap"));
        var diagram = org.disputatio.core.DiagramContents.wholeMap(map, "d");
        diagram.getShapes().forEach(s -> { s.setX(s.hashCode() % 500); s.setY(7); });
        String json = AifFormat.write(map, diagram);
        assertTrue(JsonParser.parseString(json).getAsJsonObject().has("OVA"));
        ImportedMap back = AifFormat.read(Path.of("ova.json"), json.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, back.diagrams().size());
        assertTrue(back.diagrams().get(0).getShapes().stream().anyMatch(s -> s.getY() == 7 && s.isPinned()));
    }
}
