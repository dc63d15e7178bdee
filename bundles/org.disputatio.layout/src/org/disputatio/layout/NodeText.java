// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayList;
import java.util.List;

import org.disputatio.model.Argument;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.Citations;

/**
 * What a statement node shows: its label wrapped into lines, and a smaller caption saying who
 * holds it and where it is read ("Sun and Wang, in Edney 2015, p. 16"), with the node size that
 * fits them.
 */
public record NodeText(List<String> labelLines, List<String> captionLines, double width, double height) {

    public static NodeText of(Statement statement, NodeFormat format, TextMeasurer measurer) {
        return of(statement, Citations.caption(statement), format, measurer);
    }

    /** What the statement's node shows, its {@linkplain Citations#caption caption} already made. */
    public static NodeText of(Statement statement, String caption, NodeFormat format, TextMeasurer measurer) {
        return of(label(statement), caption, format, measurer);
    }

    /** The label a statement's box shows: its own, or which kind of statement it is when it has none. */
    static String label(Statement statement) {
        return statement.getLabel() == null || statement.getLabel().isBlank()
                ? "(" + statement.getKind().getLiteral() + " without label)" : statement.getLabel();
    }

    /**
     * What an argument shows: its title, and, when collapsed into one box, how much it stands
     * for ({@code hiddenStatements} &gt; 0).
     */
    public static NodeText of(Argument argument, int hiddenStatements, NodeFormat format, TextMeasurer measurer) {
        String title = argument.getTitle() == null || argument.getTitle().isBlank() ? "(argument without title)" : argument.getTitle();
        String caption = hiddenStatements == 0 ? "" : "Argument of " + hiddenStatements + (hiddenStatements == 1 ? " statement" : " statements");
        return of(title, caption, format, measurer);
    }

    static NodeText of(String label, String caption, NodeFormat format, TextMeasurer measurer) {
        Block labelBlock = measurer.wrapped(label, format.label(), format.maxTextWidth());
        Block captionBlock = caption.isEmpty() ? Block.NONE : measurer.wrapped(caption, format.caption(), format.maxTextWidth());
        double textWidth = Math.max(labelBlock.width(), captionBlock.width());
        double height = labelBlock.lines().size() * measurer.lineHeight(format.label())
                + (captionBlock.lines().isEmpty() ? 0
                        : format.captionGap() + captionBlock.lines().size() * measurer.lineHeight(format.caption()));
        double width = Math.max(format.minWidth(), Math.ceil(textWidth) + 2 * format.padding());
        return new NodeText(labelBlock.lines(), captionBlock.lines(), width, Math.ceil(height + 2 * format.padding()));
    }

    /** A text wrapped into lines, and the width of its widest line. */
    public record Block(List<String> lines, double width) {

        static final Block NONE = new Block(List.of(), 0);
    }

    /** {@code text} wrapped at {@code maxWidth} in {@code font}, with the width of its widest line. */
    static Block block(String text, FontSpec font, double maxWidth, TextMeasurer measurer) {
        List<String> lines = wrap(text, font, maxWidth, measurer);
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, measurer.width(line, font));
        }
        return new Block(List.copyOf(lines), width);
    }

    /** Greedy word wrap; a word wider than the line is broken where it must be. */
    static List<String> wrap(String text, FontSpec font, double maxWidth, TextMeasurer measurer) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : words(paragraph.trim())) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (measurer.width(candidate, font) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (measurer.width(word, font) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && measurer.width(word.substring(0, cut), font) > maxWidth) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    /**
     * The words of a trimmed paragraph, between runs of what {@code \s} matches (space, tab,
     * line feed, vertical tab, form feed, carriage return), as {@code split("\\s+")} gives them
     * without the empty ones: the regular expression was a fifth of measuring a big map.
     */
    static List<String> words(String paragraph) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && start >= 0) {
                words.add(paragraph.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(paragraph.substring(start));
        }
        return words;
    }
}
