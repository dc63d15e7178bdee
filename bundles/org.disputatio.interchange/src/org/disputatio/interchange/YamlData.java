// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of YAML that Argdown uses for its data: front matter in block style (mappings by
 * indentation, {@code - } lists) and {@code {...}} data in flow style, with plain, single- and
 * double-quoted scalars. Values are {@code String}, {@code Long}, {@code Double}, {@code Boolean},
 * {@code null}, {@code List} or {@code Map}. Anchors, tags and multi-document streams are refused
 * with a message rather than guessed at.
 */
final class YamlData {

    /** A problem at an offset of the parsed text. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        Problem(int offset, String message) {
            super(message);
            this.offset = offset;
        }
    }

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int at;
    private int depth;

    private YamlData(String text, int start) {
        this.text = text;
        this.at = start;
    }

    /** Parses the flow mapping starting at {@code start} (a '{'); returns it and where it ends. */
    static Map<String, Object> flowMapping(String text, int start, int[] end) throws Problem {
        YamlData parser = new YamlData(text, start);
        Object value = parser.flowValue();
        end[0] = parser.at;
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private Object flowValue() throws Problem {
        skipSpace();
        if (at >= text.length()) {
            throw new Problem(at, "a value was expected, but the data ends");
        }
        char c = text.charAt(at);
        if (c == '{' || c == '[') {
            if (++depth > MAX_DEPTH) {
                throw new Problem(at, "data nested deeper than " + MAX_DEPTH + " levels");
            }
            Object result = c == '{' ? flowMap() : flowList();
            depth--;
            return result;
        }
        if (c == '"' || c == '\'') {
            return quoted();
        }
        if (c == '&' || c == '*' || c == '!' || c == '|' || c == '>') {
            throw new Problem(at, "YAML anchors, aliases, tags and block scalars are not supported in Argdown data");
        }
        int start = at;
        while (at < text.length() && ",}]".indexOf(text.charAt(at)) < 0 && !(text.charAt(at) == ':' && followedBySpace(at))) {
            at++;
        }
        return scalar(text.substring(start, at).strip());
    }

    private boolean followedBySpace(int i) {
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) || ",}]".indexOf(text.charAt(i + 1)) >= 0;
    }

    private Map<String, Object> flowMap() throws Problem {
        int open = at++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (at < text.length() && text.charAt(at) == '}') {
            at++;
            return map;
        }
        while (true) {
            skipSpace();
            if (at >= text.length()) {
                throw new Problem(open, "data '{' is not closed with '}'");
            }
            int keyAt = at;
            String key;
            if (text.charAt(at) == '"' || text.charAt(at) == '\'') {
                key = quoted();
            } else {
                int start = at;
                while (at < text.length() && !(text.charAt(at) == ':' && followedBySpace(at)) && ",{}[]".indexOf(text.charAt(at)) < 0) {
                    at++;
                }
                key = text.substring(start, at).strip();
            }
            skipSpace();
            Object value = null;
            if (at < text.length() && text.charAt(at) == ':') {
                at++;
                skipSpace();
                if (at < text.length() && ",}".indexOf(text.charAt(at)) < 0) {
                    value = flowValue();
                }
            } else if (at < text.length() && ",}".indexOf(text.charAt(at)) < 0) {
                throw new Problem(at, "expected ':' after the key '" + key + "'");
            }
            if (key.isEmpty()) {
                throw new Problem(keyAt, "a key was expected");
            }
            if (map.containsKey(key)) {
                throw new Problem(keyAt, "the key '" + key + "' appears twice");
            }
            map.put(key, value);
            skipSpace();
            if (at >= text.length()) {
                throw new Problem(open, "data '{' is not closed with '}'");
            }
            char c = text.charAt(at++);
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw new Problem(at - 1, "expected ',' or '}' in data, found '" + c + "'");
            }
        }
    }

    private List<Object> flowList() throws Problem {
        int open = at++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (at < text.length() && text.charAt(at) == ']') {
            at++;
            return list;
        }
        while (true) {
            list.add(flowValue());
            skipSpace();
            if (at >= text.length()) {
                throw new Problem(open, "list '[' is not closed with ']'");
            }
            char c = text.charAt(at++);
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw new Problem(at - 1, "expected ',' or ']' in a list, found '" + c + "'");
            }
        }
    }

    private String quoted() throws Problem {
        char quote = text.charAt(at);
        int open = at++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw new Problem(open, "the quoted text is not closed with " + quote);
            }
            char c = text.charAt(at++);
            if (c == quote) {
                if (quote == '\'' && at < text.length() && text.charAt(at) == '\'') {
                    value.append('\'');
                    at++;
                    continue;
                }
                return value.toString();
            }
            if (c == '\\' && quote == '"') {
                if (at >= text.length()) {
                    throw new Problem(open, "the quoted text is not closed with \"");
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case '0' -> value.append('\0');
                    case '"', '\\', '/', ' ' -> value.append(e);
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw new Problem(at - 2, "\\u needs four hexadecimal digits");
                        }
                        try {
                            value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw new Problem(at - 2, "\\u needs four hexadecimal digits");
                        }
                        at += 4;
                    }
                    default -> throw new Problem(at - 2, "unknown escape \\" + e + " in quoted text");
                }
            } else {
                value.append(c);
            }
        }
    }

    static Object scalar(String plain) {
        switch (plain) {
            case "", "~", "null", "Null", "NULL":
                return null;
            case "true", "True", "TRUE":
                return Boolean.TRUE;
            case "false", "False", "FALSE":
                return Boolean.FALSE;
            default:
                break;
        }
        if (plain.matches("[-+]?[0-9]{1,18}")) {
            return Long.parseLong(plain);
        }
        if (plain.matches("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            return Double.parseDouble(plain);
        }
        return plain;
    }

    /**
     * Parses block-style YAML (front matter). {@code lineOffsets[i]} is where line i of the
     * text stands in the file, for messages; problems carry a line index in {@link Problem#offset}.
     */
    static Map<String, Object> block(List<String> lines) throws Problem {
        BlockParser parser = new BlockParser(lines);
        parser.skipBlank();
        if (parser.row >= lines.size()) {
            return new LinkedHashMap<>();
        }
        Object value = parser.node(parser.indent(parser.row), 0);
        parser.skipBlank();
        if (parser.row < lines.size()) {
            throw new Problem(parser.row, "unexpected indentation in the front matter");
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new Problem(0, "the front matter must be a mapping of keys to values");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    private static final class BlockParser {
        final List<String> lines;
        int row;

        BlockParser(List<String> lines) {
            this.lines = lines;
        }

        static String content(String line) {
            // A comment starts with '#' after a space; quoted text is taken as is.
            int hash = -1;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == '\\' && quote == '"') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    if (i == 0 || " :[{,-".indexOf(line.charAt(i - 1)) >= 0) {
                        quote = c;
                    }
                } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                    hash = i;
                    break;
                }
            }
            return (hash >= 0 ? line.substring(0, hash) : line).stripTrailing();
        }

        void skipBlank() {
            while (row < lines.size() && content(lines.get(row)).isBlank()) {
                row++;
            }
        }

        int indent(int r) {
            String line = lines.get(r);
            int i = 0;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '\t') {
                return -1;
            }
            return i;
        }

        Object node(int indent, int depth) throws Problem {
            if (depth > MAX_DEPTH) {
                throw new Problem(row, "front matter nested deeper than " + MAX_DEPTH + " levels");
            }
            if (indent < 0) {
                throw new Problem(row, "tabs cannot indent YAML");
            }
            String first = content(lines.get(row)).substring(indent);
            if (first.equals("-") || first.startsWith("- ")) {
                return list(indent, depth);
            }
            return map(indent, depth);
        }

        List<Object> list(int indent, int depth) throws Problem {
            List<Object> list = new ArrayList<>();
            while (true) {
                skipBlank();
                if (row >= lines.size() || indent(row) != indent) {
                    return list;
                }
                String line = content(lines.get(row)).substring(indent);
                if (!(line.equals("-") || line.startsWith("- "))) {
                    return list;
                }
                String rest = line.substring(1).strip();
                if (rest.isEmpty()) {
                    row++;
                    skipBlank();
                    list.add(row < lines.size() && indent(row) > indent ? node(indent(row), depth + 1) : null);
                } else if (rest.matches("[^\"'{\\[][^:]*:( .*)?") ) {
                    // "- key: value" opens a mapping indented by the dash
                    int inner = indent + line.indexOf(rest, 1);
                    lines.set(row, " ".repeat(inner) + rest);
                    list.add(map(inner, depth + 1));
                } else {
                    list.add(inlineValue(rest, indent));
                    row++;
                }
            }
        }

        Map<String, Object> map(int indent, int depth) throws Problem {
            Map<String, Object> map = new LinkedHashMap<>();
            while (true) {
                skipBlank();
                if (row >= lines.size()) {
                    return map;
                }
                int here = indent(row);
                if (here < indent) {
                    return map;
                }
                if (here > indent) {
                    throw new Problem(row, "unexpected indentation in the front matter");
                }
                String line = content(lines.get(row)).substring(indent);
                if (line.startsWith("- ") || line.equals("-")) {
                    return map;
                }
                String key;
                String rest;
                if (line.startsWith("\"") || line.startsWith("'")) {
                    int[] end = {0};
                    YamlData quotedKey = new YamlData(line, 0);
                    key = quotedKey.quoted();
                    end[0] = quotedKey.at;
                    String after = line.substring(end[0]).strip();
                    if (!after.startsWith(":")) {
                        throw new Problem(row, "expected ':' after the key " + key);
                    }
                    rest = after.substring(1).strip();
                } else {
                    int colon = line.indexOf(": ");
                    if (colon < 0 && line.endsWith(":")) {
                        colon = line.length() - 1;
                    }
                    if (colon <= 0) {
                        throw new Problem(row, "expected 'key: value' in the front matter");
                    }
                    key = line.substring(0, colon).strip();
                    rest = line.substring(colon + 1).strip();
                }
                if (map.containsKey(key)) {
                    throw new Problem(row, "the key '" + key + "' appears twice");
                }
                if (rest.isEmpty()) {
                    row++;
                    skipBlank();
                    if (row < lines.size() && (indent(row) > indent
                            || indent(row) == indent && content(lines.get(row)).substring(indent).startsWith("- "))) {
                        map.put(key, node(indent(row), depth + 1));
                    } else {
                        map.put(key, null);
                    }
                } else {
                    map.put(key, inlineValue(rest, indent));
                    row++;
                }
            }
        }

        /** A value on the key's line, continued by more indented lines (plain multi-line scalars). */
        Object inlineValue(String rest, int indent) throws Problem {
            if (rest.startsWith("{") || rest.startsWith("[") || rest.startsWith("\"") || rest.startsWith("'")) {
                StringBuilder joined = new StringBuilder(rest);
                int start = row;
                while (true) {
                    YamlData parser = new YamlData(joined.toString(), 0);
                    try {
                        Object value = parser.flowValue();
                        if (!joined.substring(parser.at).isBlank()) {
                            throw new Problem(row, "unexpected text after a value: " + joined.substring(parser.at).strip());
                        }
                        return value;
                    } catch (Problem p) {
                        if (row + 1 >= lines.size() || indent(row + 1) <= indent || !p.getMessage().contains("not closed")) {
                            throw new Problem(start, p.getMessage());
                        }
                        row++;
                        joined.append(rest.startsWith("\"") || rest.startsWith("'") ? " " : "\n").append(lines.get(row).strip());
                    }
                }
            }
            if (rest.startsWith("&") || rest.startsWith("*") || rest.startsWith("!") || rest.startsWith("|") || rest.startsWith(">")) {
                throw new Problem(row, "YAML anchors, aliases, tags and block scalars are not supported in the front matter");
            }
            StringBuilder value = new StringBuilder(rest);
            while (row + 1 < lines.size() && !content(lines.get(row + 1)).isBlank() && indent(row + 1) > indent
                    && !content(lines.get(row + 1)).contains(": ")) {
                row++;
                value.append(' ').append(content(lines.get(row)).strip());
            }
            return scalar(value.toString());
        }
    }

    /** Writes a value in flow style, quoting every string, so that reading it back gives it exactly. */
    static String flow(Object value) {
        StringBuilder out = new StringBuilder();
        writeFlow(value, out);
        return out.toString();
    }

    private static void writeFlow(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (var e : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                String key = String.valueOf(e.getKey());
                out.append(key.matches("[A-Za-z][A-Za-z0-9_-]*") ? key : quote(key)).append(": ");
                writeFlow(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                writeFlow(list.get(i), out);
            }
            out.append(']');
        } else if (value == null) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            out.append(quote(value.toString()));
        }
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // so that Argdown's comment syntax never appears inside a quoted value
                case '/' -> out.append(i + 1 < s.length() && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '*') ? "\\/" : "/");
                case '<' -> out.append(s.startsWith("<!--", i) ? "\\u003c" : "<");
                // Argdown finds the end of a data block by counting brackets, quoted or not
                case '{' -> out.append("\\u007b");
                case '}' -> out.append("\\u007d");
                case '[' -> out.append("\\u005b");
                case ']' -> out.append("\\u005d");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
