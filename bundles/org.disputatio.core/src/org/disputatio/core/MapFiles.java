// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.resource.ArgumentMapResource;
import org.disputatio.model.resource.ArgumentMapResourceFactory;
import org.disputatio.views.ViewsPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;

/**
 * Reading and writing {@code .argmap} files, safely: loading never writes, a file that cannot be
 * read is reported with its line and column, and saving replaces the file only once the new
 * content is completely on disk.
 * <p>
 * Works inside and outside OSGi: the packages and the resource factory are registered on each
 * resource set rather than in global registries.
 */
public final class MapFiles {

    /** The format version this build reads and writes: the last segment of the namespace URI. */
    public static final String FORMAT_VERSION = ArgmapPackage.eNS_URI.substring(ArgmapPackage.eNS_URI.lastIndexOf('/') + 1);

    private static final String NAMESPACE_BASE = ArgmapPackage.eNS_URI.substring(0, ArgmapPackage.eNS_URI.lastIndexOf('/') + 1);

    private MapFiles() {
    }

    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(ArgmapPackage.eNS_URI, ArgmapPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(ViewsPackage.eNS_URI, ViewsPackage.eINSTANCE);
        ArgumentMapResourceFactory factory = new ArgumentMapResourceFactory();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(ArgumentMapResourceFactory.EXTENSION, factory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", factory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION, factory);
        return resourceSet;
    }

    public static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    /** Files larger than this are refused before they are read, so a reader's memory stays bounded. */
    public static final long LARGEST_MAP = 16L << 20;

    /**
     * Loads a map file into the resource set.
     *
     * @throws MapFileException when the file cannot be read or is not a valid map file; the
     *         resource set is then left as it was
     */
    public static Resource load(ResourceSet resourceSet, Path file) throws MapFileException {
        return load(resourceSet, file, readBytes(file));
    }

    /**
     * The bytes of a file that may be a map: refuses, with a message naming the file, what is no
     * regular file (a directory, a FIFO that would block the reader for ever, a device) and what
     * is larger than {@link #LARGEST_MAP}.
     */
    public static byte[] readBytes(Path file) throws MapFileException {
        try {
            var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new MapFileException(file, 0, 0, "is a folder, not a map file", null);
            }
            if (!attributes.isRegularFile()) {
                throw new MapFileException(file, 0, 0, "is not a regular file (a pipe, socket or device), not a map file", null);
            }
            if (attributes.size() == 0) {
                throw new MapFileException(file, 0, 0, "the file is empty", null);
            }
            if (attributes.size() > LARGEST_MAP) {
                throw new MapFileException(file, 0, 0, "is " + (attributes.size() >> 20) + " MB; maps of up to "
                        + (LARGEST_MAP >> 20) + " MB are read", null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MapFileException(file, 0, 0, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new MapFileException(file, 0, 0, "permission denied", e);
        } catch (MapFileException e) {
            throw e;
        } catch (IOException e) {
            throw new MapFileException(file, 0, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Loads a map from bytes read from the file (see {@link #readBytes(Path)}). */
    public static Resource load(ResourceSet resourceSet, Path file, byte[] bytes) throws MapFileException {
        Resource resource = resourceSet.createResource(uri(file));
        if (bytes.length == 0) {
            throw discard(resource, new MapFileException(file, 0, 0, "the file is empty", null));
        }
        try (InputStream in = ArgumentMapResource.bytesToLoad(FormatMigrations.migrate(bytes))) {
            resource.load(in, null);
        } catch (org.xml.sax.SAXParseException e) {
            throw discard(resource, translate(file, e));
        } catch (IOException | RuntimeException | StackOverflowError | org.xml.sax.SAXException e) {
            if (resource.getErrors().isEmpty()) {
                throw discard(resource, translate(file, e));
            }
        }
        if (!resource.getErrors().isEmpty()) {
            throw discard(resource, translate(file, resource.getErrors().get(0)));
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ArgumentMap)) {
            throw discard(resource, new MapFileException(file, 1, 1,
                    "not a Disputatio map: the first element must be an argmap:ArgumentMap", null));
        }
        MapFileException inconsistent = checkIdentity(file, resource, bytes);
        if (inconsistent != null) {
            throw discard(resource, inconsistent);
        }
        return resource;
    }

    /**
     * XMI itself lets a second element take the identifier of the first (references then go to
     * either), and resolves {@code other.argmap#id} by reading another file: a map is one file
     * whose identifiers are unique, so both are refused.
     */
    private static MapFileException checkIdentity(Path file, Resource resource, byte[] bytes) {
        // Our resource indexed every element by its ID as it was attached (one per ID, the later
        // of two), and knows whether the load made any proxy (without one, no reference leaves the
        // file) and, mostly, that no ID was read twice; then there is nothing to look for.
        Map<String, EObject> index = resource instanceof ArgumentMapResource r ? r.getIntrinsicIDToEObjectMap() : null;
        boolean proxies = !(resource instanceof ArgumentMapResource r) || r.proxiesMade();
        if (!proxies && resource instanceof ArgumentMapResource r && r.idsKnownUnique()) {
            return null;
        }
        java.util.Set<String> seen = index == null ? new java.util.HashSet<>() : null;
        for (var contents = resource.getAllContents(); contents.hasNext();) {
            EObject element = contents.next();
            String id = EcoreUtil.getID(element);
            if (id != null && (index != null ? index.get(id) != element : !seen.add(id))) {
                String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                int[] at = secondOccurrence(text, "id=\"" + id + "\"");
                return new MapFileException(file, at[0], at[1], "the identifier '" + id + "' is used twice", null);
            }
            if (!proxies) {
                continue;
            }
            for (org.eclipse.emf.ecore.EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isTransient() || !element.eIsSet(reference)) {
                    continue;
                }
                // basicList: iterating the list itself would resolve the proxy, that is, read the other file.
                Object value = element.eGet(reference, false);
                for (Object target : value instanceof org.eclipse.emf.ecore.util.InternalEList<?> list ? list.basicList()
                        : java.util.List.of(value)) {
                    if (target instanceof EObject t && t.eIsProxy()) {
                        String uri = ((org.eclipse.emf.ecore.InternalEObject) t).eProxyURI().toString();
                        return new MapFileException(file, 0, 0, describe(element) + " refers to '" + uri
                                + "' in another file; a map is a single file, so it is not read", null);
                    }
                }
            }
        }
        return null;
    }

    /** Line and column (from 1) of the second occurrence of the needle; 0, 0 when there is none. */
    private static int[] secondOccurrence(String text, String needle) {
        int first = text.indexOf(needle);
        int second = first < 0 ? -1 : text.indexOf(needle, first + 1);
        if (second < 0) {
            return new int[] { 0, 0 };
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < second; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] { line, second - lineStart + 1 };
    }

    private static MapFileException discard(Resource resource, MapFileException problem) {
        resource.unload();
        resource.getResourceSet().getResources().remove(resource);
        return problem;
    }

    private static MapFileException translate(Path file, Object error) {
        // EMF wraps parser errors; the innermost cause that knows its line says most.
        Object located = error;
        for (Throwable t = error instanceof Throwable e ? e : null; t != null; t = t.getCause()) {
            if (t instanceof Resource.Diagnostic || t instanceof org.xml.sax.SAXParseException) {
                located = t;
            }
        }
        int line = 0;
        int column = 0;
        String message;
        if (located instanceof Resource.Diagnostic d) {
            line = d.getLine();
            column = d.getColumn();
            message = d.getMessage();
        } else if (located instanceof org.xml.sax.SAXParseException s) {
            line = s.getLineNumber();
            column = s.getColumnNumber();
            message = s.getMessage();
        } else {
            message = located instanceof Throwable t ? t.getMessage() : String.valueOf(located);
        }
        return new MapFileException(file, Math.max(line, 0), Math.max(column, 0),
                explain(located instanceof Throwable t ? t : null, message), error instanceof Throwable t ? t : null);
    }

    private static String explain(Throwable error, String message) {
        if (error instanceof StackOverflowError) {
            return "elements are nested too deeply to be a map";
        }
        if (message != null) {
            // EMF appends the location the exception already has: "(file:/..., 7, 4)".
            message = message.replaceAll("\\s*\\([a-z]+:[^()]*, -?\\d+, -?\\d+\\)\\s*$", "");
        }
        if (message != null && message.contains("UTF-8 sequence")) {
            return "not UTF-8 text: " + MapFileException.plain(message).replaceAll("\\.$", "").toLowerCase(java.util.Locale.ROOT);
        }
        if (error instanceof PackageNotFoundException p) {
            String uri = p.uri();
            if (uri != null && uri.startsWith(NAMESPACE_BASE)) {
                String version = uri.substring(NAMESPACE_BASE.length());
                String age = compareVersions(version, FORMAT_VERSION) > 0 ? "a newer" : "an older";
                return "the file is in map format " + version + ", written by " + age
                        + " version of Disputatio; this version reads format " + FORMAT_VERSION;
            }
            return "not a Disputatio map: unknown namespace '" + uri + "'";
        }
        if (error instanceof UnresolvedReferenceException u) {
            return "refers to '" + u.getReference() + "', which is not in the file";
        }
        if (error instanceof ClassNotFoundException c) {
            return "unknown element type '" + c.getName() + "'";
        }
        if (error instanceof FeatureNotFoundException f) {
            return "unknown attribute or element '" + f.getName() + "'";
        }
        if (message != null && message.contains("DOCTYPE")) {
            return "DOCTYPE declarations are not allowed in map files (they can make a reader fetch other files)";
        }
        if (message != null && message.contains("must start and end within the same entity")) {
            return "the file ends in the middle of an element (is it truncated?)";
        }
        if (message != null && message.contains("Premature end of file")) {
            return "the file is empty or ends before its first element";
        }
        return message == null ? "unreadable" : message;
    }

    private static int compareVersions(String a, String b) {
        Matcher ma = Pattern.compile("(\\d+)(?:\\.(\\d+))?").matcher(a);
        Matcher mb = Pattern.compile("(\\d+)(?:\\.(\\d+))?").matcher(b);
        if (!ma.lookingAt() || !mb.lookingAt()) {
            return a.compareTo(b);
        }
        int major = Integer.compare(Integer.parseInt(ma.group(1)), Integer.parseInt(mb.group(1)));
        if (major != 0) {
            return major;
        }
        return Integer.compare(ma.group(2) == null ? 0 : Integer.parseInt(ma.group(2)),
                mb.group(2) == null ? 0 : Integer.parseInt(mb.group(2)));
    }

    /**
     * The bytes the resource would be saved as; the same model always gives the same bytes.
     *
     * @throws IOException when an element refers to one that is in no file: XMI would write the
     *         reference, and the file would then fail to load
     */
    public static byte[] serialize(Resource resource) throws IOException {
        for (var contents = resource.getAllContents(); contents.hasNext();) {
            EObject element = contents.next();
            for (EObject target : element.eCrossReferences()) {
                if (target.eResource() != resource) {
                    throw new IOException("cannot save " + resource.getURI().lastSegment() + ": " + describe(element)
                            + " refers to " + describe(target) + ", which is not in this file");
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, null);
        return out.toByteArray();
    }

    private static String describe(EObject element) {
        return element.eClass().getName() + " '" + EcoreUtil.getID(element) + "'";
    }

    /** How a map is saved: whether the previous version is kept beside it as {@code NAME~}. */
    public record SaveOptions(boolean keepBackup) {
        public static final SaveOptions DEFAULT = new SaveOptions(false);
    }

    /** The previous version's place when {@link SaveOptions#keepBackup()} is set: {@code map.argmap~}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + "~");
    }

    /**
     * Saves the resource to the file: writes a temporary file beside it, forces it to disk and
     * moves it over the original, so a failure at any point leaves the original intact.
     */
    public static void save(Resource resource, Path file) throws IOException {
        save(resource, file, SaveOptions.DEFAULT);
    }

    public static void save(Resource resource, Path file, SaveOptions options) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        write(target, serialize(resource), options);
        resource.setURI(uri(target));
        resource.setModified(false);
    }

    /** Writes a map's bytes to the file, first keeping the previous version when the options ask. */
    public static void write(Path file, byte[] content, SaveOptions options) throws IOException {
        if (options.keepBackup() && Files.isRegularFile(file)) {
            writeAtomically(backupOf(file), Files.readAllBytes(file));
        }
        writeAtomically(file, content);
    }

    /**
     * Replaces the file with the bytes, or leaves it as it was: a temporary file beside it is
     * written, forced to disk ({@link FileChannel#force}) and moved over the file. A read-only
     * file, a full disk or a folder that cannot be written gives one message naming the file.
     */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        writeAtomically(file, out -> out.write(content));
    }

    /** What is written into the temporary file of {@link #writeAtomically(Path, Content)}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * {@link #writeAtomically(Path, byte[])} for content written as it is made (a big export
     * need not be held whole in memory): when writing it fails, the file is left as it was.
     */
    public static void writeAtomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (Files.exists(target) && isReadOnly(target)) {
            throw new IOException(target + ": cannot save: the file is read-only; it was left as it was");
        }
        Path temporary;
        try {
            temporary = temporaryBeside(folder, target);
        } catch (IOException e) {
            throw cannotSave(target, e);
        }
        try {
            // A temporary file is private (0600); the saved map keeps the permissions it had.
            Files.setPosixFilePermissions(temporary, Files.exists(target)
                    ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--"));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ForcedAhead out = new ForcedAhead(java.nio.channels.Channels.newOutputStream(channel), channel);
                try {
                    content.writeTo(out);
                    out.flush();
                } finally {
                    out.awaitForcing();
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw cannotSave(target, e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A new empty file in the folder, named after the target and a random suffix. Not
     * {@code Files.createTempFile}: its {@code SecureRandom}, with its set-up, was 30 ms of every
     * command line render; the names need only not clash, which creating the file checks.
     */
    private static Path temporaryBeside(Path folder, Path target) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path temporary = folder.resolve("." + target.getFileName() + Ids.next("") + ".tmp");
            try {
                return Files.createFile(temporary);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** Read-only by its permissions, or not writable for this user (root writes a 0444 file, but the user said no). */
    private static boolean isReadOnly(Path file) throws IOException {
        try {
            return !Files.isWritable(file)
                    || !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException e) {
            return !Files.isWritable(file);
        }
    }

    private static IOException cannotSave(Path target, IOException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        String why;
        if (reason.contains("No space left") || reason.contains("Disk quota exceeded") || reason.contains("File too large")) {
            why = "the disk is full";
        } else if (e instanceof AccessDeniedException || reason.contains("Permission denied")
                || reason.contains("Operation not permitted") || reason.contains("Read-only file system")) {
            why = "the file or its folder cannot be written (permission denied or read-only)";
        } else if (e instanceof NoSuchFileException) {
            why = "its folder does not exist";
        } else {
            why = reason.isEmpty() ? e.getClass().getSimpleName() : reason;
        }
        return new IOException(target + ": cannot save: " + why + "; the file was left as it was", e);
    }

    /**
     * From this many bytes written on, what is written is forced to disk on another thread while
     * the rest is still being made, so that the last force, which the user waits for, has only
     * the end of a big file left to write out (the SVG of 5,000 statements, 7 MB: 4 to 6 ms from
     * its last byte to its rename instead of 8 to 14 ms, nine renders each). Only a start: the
     * last force is still what makes the file safe.
     */
    static final int FORCE_AHEAD = 1 << 20;

    /**
     * Writes through to the channel's stream and, as more comes after each {@link #FORCE_AHEAD}
     * bytes (unless the forcing before is still under way), forces what was written on a thread
     * of its own.
     */
    static final class ForcedAhead extends OutputStream {
        private final OutputStream out;
        private final FileChannel channel;
        private long written;
        private long forcedTo;
        private Thread forcing;
        private int started;

        ForcedAhead(OutputStream out, FileChannel channel) {
            this.out = out;
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            forceIfDue();
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            forceIfDue();
            out.write(bytes, offset, length);
            written += length;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        /** Started before a write, not after: content written in one piece is forced once, at the end. */
        private void forceIfDue() {
            if (written - forcedTo >= FORCE_AHEAD && (forcing == null || !forcing.isAlive())) {
                forcedTo = written;
                started++;
                forcing = Thread.ofPlatform().daemon().name("forcing ahead").start(() -> {
                    try {
                        channel.force(false);
                    } catch (IOException e) {
                        // The last force, on the writing thread, says what failed.
                    }
                });
            }
        }

        /** How many forcings ahead were started. */
        int started() {
            return started;
        }

        /** Waits for the forcing under way, if any, before the channel is forced or closed. */
        void awaitForcing() {
            boolean interrupted = false;
            while (forcing != null && forcing.isAlive()) {
                try {
                    forcing.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
