// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.disputatio.core.MapFileException;
import org.disputatio.core.MapFiles;
import org.disputatio.core.MapSession;
import org.disputatio.views.Diagram;

/**
 * The one place that knows which file is in which format: every command and the workbench
 * open and save maps through it.
 */
public final class MapFormats {

    public enum Format {
        ARGMAP("argmap"), ARGDOWN("argdown"), AIF("aif");

        public final String name;

        Format(String name) {
            this.name = name;
        }

        /** By name as given to {@code --from} and {@code --to}: argmap (or xmi), argdown (or ad), aif (or json). */
        public static Format named(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "argmap", "xmi" -> ARGMAP;
                case "argdown", "ad" -> ARGDOWN;
                case "aif", "json" -> AIF;
                default -> throw new IllegalArgumentException("unknown format '" + name + "' (argmap, argdown or aif)");
            };
        }

        /** By the file's extension; null when it has none of ours. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".argmap") || name.endsWith(".xmi")) {
                return ARGMAP;
            }
            if (name.endsWith(".argdown") || name.endsWith(".ad")) {
                return ARGDOWN;
            }
            if (name.endsWith(".json")) {
                return AIF;
            }
            return null;
        }
    }

    /** An opened map and what its file held that the map does not. */
    public record Opened(MapSession session, Format format, List<String> notices) {
    }

    private MapFormats() {
    }

    /** Opens a map in the format its extension says (a map file when it says none). */
    public static MapSession open(Path file) throws MapFileException {
        return read(file, null).session();
    }

    /**
     * Opens a map; nothing is written. A session opened from another format keeps the file it
     * came from, so that callers can say so; {@link MapSession#save()} would write XMI into it,
     * so such a session is saved with {@link #save} or to a new {@code .argmap} file.
     */
    public static Opened read(Path file, Format format) throws MapFileException {
        Format f = format != null ? format : Format.of(file) != null ? Format.of(file) : Format.ARGMAP;
        if (f == Format.ARGMAP) {
            return new Opened(MapSession.open(file), f, List.of());
        }
        // Refuses folders, FIFOs (which would block for ever) and oversized files before reading.
        byte[] bytes = MapFiles.readBytes(file);
        ImportedMap imported = f == Format.ARGDOWN ? ArgdownFormat.read(file, bytes) : AifFormat.read(file, bytes);
        MapSession session = MapSession.create(file, imported.map().getTitle());
        session.getResource().getContents().clear();
        session.getResource().getContents().add(imported.map());
        session.getResource().getContents().addAll(imported.diagrams());
        return new Opened(session, f, imported.notices());
    }

    /**
     * Writes the session's map to the file in the format; the file is replaced only once the
     * new content is complete.
     *
     * @return what the format could not hold (diagrams, presentations), for the user to hear
     */
    public static List<String> save(MapSession session, Path file, Format format) throws IOException {
        if (format == Format.ARGMAP) {
            MapFiles.save(session.getResource(), file);
            return List.of();
        }
        List<String> notices = new ArrayList<>();
        String text;
        List<Diagram> diagrams = session.getDiagrams();
        if (format == Format.ARGDOWN) {
            text = ArgdownFormat.write(session.getMap());
            if (!diagrams.isEmpty()) {
                notices.add(diagrams.size() + " diagram(s) not kept: Argdown has no positions");
            }
        } else {
            text = AifFormat.write(session.getMap(), diagrams.isEmpty() ? null : diagrams.get(0));
            if (diagrams.size() > 1) {
                notices.add((diagrams.size() - 1) + " diagram(s) besides '" + diagrams.get(0).getName() + "' not kept: OVA holds one");
            }
            notices.add("sources, actors, statement kinds, labels, quotes, locators, proponents, tags and arguments not kept: AIF has no place for them");
        }
        if (!session.getPresentations().isEmpty()) {
            notices.add(session.getPresentations().size() + " presentation(s) not kept");
        }
        // The same safe write as a map file: forced to disk, then moved over the old one.
        MapFiles.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
        return notices;
    }
}
