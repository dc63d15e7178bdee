package org.disputatio.core;

import java.util.List;

import org.disputatio.model.Author;
import org.disputatio.model.Source;
import org.disputatio.model.edit.provider.AuthorNames;

/**
 * The one home of the short citation, author-year as the social sciences write it: "Edney 2015",
 * "Sun and Wang 2014", "Zhang et al. 2012", "CCP Central Committee 2011", "Nye 2015a".
 */
public final class Citations {

    private Citations() {
    }

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

    /** "2015", "2015a", or nothing when the year is not known. */
    public static String year(Source source) {
        if (source.getYear() == null) {
            return "";
        }
        String suffix = source.getYearSuffix();
        return source.getYear() + (suffix == null ? "" : suffix.strip());
    }

    private static String shorten(String title) {
        return title.length() <= 30 ? title : title.substring(0, Math.max(title.lastIndexOf(' ', 29), 15)) + "…";
    }
}
