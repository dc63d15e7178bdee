// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.disputatio.core.MapSession;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;

/**
 * A map file outside any workspace, or a new map not yet saved ({@link #untitled()}). Not an
 * IPathEditorInput: an untitled map has no path, and the workbench's large-file check fails on one.
 */
public final class MapEditorInput implements IEditorInput {

    private final Path file;
    /** The map already read from the file, for the editor to take instead of reading it again. */
    private MapSession session;

    public MapEditorInput(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** An input whose map {@link MapFileOpener} has read (and found sound) already. */
    public MapEditorInput(MapSession session) {
        this(session.getFile());
        this.session = session;
    }

    private MapEditorInput() {
        this.file = null;
    }

    public static MapEditorInput untitled() {
        return new MapEditorInput();
    }

    /** A map never saved, restored from its recovery copy after a crash: Save asks for a file. */
    public static MapEditorInput untitled(MapSession restored) {
        MapEditorInput input = new MapEditorInput();
        input.session = restored;
        return input;
    }

    /** The map read for this input, once; null when the editor must read the file itself. */
    public MapSession takeSession() {
        MapSession taken = session;
        session = null;
        return taken;
    }

    /** The file, or null for a map that has never been saved. */
    public Path getFile() {
        return file;
    }

    @Override
    public boolean exists() {
        return file != null && Files.exists(file);
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor(file == null ? "map.argmap" : file.getFileName().toString());
    }

    @Override
    public String getName() {
        return file == null ? "Untitled map" : file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file == null ? "A new map, not yet saved" : file.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MapEditorInput input && file != null && Objects.equals(file, input.file);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(file);
    }
}
