// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Reads the entries of a BibTeX file (as Zotero, JabRef or BibDesk export them) as sources: the
 * {@code @type{key, field = {value} | "value" | number | macro # ...}} grammar, {@code @string}
 * macros (with the month names predefined), {@code @comment} and {@code @preamble} skipped, and
 * the common LaTeX accents turned into letters. Nothing else of LaTeX is interpreted.
 */
public final class BibtexReader {

    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "January"), Map.entry("feb", "February"),
            Map.entry("mar", "March"), Map.entry("apr", "April"), Map.entry("may", "May"), Map.entry("jun", "June"),
            Map.entry("jul", "July"), Map.entry("aug", "August"), Map.entry("sep", "September"), Map.entry("oct", "October"),
            Map.entry("nov", "November"), Map.entry("dec", "December"));

    private static final Pattern RUNS_ON = Pattern.compile("\\n\\s*[A-Za-z]+\\s*=");

    private final Path file;
    private final String text;
    private int at;
    private final Map<String, String> macros = new HashMap<>(MONTHS);

    private BibtexReader(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /** The entries as fields by lower-case name, in the file's order, each with its type and key. */
    public static List<Bibliography.Entry> read(Path file, String text) throws MapFileException {
        return new BibtexReader(file, text).entries();
    }

    private List<Bibliography.Entry> entries() throws MapFileException {
        List<Bibliography.Entry> entries = new ArrayList<>();
        while (true) {
            int sign = text.indexOf('@', at);
            if (sign < 0) {
                return entries;
            }
            at = sign + 1;
            String type = word().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                throw error(at, "an entry type after @, such as @article");
            }
            if (type.equals("comment")) {
                continue;
            }
            skipSpace();
            char open = expect("{(");
            char close = open == '{' ? '}' : ')';
            if (type.equals("preamble")) {
                value();
                skipSpace();
                expect(String.valueOf(close));
                continue;
            }
            if (type.equals("string")) {
                skipSpace();
                String name = word().toLowerCase(Locale.ROOT);
                skipSpace();
                expect("=");
                macros.put(name, value());
                skipSpace();
                expect(String.valueOf(close));
                continue;
            }
            int keyStart = at;
            skipSpace();
            int keyEnd = keyStart;
            while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != close) {
                at++;
                keyEnd = at;
            }
            String key = text.substring(keyStart, keyEnd).strip();
            Map<String, String> fields = new LinkedHashMap<>();
            Map<Integer, String> valueStarts = new LinkedHashMap<>();
            int entryLine = line(sign);
            while (true) {
                skipSpace();
                if (at >= text.length()) {
                    // Usually a brace left open in a value, which then swallowed the next fields.
                    for (var value : valueStarts.entrySet()) {
                        if (RUNS_ON.matcher(value.getValue()).find()) {
                            throw error(value.getKey(), "the value that starts here runs into the next field: is a } or \" missing?");
                        }
                    }
                    throw error(sign, "the entry '" + key + "' is not closed");
                }
                char c = text.charAt(at);
                if (c == close) {
                    at++;
                    break;
                }
                if (c == ',') {
                    at++;
                    continue;
                }
                int fieldStart = at;
                String name = word().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    throw error(fieldStart, "a field name, such as title = {...}");
                }
                skipSpace();
                expect("=");
                skipSpace();
                int valueStart = at;
                String value = value();
                valueStarts.put(valueStart, value);
                fields.put(name, value);
            }
            entries.add(new Bibliography.Entry(type, key, fields, entryLine));
        }
    }

    /** A field's value: braced, quoted, a number or a macro, joined by #. */
    private String value() throws MapFileException {
        StringBuilder value = new StringBuilder();
        while (true) {
            skipSpace();
            if (at >= text.length()) {
                throw error(at, "a value");
            }
            char c = text.charAt(at);
            if (c == '{') {
                value.append(delimited('{', '}'));
            } else if (c == '"') {
                value.append(delimited('"', '"'));
            } else {
                int start = at;
                String word = word();
                if (word.isEmpty()) {
                    throw error(start, "a value in braces, in quotes, a number or a @string name");
                }
                if (word.chars().allMatch(Character::isDigit)) {
                    value.append(word);
                } else if (macros.containsKey(word.toLowerCase(Locale.ROOT))) {
                    value.append(macros.get(word.toLowerCase(Locale.ROOT)));
                } else {
                    throw error(start, "unknown @string '" + word + "'");
                }
            }
            skipSpace();
            if (at < text.length() && text.charAt(at) == '#') {
                at++;
                continue;
            }
            return value.toString();
        }
    }

    /** The text between the delimiters, inner braces kept (they protect names and case). */
    private String delimited(char open, char close) throws MapFileException {
        int start = at;
        at++;
        int depth = 0;
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    if (close == '}') {
                        at++;
                        return value.toString();
                    }
                    throw error(at, "a } without its {");
                }
                depth--;
            } else if (c == close && depth == 0) {
                at++;
                return value.toString();
            }
            value.append(c);
            at++;
        }
        throw error(start, "the value that starts here is not closed");
    }

    private String word() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "_-:.+/'".indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        return text.substring(start, at);
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private char expect(String chars) throws MapFileException {
        if (at < text.length() && chars.indexOf(text.charAt(at)) >= 0) {
            return text.charAt(at++);
        }
        String wanted = chars.length() == 1 ? "'" + chars + "'" : "one of '" + String.join("', '", chars.split("")) + "'";
        throw error(at, wanted + (at < text.length() ? ", not '" + text.charAt(at) + "'" : ", not the end of the file"));
    }

    private int line(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private MapFileException error(int offset, String expected) {
        int line = line(offset);
        int lineStart = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
        String problem = expected.startsWith("unknown") || expected.startsWith("the ") || expected.startsWith("a }")
                ? expected : "expected " + expected;
        return new MapFileException(file, line, offset - lineStart + 1, problem, null);
    }

    private static final Pattern ACCENT = Pattern.compile("\\{?\\\\([`'^\"~=.uvHckr])\\s*\\{?([A-Za-z]|\\\\i)\\}?\\}?");

    private static final Map<String, Character> COMBINING = Map.ofEntries(Map.entry("`", '\u0300'), Map.entry("'", '\u0301'),
            Map.entry("^", '\u0302'), Map.entry("~", '\u0303'), Map.entry("=", '\u0304'), Map.entry("u", '\u0306'),
            Map.entry(".", '\u0307'), Map.entry("\"", '\u0308'), Map.entry("r", '\u030A'), Map.entry("H", '\u030B'),
            Map.entry("v", '\u030C'), Map.entry("c", '\u0327'), Map.entry("k", '\u0328'));

    /** LaTeX accents as letters ({\"o} is ö), protecting braces and \& gone, spaces collapsed. */
    static String plain(String latex) {
        Matcher accent = ACCENT.matcher(latex);
        StringBuilder out = new StringBuilder();
        while (accent.find()) {
            String letter = accent.group(2).equals("\\i") ? "i" : accent.group(2);
            accent.appendReplacement(out, Matcher.quoteReplacement(
                    java.text.Normalizer.normalize(letter + COMBINING.get(accent.group(1)), java.text.Normalizer.Form.NFC)));
        }
        accent.appendTail(out);
        return out.toString().replace("\\&", "&").replace("\\%", "%").replace("\\_", "_").replace("--", "\u2013")
                .replace("{", "").replace("}", "").replaceAll("\\s+", " ").strip();
    }

    /** For {@link Bibliography}: a field as plain text, null when absent. */
    static String field(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null ? null : plain(value);
    }

}
