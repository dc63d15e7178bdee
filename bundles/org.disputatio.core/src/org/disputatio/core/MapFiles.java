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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.resource.ArgumentMapResourceFactory;
import org.disputatio.views.ViewsPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
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

    /**
     * Loads a map file into the resource set.
     *
     * @throws MapFileException when the file cannot be read or is not a valid map file; the
     *         resource set is then left as it was
     */
    public static Resource load(ResourceSet resourceSet, Path file) throws MapFileException {
        Resource resource = resourceSet.createResource(uri(file));
        try (InputStream in = new java.io.ByteArrayInputStream(FormatMigrations.migrate(Files.readAllBytes(file)))) {
            resource.load(in, null);
        } catch (org.xml.sax.SAXParseException e) {
            throw discard(resource, translate(file, e));
        } catch (NoSuchFileException e) {
            throw discard(resource, new MapFileException(file, 0, 0, "no such file", e));
        } catch (AccessDeniedException e) {
            throw discard(resource, new MapFileException(file, 0, 0, "permission denied", e));
        } catch (IOException | RuntimeException | org.xml.sax.SAXException e) {
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
        return resource;
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

    /**
     * Saves the resource to the file: writes a temporary file beside it, forces it to disk and
     * moves it over the original, so a failure at any point leaves the original intact.
     */
    public static void save(Resource resource, Path file) throws IOException {
        byte[] content = serialize(resource);
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            // A temporary file is private (0600); the saved map keeps the permissions it had.
            Files.setPosixFilePermissions(temporary, Files.exists(target)
                    ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--"));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(content);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        resource.setURI(uri(target));
        resource.setModified(false);
    }
}
