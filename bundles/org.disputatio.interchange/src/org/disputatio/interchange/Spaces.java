// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import java.util.ArrayList;
import java.util.List;

/**
 * White space as Argdown text is read and written, without regular expressions: compiling and
 * running them for every statement was a sixth of reading a 1,000-statement Argdown file.
 */
final class Spaces {

    private Spaces() {
    }

    /** The text stripped, and each run of white space in it ({@code \s}: space, tab, line ends, form feed) one space. */
    static String squeezed(String text) {
        String s = text.strip();
        StringBuilder out = null;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int end = i + 1;
                while (end < n && isSpace(s.charAt(end))) {
                    end++;
                }
                if (out == null && (c != ' ' || end > i + 1)) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                if (out != null) {
                    out.append(' ');
                }
                i = end - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** A white-space character of {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The lines of the text, ended by CR LF, CR or LF; the last line is what follows the last end (perhaps empty). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }
}
