// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import java.nio.file.Path;

import org.disputatio.core.MapFileException;
import org.disputatio.model.ArgumentMap;

/** Argdown (argdown.org, version 2.0 of the language): reading it into a map and writing a map as it. */
public final class ArgdownFormat {

    /** The version of what {@link ArgdownWriter} puts under {@code disputatio:} in the front matter. */
    public static final String VERSION = "1.0";

    private ArgdownFormat() {
    }

    /**
     * Reads Argdown text.
     *
     * @throws MapFileException with the line and column of the first problem; nothing is made
     */
    public static ImportedMap read(Path file, byte[] bytes) throws MapFileException {
        String text = ImportedMap.decode(file, bytes);
        ArgdownDocument document;
        try {
            document = ArgdownParser.parse(text);
        } catch (ArgdownParser.Located e) {
            throw new MapFileException(file, e.line, e.column, e.getMessage(), null);
        }
        try {
            return ArgdownImport.toMap(document);
        } catch (ArgdownImport.DataProblem e) {
            throw new MapFileException(file, e.line, e.column, e.getMessage(), null);
        }
    }

    /** The map as tidy Argdown; the same map always gives the same text. */
    public static String write(ArgumentMap map) {
        return ArgdownWriter.write(map);
    }
}
