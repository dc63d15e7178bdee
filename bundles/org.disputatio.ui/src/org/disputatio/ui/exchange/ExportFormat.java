// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One row of File &gt; Export's table: what the scholar sees, the file name endings it is written
 * under (the first is added when the chosen name has none), and how the map or diagram in front
 * is written.
 */
public record ExportFormat(String name, List<String> extensions, Writer writer) {

    /** Writes what is exported to the file; returns what the format could not hold. */
    @FunctionalInterface
    public interface Writer {
        List<String> write(ExportSubject subject, Path file) throws IOException;
    }

    /** Whether the file's name ends in one of this format's extensions. */
    public boolean names(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> name.endsWith("." + e));
    }

    /** The file as this format names it: the first extension added when it has none of ours. */
    public Path named(Path file) {
        return names(file) ? file : file.resolveSibling(file.getFileName() + "." + extensions.get(0));
    }

    /** "*.svg" or "*.argdown;*.ad", as a file dialog's filter. */
    public String filter() {
        return String.join(";", extensions.stream().map(e -> "*." + e).toList());
    }
}
