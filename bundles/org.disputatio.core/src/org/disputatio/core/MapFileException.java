// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A map file that could not be read, with where the trouble is. Its message reads
 * {@code FILE:LINE:COLUMN: what was wrong}, the form editors and terminals link to.
 */
public class MapFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final int column;
    private final String problem;

    public MapFileException(Path file, int line, int column, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public Path getFile() {
        return file;
    }

    /** The line of the problem, from 1; 0 when it concerns the whole file. */
    public int getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }

    /** What was wrong, without the location. */
    public String getProblem() {
        return problem;
    }
}
