// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.disputatio.model.ArgumentMap;
import org.junit.jupiter.api.Test;

/** map -> Argdown -> map gives the same map; Argdown -> map -> Argdown -> map is stable; a small edit is a small diff. */
class ArgdownRoundTripTest {

    static ArgumentMap read(String text) throws IOException {
        return ArgdownFormat.read(Path.of("round.argdown"), text.getBytes(StandardCharsets.UTF_8)).map();
    }

    @Test
    void everyExampleMapComesBackTheSame() throws IOException {
        List<Path> examples = TestFiles.examples();
        assertTrue(examples.size() >= 5);
        for (Path file : examples) {
            ArgumentMap map = TestFiles.example(file);
            String text = ArgdownFormat.write(map);
            ArgumentMap back = read(text);
            assertEquals(MapDump.of(map), MapDump.of(back), file.getFileName().toString());
            assertEquals(text, ArgdownFormat.write(back), file.getFileName() + ": written again, the same text");
        }
    }

    @Test
    void argdownFilesAreStableAfterOneRoundTrip() throws IOException {
        for (Path file : TestFiles.files(TestFiles.fixtures().resolve("argdown"), ".argdown")) {
            ArgumentMap first;
            try {
                first = ArgdownFormat.read(file, Files.readAllBytes(file)).map();
            } catch (org.disputatio.core.MapFileException rejected) {
                continue;
            }
            String once = ArgdownFormat.write(first);
            ArgumentMap second = read(once);
            assertEquals(MapDump.of(first), MapDump.of(second), file.getFileName().toString());
            assertEquals(once, ArgdownFormat.write(second), file.getFileName().toString());
        }
    }

    @Test
    void aSmallEditIsASmallDiff() throws IOException {
        ArgumentMap map = TestFiles.example(TestFiles.root().resolve("examples/edney-2015.argmap"));
        List<String> before = ArgdownFormat.write(map).lines().toList();
        map.getStatements().get(10).setText("A new wording of this statement.");
        List<String> after = ArgdownFormat.write(map).lines().toList();
        assertEquals(before.size(), after.size());
        Set<Integer> changed = new HashSet<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertEquals(1, changed.size(), "lines changed: " + changed);
    }

    @Test
    void textThatLooksLikeArgdownStaysText() throws IOException {
        ArgumentMap map = TestFiles.example(TestFiles.root().resolve("examples/dw-2018.argmap"));
        var s = map.getStatements().get(0);
        s.setText("A [bracket] <angle> #notatag *star* _under_ {brace} @mention // not a comment /* nor this */ \\ back");
        s.setLabel("Label with ] and \\ in it");
        s.setNotes("line one\nline two");
        ArgumentMap back = read(ArgdownFormat.write(map));
        assertEquals(MapDump.of(map), MapDump.of(back));
    }
}
