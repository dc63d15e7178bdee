// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapSession;
import org.disputatio.model.ArgumentMap;

/** Where the fixtures and examples are, for the tests of this fragment. */
final class TestFiles {

    private TestFiles() {
    }

    static Path root() {
        return Path.of(System.getProperty("disputatio.root", "../.."));
    }

    static Path fixtures() {
        return root().resolve("tests/org.disputatio.interchange.tests/fixtures");
    }

    static List<Path> files(Path dir, String extension) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }

    static List<Path> examples() throws IOException {
        return files(root().resolve("examples"), ".argmap");
    }

    static ArgumentMap example(Path file) throws MapFileException {
        return MapSession.open(file).getMap();
    }
}
