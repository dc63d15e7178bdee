// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disputatio.interchange.ArgdownDocument.ArgumentNode;
import org.disputatio.interchange.ArgdownDocument.InferenceLine;
import org.disputatio.interchange.ArgdownDocument.Member;
import org.disputatio.interchange.ArgdownDocument.Relation;
import org.disputatio.interchange.ArgdownDocument.RelationType;
import org.disputatio.interchange.ArgdownDocument.Section;
import org.disputatio.interchange.ArgdownDocument.StatementClass;
import org.disputatio.interchange.ArgdownDocument.Step;

/**
 * Parses Argdown 2.0 text into an {@link ArgdownDocument}. Line based, as Argdown's own lexer
 * is: a blank line ends a tree of relations, indentation nests relations, consecutive lines
 * make one paragraph. Iterative throughout, so deep nesting cannot overflow the stack.
 */
final class ArgdownParser {

    /** What went wrong and where (1-based line and column). */
    static final class Located extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Located(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private static final Pattern RELATION = Pattern.compile("(<\\+|<-|<_|\\+>|->|_>|><|\\+|-|_)(?=\\s|$)");
    private static final Pattern PCS_STATEMENT = Pattern.compile("\\((\\d{1,9})\\)");
    private static final Pattern HEADING = Pattern.compile("(#{1,6})(\\s+|$)");
    private static final Pattern LIST_ITEM = Pattern.compile("(\\*|\\d{1,9}\\.)\\s+");
    private static final Pattern TAG_WORD = Pattern.compile("[\\p{L}\\p{N}_-]+");

    /** Text joined from lines, with the file position of each character. */
    private static final class Text {
        final StringBuilder chars = new StringBuilder();
        private int[] lines = new int[16];
        private int[] columns = new int[16];

        void append(char c, int line, int column) {
            int i = chars.length();
            room(i + 1);
            chars.append(c);
            lines[i] = line;
            columns[i] = column;
        }

        /** Appends the characters {@code from} to {@code to} of a line of the file, row {@code row} (from 1). */
        void append(String source, int from, int to, int row) {
            int i = chars.length();
            int n = i + to - from;
            room(n);
            chars.append(source, from, to);
            java.util.Arrays.fill(lines, i, n, row);
            for (int k = from; k < to; k++) {
                columns[i++] = k + 1;
            }
        }

        /** Makes the positions' arrays hold at least {@code n} characters. */
        private void room(int n) {
            if (n > lines.length) {
                int length = Math.max(n, lines.length * 2);
                lines = java.util.Arrays.copyOf(lines, length);
                columns = java.util.Arrays.copyOf(columns, length);
            }
        }

        int line(int i) {
            return chars.isEmpty() ? 1 : lines[Math.min(Math.max(i, 0), chars.length() - 1)];
        }

        int column(int i) {
            return chars.isEmpty() ? 1 : columns[Math.min(Math.max(i, 0), chars.length() - 1)];
        }
    }

    private record Ref(String title, boolean argument) {
    }

    private final ArgdownDocument doc = new ArgdownDocument();
    private final List<String> lines = new ArrayList<>();
    /** Lines that held only a comment: they neither end a paragraph nor a tree. */
    private final List<Boolean> commentOnly = new ArrayList<>();
    private int untitled;

    // the tree of relations being read
    private List<Integer> indents;
    private List<Ref> levels;
    // the premise-conclusion structure being read
    private ArgumentNode pcsArgument;
    private InferenceLine pendingInference;
    private Step lastStep;
    private ArgumentNode lastTopArgument;

    private ArgdownParser() {
    }

    static ArgdownDocument parse(String source) throws Located {
        ArgdownParser parser = new ArgdownParser();
        parser.split(source);
        parser.run();
        return parser.doc;
    }

    private void split(String source) throws Located {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        List<String> raw = Spaces.lines(text);
        // the front matter is YAML, where comment marks are text
        int frontEnd = -1;
        int first = 0;
        while (first < raw.size() && raw.get(first).isBlank()) {
            first++;
        }
        if (first < raw.size() && raw.get(first).strip().equals("===")) {
            for (int r = first + 1; r < raw.size(); r++) {
                if (raw.get(r).strip().equals("===")) {
                    frontEnd = r;
                    break;
                }
            }
        }
        // comments become spaces, so that columns stay true
        int blockStartLine = 0;
        int blockStartColumn = 0;
        String blockEnd = null;
        for (int row = 0; row < raw.size(); row++) {
            String line = raw.get(row);
            if (row <= frontEnd) {
                lines.add(line);
                commentOnly.add(false);
                continue;
            }
            // Most lines have no escape and no mark that could open a comment: each is its own clean line.
            if (blockEnd == null && line.indexOf('\\') < 0 && line.indexOf('<') < 0 && line.indexOf('/') < 0) {
                lines.add(line);
                commentOnly.add(false);
                continue;
            }
            StringBuilder clean = new StringBuilder(line.length());
            boolean hadComment = blockEnd != null;
            int i = 0;
            while (i < line.length()) {
                if (blockEnd != null) {
                    int end = line.indexOf(blockEnd, i);
                    if (end < 0) {
                        clean.append(" ".repeat(line.length() - i));
                        i = line.length();
                    } else {
                        clean.append(" ".repeat(end + blockEnd.length() - i));
                        i = end + blockEnd.length();
                        blockEnd = null;
                    }
                    continue;
                }
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    clean.append(c).append(line.charAt(i + 1));
                    i += 2;
                } else if ((c == '<' || c == '/') && (line.startsWith("<!--", i) || line.startsWith("/*", i))) {
                    blockEnd = line.startsWith("<!--", i) ? "-->" : "*/";
                    blockStartLine = row + 1;
                    blockStartColumn = i + 1;
                    hadComment = true;
                    int skip = line.startsWith("<!--", i) ? 4 : 2;
                    clean.append(" ".repeat(skip));
                    i += skip;
                } else if (c == '/' && line.startsWith("//", i) && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                    hadComment = true;
                    clean.append(" ".repeat(line.length() - i));
                    i = line.length();
                } else {
                    clean.append(c);
                    i++;
                }
            }
            lines.add(clean.toString());
            commentOnly.add(hadComment && clean.toString().isBlank());
        }
        if (blockEnd != null) {
            throw new Located(blockStartLine, blockStartColumn, "the comment is not closed: '" + blockEnd + "' was expected before the end of the file");
        }
    }

    private static int indentOf(String line) {
        int i = 0;
        int width = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            width += line.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        return width;
    }

    private static int firstNonSpace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private void run() throws Located {
        int row = frontMatter();
        while (row < lines.size()) {
            String line = lines.get(row);
            if (line.isBlank()) {
                if (!commentOnly.get(row)) {
                    indents = null;
                    levels = null;
                }
                row++;
                continue;
            }
            int start = firstNonSpace(line);
            String content = line.substring(start);
            int indent = indentOf(line);
            Matcher m;
            if ((m = HEADING.matcher(content)).lookingAt()) {
                endPcs();
                endTree();
                lastTopArgument = null;
                Text text = paragraph(row, start + m.end());
                Member member = parseText(text, 0);
                doc.sections.add(new Section(member.plain(), m.group(1).length(), row + 1));
                row = endRow;
            } else if ((m = PCS_STATEMENT.matcher(content)).lookingAt()) {
                row = pcsStatement(row, start, indent, m);
            } else if (content.startsWith("--")) {
                row = inferenceLine(row, start);
            } else if ((m = RELATION.matcher(content)).lookingAt()) {
                row = relation(row, start, indent, m);
            } else {
                int at = start;
                if ((m = LIST_ITEM.matcher(content)).lookingAt()) {
                    at = start + m.end();
                }
                endPcs();
                Text text = paragraph(row, at);
                Ref ref = element(text, true);
                lastTopArgument = ref.argument() ? doc.arguments.get(ref.title()) : null;
                startTree(indent, ref);
                row = endRow;
            }
        }
        endPcs();
        relationsOfPremises();
    }

    /**
     * As Argdown does: a relation from a reconstructed argument to a statement of another
     * argument's premise-conclusion structure is a relation of the first argument's conclusion.
     */
    private void relationsOfPremises() {
        java.util.Set<String> inPcs = new java.util.HashSet<>();
        for (ArgumentNode a : doc.arguments.values()) {
            a.pcs.forEach(step -> inPcs.add(step.title()));
        }
        for (int k = 0; k < doc.relations.size(); k++) {
            Relation r = doc.relations.get(k);
            ArgumentNode from = r.fromArgument() ? doc.arguments.get(r.from()) : null;
            if (from != null && !from.pcs.isEmpty() && !r.toArgument() && inPcs.contains(r.to())) {
                String conclusion = from.pcs.get(from.pcs.size() - 1).title();
                doc.relations.set(k, new Relation(conclusion, false, r.type(), r.to(), false, r.line(), r.column()));
            }
        }
    }

    private int frontMatter() throws Located {
        int row = 0;
        while (row < lines.size() && lines.get(row).isBlank()) {
            row++;
        }
        if (row >= lines.size() || !lines.get(row).strip().equals("===")) {
            return 0;
        }
        int open = row;
        List<String> yaml = new ArrayList<>();
        for (row = open + 1; row < lines.size(); row++) {
            if (lines.get(row).strip().equals("===")) {
                try {
                    doc.frontMatter = YamlData.block(yaml);
                } catch (YamlData.Problem p) {
                    int r = open + 2 + p.offset;
                    throw new Located(r, 1, "front matter: " + p.getMessage());
                }
                Object model = doc.frontMatter.get("model");
                doc.strict = model instanceof Map<?, ?> settings && "strict".equals(settings.get("mode"));
                return row + 1;
            }
            yaml.add(lines.get(row));
        }
        throw new Located(open + 1, 1, "the front matter opened here is not closed with a line '==='");
    }

    private int endRow;

    /**
     * The paragraph that starts at this line and column: following lines belong to it until a
     * blank line or a line that starts something else (a relation, a numbered statement, an
     * inference line, a heading, a list item, a title). Sets {@link #endRow} to the next line.
     */
    private Text paragraph(int row, int column) {
        Text text = new Text();
        String first = lines.get(row);
        if (column < first.length()) {
            text.append(first, column, first.length(), row + 1);
        }
        int depth = openBraces(text.chars);
        int next = row + 1;
        while (next < lines.size()) {
            String line = lines.get(next);
            if (commentOnly.get(next)) {
                next++;
                continue;
            }
            if (line.isBlank()) {
                break;
            }
            int start = firstNonSpace(line);
            String content = line.substring(start);
            if (depth <= 0 && startsSomething(content)) {
                break;
            }
            text.append(' ', next + 1, start);
            text.append(line, start, line.length(), next + 1);
            depth = openBraces(text.chars);
            next++;
        }
        endRow = next;
        return text;
    }

    /** How many data braces are open at the end (so that data can span lines). */
    private static int openBraces(CharSequence s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' && depth > 0) {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    private static boolean startsSomething(String content) {
        if (RELATION.matcher(content).lookingAt() || PCS_STATEMENT.matcher(content).lookingAt() || content.startsWith("--")
                || HEADING.matcher(content).lookingAt() || LIST_ITEM.matcher(content).lookingAt()) {
            return true;
        }
        if (content.startsWith("[") || content.startsWith("<")) {
            int close = closing(content, 0, content.charAt(0) == '[' ? ']' : '>');
            return close > 0 && !(content.charAt(0) == '[' && content.startsWith("(", close + 1));
        }
        return false;
    }

    /** Where a link label opened at {@code open} ends; -1 at another '[' first, so that scanning stays linear. */
    private static int linkLabelEnd(CharSequence s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            } else if (c == '[') {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the unescaped closing character, or -1. */
    private static int closing(CharSequence s, int open, char close) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == close) {
                return i;
            }
        }
        return -1;
    }

    private Located at(Text text, int i, String message) {
        return new Located(text.line(i), text.column(i), message);
    }

    /** A statement or argument: a definition, a reference, or a plain (untitled) statement. */
    private Ref element(Text text, boolean argumentsAllowed) throws Located {
        String s = text.chars.toString();
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && (s.charAt(i) == '[' || s.charAt(i) == '<')) {
            char open = s.charAt(i);
            char close = open == '[' ? ']' : '>';
            int end = closing(s, i, close);
            boolean link = open == '[' && end > 0 && s.startsWith("(", end + 1);
            if (!link) {
                if (end < 0) {
                    throw at(text, i, "the title opened with '" + open + "' is not closed with '" + close + "'");
                }
                String title = Spaces.squeezed(unescape(s.substring(i + 1, end)));
                if (title.isEmpty()) {
                    throw at(text, i, "an empty title " + open + close);
                }
                boolean argument = open == '<';
                if (argument && !argumentsAllowed) {
                    throw at(text, i, "an argument <" + title + "> cannot be a premise or conclusion; a statement was expected");
                }
                int after = end + 1;
                if (s.startsWith("(", after) && PCS_STATEMENT.matcher(s.substring(after)).lookingAt()) {
                    throw at(text, after, "statements by number (" + title + close + "(n)) are not supported; refer to the statement by its title");
                }
                if (after < s.length() && s.charAt(after) == ':') {
                    Member member = parseText(text, after + 1);
                    if (member.text().isEmpty() && member.data() == null) {
                        throw at(text, after, "the definition of " + open + title + close + " has no text after ':'");
                    }
                    return argument ? argumentDefinition(title, false, member, text.line(i), text.column(i))
                            : statementDefinition(title, false, member, text.line(i), text.column(i));
                }
                Member rest = parseText(text, after);
                if (!rest.text().isEmpty()) {
                    throw at(text, after, "expected ':' after " + open + title + close + " (a definition) or nothing (a reference)");
                }
                if (argument) {
                    ArgumentNode node = doc.arguments.computeIfAbsent(title, t -> new ArgumentNode(t, false, text.line(0), text.column(0)));
                    if (rest.data() != null || !rest.tags().isEmpty()) {
                        node.descriptions.add(rest);
                    }
                } else {
                    StatementClass statement = doc.statements.computeIfAbsent(title, t -> new StatementClass(t, false, text.line(0), text.column(0)));
                    if (rest.data() != null || !rest.tags().isEmpty()) {
                        statement.members.add(rest);
                    }
                }
                return new Ref(title, argument);
            }
        }
        Member member = parseText(text, i);
        if (member.text().isEmpty() && member.data() == null) {
            throw at(text, i, "a statement was expected here");
        }
        return statementDefinition(nextUntitled(), true, member, text.line(i), text.column(i));
    }

    private String nextUntitled() {
        String title;
        do {
            title = "Untitled " + ++untitled;
        } while (doc.statements.containsKey(title) || doc.arguments.containsKey(title));
        return title;
    }

    private Ref statementDefinition(String title, boolean isUntitled, Member member, int line, int column) {
        StatementClass statement = doc.statements.computeIfAbsent(title, t -> new StatementClass(t, isUntitled, line, column));
        statement.members.add(member);
        return new Ref(title, false);
    }

    private Ref argumentDefinition(String title, boolean isUntitled, Member member, int line, int column) {
        ArgumentNode node = doc.arguments.computeIfAbsent(title, t -> new ArgumentNode(t, isUntitled, line, column));
        node.descriptions.add(member);
        return new Ref(title, true);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                out.append(s.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Statement or description text from {@code from}: escapes resolved, bold and italic marks
     * and link targets dropped, tags collected, a {@code {...}} data block parsed.
     */
    private Member parseText(Text text, int from) throws Located {
        String s = text.chars.toString();
        if (unmarked(s, from)) {
            // No escape, data, tag, link or emphasis: the text is the characters as they stand.
            String squeezed = squeeze(s.substring(Math.min(from, s.length())));
            return new Member(squeezed, squeezed, List.of(), null, text.line(from), text.column(from));
        }
        StringBuilder argdown = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        List<String> tags = new ArrayList<>();
        Map<String, Object> data = null;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                argdown.append(s.charAt(i + 1));
                plain.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '{') {
                if (data != null) {
                    throw at(text, i, "a second data block {...}: give all the data in one");
                }
                int[] end = { 0 };
                try {
                    data = YamlData.flowMapping(s, i, end);
                } catch (YamlData.Problem p) {
                    throw at(text, p.offset, "data: " + p.getMessage());
                }
                i = end[0];
            } else if (c == '#' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || i == from)) {
                String tag = null;
                int end = i + 1;
                if (s.startsWith("(", i + 1)) {
                    int close = closing(s, i + 1, ')');
                    if (close < 0) {
                        throw at(text, i, "the tag #( is not closed with ')'");
                    }
                    tag = unescape(s.substring(i + 2, close)).strip();
                    end = close + 1;
                } else {
                    Matcher m = TAG_WORD.matcher(s).region(i + 1, s.length());
                    if (m.lookingAt()) {
                        tag = m.group();
                        end = m.end();
                    }
                }
                if (tag == null || tag.isEmpty()) {
                    argdown.append(c);
                    plain.append(c);
                    i++;
                } else {
                    if (!tags.contains(tag)) {
                        tags.add(tag);
                    }
                    argdown.append(s, i, end);
                    i = end;
                }
            } else if (c == '[' && i > from) {
                int close = linkLabelEnd(s, i);
                if (close > 0 && s.startsWith("(", close + 1) && closing(s, close + 1, ')') > 0) {
                    String label = s.substring(i + 1, close);
                    Member inner = parseText(textOf(label, text, i + 1), 0);
                    argdown.append(inner.text());
                    plain.append(inner.plain());
                    i = closing(s, close + 1, ')') + 1;
                } else {
                    argdown.append(c);
                    plain.append(c);
                    i++;
                }
            } else if (c == '*' || c == '_') {
                int end = i;
                while (end < s.length() && s.charAt(end) == c) {
                    end++;
                }
                char before = i > from ? s.charAt(i - 1) : ' ';
                char after = end < s.length() ? s.charAt(end) : ' ';
                boolean opens = !Character.isWhitespace(after) && (Character.isWhitespace(before) || isPunctuation(before));
                boolean closes = !Character.isWhitespace(before) && (Character.isWhitespace(after) || isPunctuation(after));
                if (!opens && !closes) {
                    argdown.append(s, i, end);
                    plain.append(s, i, end);
                }
                i = end;
            } else {
                argdown.append(c);
                plain.append(c);
                i++;
            }
        }
        return new Member(squeeze(argdown), squeeze(plain), List.copyOf(tags), data, text.line(from), text.column(from));
    }

    /** Whether {@code s} from {@code from} has none of the characters {@link #parseText} reads as marks. */
    private static boolean unmarked(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '{' || c == '#' || c == '[' || c == '*' || c == '_') {
                return false;
            }
        }
        return true;
    }

    /** The text of a link label, keeping the positions of the characters it came from. */
    private static Text textOf(String label, Text outer, int offset) {
        Text inner = new Text();
        for (int k = 0; k < label.length(); k++) {
            inner.append(label.charAt(k), outer.line(offset + k), outer.column(offset + k));
        }
        return inner;
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.MATH_SYMBOL || c == '*' || c == '_';
    }

    private static String squeeze(CharSequence s) {
        return Spaces.squeezed(s.toString());
    }

    private void startTree(int indent, Ref root) {
        indents = new ArrayList<>(List.of(indent));
        levels = new ArrayList<>(List.of(root));
    }

    private void endTree() {
        indents = null;
        levels = null;
    }

    private int relation(int row, int start, int indent, Matcher m) throws Located {
        if (levels == null) {
            throw new Located(row + 1, start + 1, "the relation '" + m.group(1)
                    + "' has no statement or argument above it (a blank line or a heading ends a tree of relations)");
        }
        if (indent <= indents.get(0)) {
            throw new Located(row + 1, start + 1, "the relation '" + m.group(1)
                    + "' must be indented under the statement or argument it belongs to");
        }
        if (indent > indents.get(indents.size() - 1)) {
            indents.add(indent);
        } else {
            while (indents.size() > 1 && indents.get(indents.size() - 1) > indent) {
                indents.remove(indents.size() - 1);
            }
            if (indents.size() == 1) {
                indents.add(indent);
            }
        }
        int level = indents.size() - 1;
        Ref parent = levels.get(level - 1);
        Text text = paragraph(row, start + m.end());
        Ref child = element(text, true);
        while (levels.size() > level) {
            levels.remove(levels.size() - 1);
        }
        levels.add(child);
        String symbol = m.group(1);
        boolean outgoing = symbol.endsWith(">") && !symbol.equals("><");
        Ref from = outgoing || symbol.equals("><") ? parent : child;
        Ref to = from == parent ? child : parent;
        RelationType type = switch (symbol.replace("<", "").replace(">", "")) {
            case "+" -> RelationType.SUPPORT;
            case "-" -> RelationType.ATTACK;
            case "_" -> RelationType.UNDERCUT;
            default -> RelationType.CONTRADICTORY;
        };
        if (type == RelationType.UNDERCUT && !to.argument()) {
            throw new Located(row + 1, start + 1, "an undercut ('" + symbol + "') must point at an argument <...>, not at the statement ["
                    + to.title() + "]");
        }
        if (doc.strict && !from.argument() && !to.argument()) {
            type = type == RelationType.ATTACK ? RelationType.CONTRARY : type == RelationType.SUPPORT ? RelationType.ENTAILS : type;
        }
        doc.relations.add(new Relation(from.title(), from.argument(), type, to.title(), to.argument(), row + 1, start + 1));
        return endRow;
    }

    private int pcsStatement(int row, int start, int indent, Matcher m) throws Located {
        int number;
        try {
            number = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            throw new Located(row + 1, start + 1, "the statement number is too large");
        }
        if (pcsArgument == null) {
            lastStep = null;
            if (lastTopArgument != null && lastTopArgument.pcs.isEmpty()) {
                pcsArgument = lastTopArgument;
            } else {
                String title = nextUntitled();
                pcsArgument = new ArgumentNode(title, true, row + 1, start + 1);
                doc.arguments.put(title, pcsArgument);
            }
        } else if (lastStep != null && number != lastStep.number() + 1) {
            doc.warnings.add((row + 1) + ":" + (start + 1) + ": statement (" + number + ") follows (" + lastStep.number()
                    + "); the numbers are taken as written");
        }
        Text text = paragraph(row, start + m.end());
        Ref ref = element(text, false);
        if (pcsArgument.pcs.stream().anyMatch(step -> step.title().equals(ref.title()))) {
            throw new Located(row + 1, start + 1, "[" + ref.title() + "] appears twice in the premise-conclusion structure of <"
                    + pcsArgument.title + ">");
        }
        lastStep = new Step(number, ref.title(), pendingInference, row + 1, start + 1);
        pcsArgument.pcs.add(lastStep);
        pendingInference = null;
        startTree(indent, ref);
        return endRow;
    }

    private int inferenceLine(int row, int start) throws Located {
        if (pcsArgument == null || lastStep == null) {
            throw new Located(row + 1, start + 1, "an inference line ('--') must follow the numbered premises of an argument");
        }
        if (pendingInference != null) {
            throw new Located(row + 1, start + 1, "a second inference line in a row: a numbered conclusion was expected");
        }
        endTree();
        String content = lines.get(row).substring(start);
        Text body = new Text();
        int next;
        if (content.strip().equals("--")) {
            // the rules stand on their own lines, up to a closing '--' line
            next = row + 1;
            while (next < lines.size() && !lines.get(next).strip().matches("-{2,}")) {
                String line = lines.get(next);
                if (!body.chars.isEmpty()) {
                    body.append(' ', next + 1, 1);
                }
                for (int i = 0; i < line.length(); i++) {
                    body.append(line.charAt(i), next + 1, i + 1);
                }
                next++;
            }
            if (next >= lines.size()) {
                throw new Located(row + 1, start + 1, "the inference opened with '--' is not closed with a line '--'");
            }
            next++;
        } else {
            String line = lines.get(row);
            int from = start;
            while (from < line.length() && line.charAt(from) == '-') {
                from++;
            }
            int to = line.length();
            while (to > from && (line.charAt(to - 1) == '-' || Character.isWhitespace(line.charAt(to - 1)))) {
                to--;
            }
            for (int i = from; i < to; i++) {
                body.append(line.charAt(i), row + 1, i + 1);
            }
            next = row + 1;
        }
        Member member = parseText(body, 0);
        List<String> rules = new ArrayList<>();
        for (String rule : member.plain().split(",")) {
            if (!rule.isBlank()) {
                rules.add(rule.strip());
            }
        }
        pendingInference = new InferenceLine(List.copyOf(rules), member.data(), row + 1, start + 1);
        return next;
    }

    private void endPcs() throws Located {
        if (pcsArgument == null) {
            return;
        }
        if (pendingInference != null) {
            throw new Located(pendingInference.line(), pendingInference.column(),
                    "the inference line is not followed by a numbered conclusion");
        }
        if (lastStep != null && lastStep.inference() == null) {
            throw new Located(lastStep.line(), lastStep.column(), "the premise-conclusion structure of <" + pcsArgument.title
                    + "> ends with a premise: an inference line ('----') and a numbered conclusion were expected");
        }
        pcsArgument = null;
        lastStep = null;
        lastTopArgument = null;
    }
}
