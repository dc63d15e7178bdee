// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.disputatio.core.MapFileException;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Argdown's own parser tests: where Argdown's command line exported JSON, the equivalence
 * classes, arguments and relations read here are Argdown's, by title, kind and relation type.
 */
class ArgdownFixturesTest {

    private static String kind(boolean argument) {
        return argument ? "argument" : "equivalence-class";
    }

    @Test
    void everyFileArgdownAcceptsReadsAsArgdownReadsIt() throws Exception {
        int compared = 0;
        for (Path file : TestFiles.files(TestFiles.fixtures().resolve("argdown"), ".argdown")) {
            String name = file.getFileName().toString().replace(".argdown", "");
            Path expected = file.resolveSibling("expected/" + name + ".json");
            if (!Files.exists(expected)) {
                continue;
            }
            ArgdownDocument doc = ArgdownParser.parse(Files.readString(file));
            JsonObject json = JsonParser.parseString(Files.readString(expected)).getAsJsonObject();
            assertEquals(new TreeSet<>(json.getAsJsonObject("statements").keySet()), new TreeSet<>(doc.statements.keySet()), name + ": statements");
            assertEquals(new TreeSet<>(json.getAsJsonObject("arguments").keySet()), new TreeSet<>(doc.arguments.keySet()), name + ": arguments");
            Set<String> theirs = new TreeSet<>();
            for (JsonElement r : json.getAsJsonArray("relations")) {
                JsonObject o = r.getAsJsonObject();
                theirs.add(o.get("from").getAsString() + " (" + o.get("fromType").getAsString() + ") " + o.get("relationType").getAsString()
                        + " " + o.get("to").getAsString() + " (" + o.get("toType").getAsString() + ")");
            }
            Set<String> ours = new TreeSet<>();
            for (ArgdownDocument.Relation r : doc.relations) {
                ours.add(r.from() + " (" + kind(r.fromArgument()) + ") " + r.type().argdownName + " " + r.to() + " (" + kind(r.toArgument()) + ")");
            }
            assertEquals(theirs, ours, name + ": relations");
            // and the map made of it holds as many of each
            ImportedMap imported = ArgdownFormat.read(file, Files.readAllBytes(file));
            assertTrue(imported.map().getStatements().size() >= doc.statements.size(), name);
            compared++;
        }
        assertEquals(21, compared, "fixtures with Argdown's JSON");
    }

    @Test
    void filesArgdownRejectsAreReportedWithLineAndColumn() throws IOException {
        int rejected = 0;
        for (Path file : TestFiles.files(TestFiles.fixtures().resolve("argdown"), ".argdown")) {
            String name = file.getFileName().toString().replace(".argdown", "");
            if (Files.exists(file.resolveSibling("expected/" + name + ".json"))) {
                continue;
            }
            try {
                ArgdownFormat.read(file, Files.readAllBytes(file));
            } catch (MapFileException e) {
                assertTrue(e.getLine() > 0 && e.getColumn() > 0, e.getMessage());
                assertTrue(e.getMessage().startsWith(file + ":" + e.getLine() + ":" + e.getColumn() + ": "), e.getMessage());
                rejected++;
            }
        }
        assertTrue(rejected >= 4, "rejected " + rejected);
    }

    @Test
    void semmelweisInStrictModeHasContrariesAndAContradictory() throws IOException {
        Path file = TestFiles.fixtures().resolve("argdown/semmelweis_betz.argdown");
        var map = ArgdownFormat.read(file, Files.readAllBytes(file)).map();
        assertEquals(5, map.getConflicts().stream().filter(c -> c.getKind() == org.disputatio.model.ConflictKind.CONTRARY).count());
        assertEquals(1, map.getConflicts().stream().filter(c -> c.getKind() == org.disputatio.model.ConflictKind.CONTRADICTORY).count());
        assertEquals(10, map.getArguments().size());
        assertFalse(map.getArguments().stream().anyMatch(a -> a.getInferences().isEmpty()), "every argument is reconstructed");
    }

    @Test
    void problemsSayWhereAndWhat() {
        assertProblem("a\n\n    + b\n", 3, 5, "has no statement or argument above it");
        assertProblem("(1) A\n(2) B\n", 2, 1, "ends with a premise");
        assertProblem("[A: text\n", 1, 1, "not closed with ']'");
        assertProblem("[A]: text {key: [1, 2}\n", 1, 22, "data");
        assertProblem("===\ntitle: x\n", 1, 1, "front matter");
        assertProblem("A\n  _ [B]\n", 2, 3, "undercut");
        assertProblem("<!-- open\n", 1, 1, "comment is not closed");
    }

    private static void assertProblem(String text, int line, int column, String says) {
        MapFileException e = org.junit.jupiter.api.Assertions.assertThrows(MapFileException.class,
                () -> ArgdownFormat.read(Path.of("t.argdown"), text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(line + ":" + column, e.getLine() + ":" + e.getColumn(), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }
}
