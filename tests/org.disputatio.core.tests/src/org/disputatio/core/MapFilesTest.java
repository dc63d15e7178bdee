// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.StatementKind;
import org.disputatio.model.Statement;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapFilesTest {

    @TempDir
    Path dir;

    private Path saveExample() throws IOException {
        Path file = dir.resolve("exchange.argmap");
        MapSession session = TestMaps.everyElementType(file);
        session.save();
        return file;
    }

    @Test
    void everyElementTypeSurvivesSaveAndLoad() throws IOException {
        Path file = dir.resolve("exchange.argmap");
        MapSession original = TestMaps.everyElementType(file);
        original.save();

        MapSession loaded = MapSession.open(file);
        List<org.eclipse.emf.ecore.EObject> before = original.getResource().getContents();
        List<org.eclipse.emf.ecore.EObject> after = loaded.getResource().getContents();
        assertEquals(3, after.size(), "map, diagram and presentation are the roots");
        assertTrue(EcoreUtil.equals(before, after), "loaded model differs from the saved one");
        assertEquals("sunwang2014", ((Statement) loaded.getResource().getEObject("sunwang-rebuttal"))
                .getCitations().get(0).getWork().getId(), "references keep their identifiers");
    }

    @Test
    void savingAnUnchangedModelGivesTheSameBytes() throws IOException {
        Path file = saveExample();
        byte[] first = Files.readAllBytes(file);
        MapSession.open(file).saveAs(dir.resolve("again.argmap"));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("again.argmap")));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
        assertTrue(text.contains("premises=\"nye-reason nye-evidence\""), "references are written as identifiers");
    }

    @Test
    void aSmallEditGivesASmallDiff() throws IOException {
        Path file = saveExample();
        List<String> before = Files.readAllLines(file);
        MapSession session = MapSession.open(file);
        session.execute(MapCommands.set(session.getEditingDomain(), session.getResource().getEObject("nye-reason"),
                org.disputatio.model.ArgmapPackage.Literals.STATEMENT__LABEL, "Attraction lowers conflict"));
        session.save();
        List<String> after = Files.readAllLines(file);
        assertEquals(before.size(), after.size());
        long changed = java.util.stream.IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i))).count();
        assertTrue(changed <= 2, "changed lines: " + changed);
    }

    @Test
    void xmiFilesOpenToo() throws IOException {
        Path file = saveExample();
        Path xmi = dir.resolve("exchange.xmi");
        Files.copy(file, xmi);
        assertEquals("map", MapSession.open(xmi).getMap().getId());
    }

    @Test
    void doctypeWithALocalEntityIsRefusedWithoutReadingTheFile() throws Exception {
        // A FIFO blocks whoever opens it for reading: if the parser tried, the test would time out.
        Path trap = dir.resolve("secret");
        Process mkfifo = new ProcessBuilder("mkfifo", trap.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Path file = dir.resolve("evil.argmap");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE map [ <!ENTITY secret SYSTEM "file://%s"> ]>
                <argmap:ArgumentMap xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:argmap="http://disputatio.org/argmap/1.0" id="m" title="&secret;"/>
                """.formatted(trap));
        MapFileException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(MapFileException.class, () -> MapFiles.load(MapFiles.newResourceSet(), file)));
        assertTrue(e.getMessage().contains("DOCTYPE declarations are not allowed"), e.getMessage());
        assertEquals(2, e.getLine(), e.getMessage());
    }

    @Test
    void aTruncatedFileIsReportedWithItsLine() throws IOException {
        Path file = saveExample();
        byte[] whole = Files.readAllBytes(file);
        Path truncated = dir.resolve("truncated.argmap");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        MapFileException e = assertThrows(MapFileException.class, () -> MapSession.open(truncated));
        assertTrue(e.getLine() > 1, e.getMessage());
        assertTrue(e.getMessage().startsWith(truncated + ":" + e.getLine() + ":"), e.getMessage());
        assertArrayEquals(java.util.Arrays.copyOf(whole, whole.length / 2), Files.readAllBytes(truncated), "nothing written");
    }

    @Test
    void aDanglingReferenceNamesTheIdentifierAndLine() throws IOException {
        Path file = saveExample();
        String text = Files.readString(file).replace("premises=\"nye-reason nye-evidence\"", "premises=\"nye-reason nowhere\"");
        Files.writeString(file, text);
        int line = lineOf(text, "nowhere");
        MapFileException e = assertThrows(MapFileException.class, () -> MapSession.open(file));
        assertTrue(e.getMessage().contains("refers to 'nowhere', which is not in the file"), e.getMessage());
        assertEquals(line, e.getLine(), e.getMessage());
    }

    @Test
    void anUnknownTypeIsNamed() throws IOException {
        Path file = saveExample();
        // A one-line element: SAX places an element at the end of its start tag.
        String text = Files.readString(file).replace("<statements id=\"nye-reason\"", "<opinions id=\"nye-reason\"");
        Files.writeString(file, text);
        MapFileException e = assertThrows(MapFileException.class, () -> MapSession.open(file));
        assertTrue(e.getMessage().contains("unknown attribute or element 'opinions'"), e.getMessage());
        assertEquals(lineOf(text, "<opinions"), e.getLine(), e.getMessage());
    }

    @Test
    void anotherFormatVersionIsExplained() throws IOException {
        Path file = saveExample();
        Files.writeString(file, Files.readString(file).replace(ArgmapPackage.eNS_URI, "http://disputatio.org/argmap/2.0"));
        MapFileException newer = assertThrows(MapFileException.class, () -> MapSession.open(file));
        assertTrue(newer.getMessage().contains("map format 2.0, written by a newer version"), newer.getMessage());
        Files.writeString(file, Files.readString(file).replace("http://disputatio.org/argmap/2.0", "http://disputatio.org/argmap/0.9"));
        MapFileException older = assertThrows(MapFileException.class, () -> MapSession.open(file));
        assertTrue(older.getMessage().contains("written by an older version"), older.getMessage());
    }

    @Test
    void aMissingFileIsReported() {
        MapFileException e = assertThrows(MapFileException.class, () -> MapSession.open(dir.resolve("none.argmap")));
        assertTrue(e.getMessage().endsWith("none.argmap: no such file"), e.getMessage());
    }

    @Test
    void aSaveIntoAReadOnlyFolderLeavesTheOriginalIntact() throws Exception {
        Path file = saveExample();
        byte[] original = Files.readAllBytes(file);
        MapSession session = MapSession.open(file);
        session.getMap().getStatements().add(MapElements.statement(StatementKind.CLAIM, "new"));
        boolean immutable = makeReadOnly(dir);
        try {
            assertThrows(IOException.class, session::save);
        } finally {
            undoReadOnly(dir, immutable);
        }
        assertArrayEquals(original, Files.readAllBytes(file));
        assertNoTemporaryFiles();
    }

    @Test
    void aModelReferringOutsideItsFileIsNotSavedAndTheOriginalStaysIntact() throws IOException {
        Path file = saveExample();
        byte[] original = Files.readAllBytes(file);
        MapSession session = MapSession.open(file);
        // XMI would write the identifier of a statement that is in no file, and the file would not load.
        Statement detached = MapElements.statement(StatementKind.CLAIM, "detached");
        session.getMap().getInferences().get(0).getPremises().add(detached);
        IOException e = assertThrows(IOException.class, session::save);
        assertTrue(e.getMessage().contains("Inference 'inf-1' refers to Statement '" + detached.getId() + "', which is not in this file"),
                e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file));
        assertNoTemporaryFiles();
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a temporary file was left");
        }
    }

    /** Read-only for everyone; root ignores permissions, so for root the folder is made immutable. */
    private static boolean makeReadOnly(Path folder) throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!Files.isWritable(folder)) {
            return false;
        }
        Process chattr = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start();
        boolean immutable = chattr.waitFor() == 0;
        assumeTrue(immutable, "cannot make a folder read-only for this user (root without chattr)");
        return true;
    }

    private static void undoReadOnly(Path folder, boolean immutable) throws Exception {
        if (immutable) {
            new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor();
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
