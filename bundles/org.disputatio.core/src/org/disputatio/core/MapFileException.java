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

    /** Longest problem text kept: a parser may quote a whole hostile line. */
    private static final int LONGEST_PROBLEM = 300;

    public MapFileException(Path file, int line, int column, String problem, Throwable cause) {
        this(file, line, column, plain(problem), cause, true);
    }

    private MapFileException(Path file, int line, int column, String problem, Throwable cause, boolean plain) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /**
     * The problem as one readable line, whatever the parser put in it: no Java class names, line
     * breaks and control characters shown as spaces or escapes, and at most
     * {@value #LONGEST_PROBLEM} characters.
     */
    static String plain(String problem) {
        if (problem == null || problem.isBlank()) {
            return "unreadable";
        }
        String text = problem.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error):?\\s*", "");
        StringBuilder out = new StringBuilder(Math.min(text.length(), LONGEST_PROBLEM + 8));
        for (int i = 0; i < text.length() && out.length() < LONGEST_PROBLEM; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= LONGEST_PROBLEM && text.length() > LONGEST_PROBLEM) {
            out.append(" ...");
        }
        String result = out.toString().strip();
        return result.isEmpty() ? "unreadable" : result;
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
