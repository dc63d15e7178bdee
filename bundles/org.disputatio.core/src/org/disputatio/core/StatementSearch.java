// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.AuthorNames;
import org.disputatio.model.edit.provider.Citations;

/**
 * Finds statements by what they say and whose they are: every word of the query must occur in
 * the label, the full text or the quote, or in the name of the proponent, of the source (its
 * short citation, authors and title) or of a cited work, ignoring case, accents and line breaks
 * ("zero sum" finds "Zero-sum", "Nye" Nye's thesis).
 */
public final class StatementSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("(?U)[\\s\\p{Pd}]+");

    private StatementSearch() {
    }

    /** The map's statements that match, in the map's order. */
    public static List<Statement> find(ArgumentMap map, String query) {
        String[] words = normalize(query).split(" ");
        if (words.length == 1 && words[0].isEmpty()) {
            return List.of();
        }
        return map.getStatements().stream().filter(s -> matches(s, words)).toList();
    }

    private static boolean matches(Statement statement, String[] words) {
        List<String> said = new ArrayList<>(List.of(nonNull(statement.getLabel()), nonNull(statement.getText()),
                nonNull(statement.getQuote())));
        if (statement.getProponent() != null) {
            said.add(nonNull(statement.getProponent().getName()));
        }
        addSource(said, statement.getSource());
        statement.getCitations().forEach(c -> addSource(said, c.getWork()));
        String haystack = normalize(String.join(" ", said));
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static void addSource(List<String> said, Source source) {
        if (source != null) {
            said.add(Citations.shortCitation(source));
            source.getAuthors().forEach(a -> said.add(AuthorNames.fullName(a)));
            said.add(nonNull(source.getTitle()));
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String normalize(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
