// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.edit.provider;

import java.util.List;

import org.disputatio.model.Actor;
import org.disputatio.model.Author;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;

/**
 * How sources are cited and statements placed, in one place for the canvas, the tooltips, the
 * views and the messages: "Edney 2015", "Edney 2015, p. 10", "Joseph Nye, in Edney 2015, p. 10".
 * Author-year as the social sciences write it: "Sun and Wang 2014", "Zhang et al. 2012",
 * "CCP Central Committee 2011", "Nye 2015a"; names are cited as {@link AuthorNames#citedName} says.
 */
public final class Citations {

    private Citations() {
    }

    /** Author-year: "Edney 2015", "Nathan and Scobell 2009", "Zhang et al. 2012". */
    public static String shortCitation(Source source) {
        List<Author> authors = source.getAuthors();
        String names = switch (authors.size()) {
            case 0 -> source.getTitle() == null ? "?" : shorten(source.getTitle());
            case 1 -> AuthorNames.citedName(authors.get(0));
            case 2 -> AuthorNames.citedName(authors.get(0)) + " and " + AuthorNames.citedName(authors.get(1));
            default -> AuthorNames.citedName(authors.get(0)) + " et al.";
        };
        String year = year(source);
        return year.isEmpty() ? names : names + " " + year;
    }

    /** What the short citation names of each author: family names, institutions. */
    public static List<String> citedNames(Source source) {
        return source.getAuthors().stream().map(AuthorNames::citedName).toList();
    }

    /** The authors as a reference list names them: "Nye, Joseph S.; Wang Jisi; CCP Central Committee". */
    public static String authors(Source source) {
        return String.join("; ", source.getAuthors().stream().map(AuthorNames::listedName).toList());
    }

    /** "2015", "2015a", or nothing when the year is not known. */
    public static String year(Source source) {
        if (source.getYear() == null) {
            return "";
        }
        String suffix = source.getYearSuffix();
        return source.getYear() + (suffix == null ? "" : suffix.strip());
    }

    /** Whether the actor is the source's author (or its authors together): "Kingsley Edney" of Edney 2015. */
    public static boolean wrote(Actor actor, Source source) {
        String name = actor.getName();
        return name != null && !source.getAuthors().isEmpty() && citedNames(source).stream().allMatch(name::contains);
    }

    /** Where in its source a statement is read: "Edney 2015, p. 10"; empty without a source. */
    public static String whereRead(Statement statement) {
        Source source = statement.getSource();
        if (source == null) {
            return "";
        }
        String locator = statement.getLocator();
        return shortCitation(source) + (locator == null || locator.isBlank() ? "" : ", " + locator);
    }

    /**
     * A statement's caption, "Proponent, in Source Year, locator"; the "in" part is left out when
     * the proponent wrote the source, the proponent when there is none.
     */
    public static String caption(Statement statement) {
        Actor proponent = statement.getProponent();
        Source source = statement.getSource();
        String where = whereRead(statement);
        if (proponent == null || proponent.getName() == null || proponent.getName().isBlank()) {
            return where;
        }
        if (source == null) {
            return proponent.getName();
        }
        return wrote(proponent, source) ? where : proponent.getName() + ", in " + where;
    }

    private static String shorten(String title) {
        return title.length() <= 30 ? title : title.substring(0, Math.max(title.lastIndexOf(' ', 29), 15)) + "…";
    }
}
