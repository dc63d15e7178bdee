// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.disputatio.core.MapSession;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.Citations;
import org.junit.jupiter.api.Test;

/** Captions taken in turn are each statement's own caption, in any order. */
class CaptionsTest {

    @Test
    void everyStatementOfTheExamplesGetsItsOwnCaptionInAnyOrder() throws Exception {
        Path examples = Path.of(System.getProperty("disputatio.root", ".")).resolve("examples");
        int differing = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(examples, "*.argmap")) {
            for (Path file : files) {
                List<Statement> statements = new ArrayList<>(MapSession.open(file).getMap().getStatements());
                Random random = new Random(3);
                for (int round = 0; round < 5; round++) {
                    Captions captions = new Captions();
                    String before = null;
                    for (Statement statement : statements) {
                        String caption = captions.of(statement);
                        assertEquals(Citations.caption(statement), caption, file.getFileName() + " " + statement.getId());
                        if (before != null && !before.equals(caption)) {
                            differing++;
                        }
                        before = caption;
                    }
                    Collections.shuffle(statements, random);
                }
            }
        }
        // The examples have several sources, proponents and places: the captions change in turn often.
        assertTrue(differing > 100, "captions changing from one statement to the next: " + differing);
    }
}
