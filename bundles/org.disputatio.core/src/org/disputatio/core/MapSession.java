// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.provider.ArgmapItemProviderAdapterFactory;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.provider.ViewsItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * One open map file: its resource, the editing domain whose command stack every edit goes
 * through, and the file it is saved to. Headless: editors and the command line share it.
 */
public class MapSession {

    /** Shared by every open map, so that what is copied from one can be pasted into another. */
    private static Collection<Object> sharedClipboard;

    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final Resource resource;
    private Path file;
    /** What the file held when read or last saved; null for a map not yet saved. */
    private FileStamp stamp;
    /**
     * The bytes read, until their stamp is first asked for: a command that only reads (render,
     * stats) never takes the digest, which (finding SHA-256, then taking it) was 15 to 40 ms of
     * a command line's render.
     */
    private byte[] unstamped;
    private MapFiles.SaveOptions saveOptions = MapFiles.SaveOptions.DEFAULT;
    /** Unsaved changes the command stack does not know of: a recovered map, a file deleted underneath. */
    private boolean unsaved;

    private MapSession(ResourceSet resourceSet, Resource resource, Path file) {
        this.adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ArgmapItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ViewsItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        this.domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), resourceSet) {
            @Override
            public Collection<Object> getClipboard() {
                return sharedClipboard;
            }

            @Override
            public void setClipboard(Collection<Object> contents) {
                sharedClipboard = contents;
            }
        };
        this.resource = resource;
        this.file = file;
    }

    /** Opens a map file; nothing is written. */
    public static MapSession open(Path file) throws MapFileException {
        ResourceSet resourceSet = MapFiles.newResourceSet();
        byte[] bytes = MapFiles.readBytes(file);
        Resource resource = MapFiles.load(resourceSet, file, bytes);
        MapSession session = new MapSession(resourceSet, resource, file);
        session.unstamped = bytes;
        return session;
    }

    /**
     * A map restored from its recovery copy after a crash: it is saved to {@code file}, which
     * counts as read when it held {@code stamp} (null: never saved), so that a save still
     * refuses a file changed since; it has unsaved changes until saved.
     */
    public static MapSession recover(Path copy, Path file, FileStamp stamp) throws MapFileException {
        ResourceSet resourceSet = MapFiles.newResourceSet();
        Resource resource = MapFiles.load(resourceSet, copy, MapFiles.readBytes(copy));
        resource.setURI(MapFiles.uri(file));
        MapSession session = new MapSession(resourceSet, resource, file);
        session.stamp = stamp;
        session.unsaved = true;
        return session;
    }

    /** A new, unsaved map that will be saved to the given file. */
    public static MapSession create(Path file, String title) {
        ResourceSet resourceSet = MapFiles.newResourceSet();
        Resource resource = resourceSet.createResource(MapFiles.uri(file));
        resource.getContents().add(MapElements.map(title));
        return new MapSession(resourceSet, resource, file);
    }

    public ArgumentMap getMap() {
        return (ArgumentMap) resource.getContents().get(0);
    }

    public List<Diagram> getDiagrams() {
        return resource.getContents().stream().filter(Diagram.class::isInstance).map(Diagram.class::cast).toList();
    }

    public List<Presentation> getPresentations() {
        return resource.getContents().stream().filter(Presentation.class::isInstance).map(Presentation.class::cast).toList();
    }

    public Resource getResource() {
        return resource;
    }

    public Path getFile() {
        return file;
    }

    public AdapterFactoryEditingDomain getEditingDomain() {
        return domain;
    }

    public BasicCommandStack getCommandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    public ComposedAdapterFactory getAdapterFactory() {
        return adapterFactory;
    }

    /**
     * Runs a command on the command stack.
     *
     * @return false when the command cannot run (it is then disposed and nothing changed)
     */
    public boolean execute(Command command) {
        if (!command.canExecute()) {
            command.dispose();
            return false;
        }
        getCommandStack().execute(command);
        return true;
    }

    /** Whether there are changes since the last save. */
    public boolean isDirty() {
        return unsaved || getCommandStack().isSaveNeeded();
    }

    /** Counts the map as changed until the next save, as when its file was deleted underneath it. */
    public void markUnsaved() {
        unsaved = true;
    }

    /** What the file held when this session read or last saved it; null for a map never saved. */
    public synchronized FileStamp getStamp() {
        if (unstamped != null) {
            stamp = FileStamp.of(unstamped);
            unstamped = null;
        }
        return stamp;
    }

    /**
     * Saves to the file.
     *
     * @throws FileChangedException when the file changed or was deleted since it was read or
     *         last saved; nothing is written then
     */
    public void save() throws IOException {
        FileStamp now = FileStamp.ofFile(file);
        FileStamp read = getStamp();
        if (read != null && !read.equals(now)) {
            throw new FileChangedException(file, now == null);
        }
        saveOverwriting();
    }

    /** Saves to the file whatever it holds now: the user chose to keep this version. */
    public void saveOverwriting() throws IOException {
        byte[] content = MapFiles.serialize(resource);
        writeWithBackup(file, content);
        stamped(FileStamp.of(content));
        unsaved = false;
        getCommandStack().saveIsDone();
    }

    public void saveAs(Path newFile) throws IOException {
        byte[] content = MapFiles.serialize(resource);
        writeWithBackup(newFile, content);
        resource.setURI(MapFiles.uri(newFile));
        file = newFile;
        stamped(FileStamp.of(content));
        unsaved = false;
        getCommandStack().saveIsDone();
    }

    private synchronized void stamped(FileStamp saved) {
        stamp = saved;
        unstamped = null;
    }

    private void writeWithBackup(Path target, byte[] content) throws IOException {
        MapFiles.write(target, content, saveOptions);
        resource.setModified(false);
    }

    /**
     * Whether the file on disk is no longer what this session read or last saved (changed or
     * deleted); false for a map never saved.
     */
    public boolean isChangedOnDisk() throws IOException {
        FileStamp read = getStamp();
        return read != null && !read.equals(FileStamp.ofFile(file));
    }

    public void setSaveOptions(MapFiles.SaveOptions options) {
        this.saveOptions = options;
    }

    public void dispose() {
        adapterFactory.dispose();
    }
}
