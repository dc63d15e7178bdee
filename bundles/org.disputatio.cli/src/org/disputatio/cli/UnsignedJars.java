// SPDX-License-Identifier: EPL-2.0
package org.disputatio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The command line's class path with copies of the signed jars (EMF, ELK) that carry no
 * signature: the JVM checks a signed jar's signatures on every start (a fifth of a
 * 1,000-statement render) and class-data sharing leaves its classes out, so that the AOT cache
 * held none of EMF and ELK. The workbench keeps its signed bundles (only its launcher and OSGi
 * framework run from such copies, in workbench-lib). Run by {@code ./disputatio}
 * once after each build: {@code UnsignedJars FOLDER JAR...} writes the copies into FOLDER and
 * prints the class path, the unsigned jars as they were and the signed ones as copies.
 */
public final class UnsignedJars {

    private UnsignedJars() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        List<Path> jars = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            jars.add(Path.of(args[i]));
        }
        System.out.println(String.join(java.io.File.pathSeparator, classPath(folder, jars).stream().map(Path::toString).toList()));
    }

    /** The jars, each signed one replaced by an unsigned copy written into the folder. */
    public static List<Path> classPath(Path folder, List<Path> jars) throws IOException {
        Files.createDirectories(folder);
        List<Path> path = new ArrayList<>();
        for (Path jar : jars) {
            path.add(isSigned(jar) ? copyUnsigned(jar, folder.resolve(jar.getFileName())) : jar);
        }
        return path;
    }

    /** Whether the jar holds a signature file (META-INF/*.SF). */
    static boolean isSigned(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().anyMatch(entry -> isSignature(entry.getName()));
        }
    }

    private static boolean isSignature(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    /**
     * The jar without its signature files and with only the main section of its manifest (the
     * others hold the digests of every entry, which the JVM would read for nothing).
     */
    static Path copyUnsigned(Path jar, Path copy) throws IOException {
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            Manifest manifest = new Manifest();
            if (in.getManifest() != null) {
                manifest.getMainAttributes().putAll(in.getManifest().getMainAttributes());
            }
            Path temporary = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".tmp");
            try {
                try (OutputStream file = Files.newOutputStream(temporary); JarOutputStream out = new JarOutputStream(file, manifest)) {
                    for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
                        JarEntry entry = entries.nextElement();
                        String name = entry.getName();
                        if (isSignature(name) || name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                            continue;
                        }
                        JarEntry written = new JarEntry(name);
                        written.setTime(entry.getTime());
                        out.putNextEntry(written);
                        try (InputStream content = in.getInputStream(entry)) {
                            content.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
                // A temporary file is private (0600): the copy is as readable as the jar it copies.
                try {
                    Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(jar));
                } catch (UnsupportedOperationException e) {
                    // no POSIX permissions here: the default ones
                }
                Files.move(temporary, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        return copy;
    }
}
