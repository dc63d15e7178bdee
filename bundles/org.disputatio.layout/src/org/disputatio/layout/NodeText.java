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
        String label = statement.getLabel() == null || statement.getLabel().isBlank()
                ? "(" + statement.getKind().getLiteral() + " without label)" : statement.getLabel();
        return of(label, Citations.caption(statement), format, measurer);
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

    private static NodeText of(String label, String caption, NodeFormat format, TextMeasurer measurer) {
        List<String> labelLines = wrap(label, format.label(), format.maxTextWidth(), measurer);
        List<String> captionLines = caption.isEmpty() ? List.of() : wrap(caption, format.caption(), format.maxTextWidth(), measurer);
        double textWidth = 0;
        for (String line : labelLines) {
            textWidth = Math.max(textWidth, measurer.width(line, format.label()));
        }
        for (String line : captionLines) {
            textWidth = Math.max(textWidth, measurer.width(line, format.caption()));
        }
        double height = labelLines.size() * measurer.lineHeight(format.label())
                + (captionLines.isEmpty() ? 0 : format.captionGap() + captionLines.size() * measurer.lineHeight(format.caption()));
        double width = Math.max(format.minWidth(), Math.ceil(textWidth) + 2 * format.padding());
        return new NodeText(labelLines, captionLines, width, Math.ceil(height + 2 * format.padding()));
    }

    /** Greedy word wrap; a word wider than the line is broken where it must be. */
    /** Compiled once: {@code String.split} compiles a pattern of more than one character at every call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static List<String> wrap(String text, FontSpec font, double maxWidth, TextMeasurer measurer) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : SPACES.split(paragraph.trim())) {
                if (word.isEmpty()) {
                    continue;
                }
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
}
