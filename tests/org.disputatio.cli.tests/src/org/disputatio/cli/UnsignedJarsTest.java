// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's class path: signed jars replaced by copies without their signatures, the rest left as they are. */
class UnsignedJarsTest {

    @TempDir
    Path folder;

    private static final byte[] CLASS = "not really a class".getBytes(StandardCharsets.UTF_8);

    /** A jar as Eclipse signs them: a digest section per entry, a signature file and its block. */
    private Path jar(String name, boolean signed) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", name);
        if (signed) {
            Attributes digest = new Attributes();
            digest.putValue("SHA-256-Digest", "c2lnbmVk");
            manifest.getEntries().put("org/example/A.class", digest);
        }
        Path jar = folder.resolve(name + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (signed) {
                for (String signature : List.of("META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA")) {
                    out.putNextEntry(new JarEntry(signature));
                    out.write(1);
                    out.closeEntry();
                }
            }
            out.putNextEntry(new JarEntry("org/example/A.class"));
            out.write(CLASS);
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void signedJarsAreCopiedWithoutTheirSignaturesAndTheOthersKept() throws IOException {
        Path signed = jar("signed", true);
        Path plain = jar("plain", false);
        assertTrue(UnsignedJars.isSigned(signed));
        assertFalse(UnsignedJars.isSigned(plain));

        Files.setPosixFilePermissions(signed, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        List<Path> path = UnsignedJars.classPath(folder.resolve("lib"), List.of(signed, plain));
        assertEquals(Files.getPosixFilePermissions(signed), Files.getPosixFilePermissions(path.get(0)), "as readable as the jar");

        assertEquals(List.of(folder.resolve("lib/signed.jar"), plain), path);
        assertFalse(UnsignedJars.isSigned(path.get(0)));
        try (JarFile copy = new JarFile(path.get(0).toFile(), true)) {
            assertEquals("signed", copy.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"));
            assertTrue(copy.getManifest().getEntries().isEmpty(), "the digests are gone");
            JarEntry entry = copy.getJarEntry("org/example/A.class");
            try (var in = copy.getInputStream(entry)) {
                assertArrayEquals(CLASS, in.readAllBytes());
            }
            assertNull(entry.getCodeSigners());
            assertNull(copy.getJarEntry("META-INF/ECLIPSE_.SF"));
            assertNull(copy.getJarEntry("META-INF/ECLIPSE_.RSA"));
        }
        try (var files = Files.list(folder.resolve("lib"))) {
            assertEquals(List.of(folder.resolve("lib/signed.jar")), files.toList(), "no temporary file left");
        }
    }
}
