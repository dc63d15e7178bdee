// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.disputatio.core.MapSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run of the AOT cache goes through the commands on debates of the sizes and kinds it is meant for. */
class TrainingTest {

    @TempDir
    Path folder;

    @Test
    void convertsRendersAndCountsTheDebatesUsersRender() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Training.run(folder, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        MapSession session = MapSession.open(folder.resolve("training.argmap"));
        assertEquals(Training.STATEMENTS, session.getMap().getStatements().size());
        int relations = session.getMap().getInferences().size() + session.getMap().getConflicts().size();
        assertTrue(relations >= Training.STATEMENTS - 1, relations + " relations");
        session.dispose();
        String svg = Files.readString(folder.resolve("training.svg"));
        assertTrue(svg.contains("Statement 999 on soft power"), "the last statement is drawn");
        assertTrue(svg.contains("Author 2026"), "the statements of the cited map have captions");
        assertTrue(Files.readString(folder.resolve("training-argdown.svg")).contains("Statement 999 on soft power"),
                "the Argdown file is rendered itself");
        String small = Files.readString(folder.resolve("training-small.svg"));
        assertTrue(small.contains("Statement 99 on soft power") && !small.contains("Statement 100 on"), "the small debate is rendered");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1000"), out.toString(StandardCharsets.UTF_8));
    }
}
