// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.edit.provider;

import java.util.ArrayList;
import java.util.List;

import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.Author;

/**
 * Authors' names written as text, in BibTeX's name syntax, which scholars and their reference
 * managers already use: "Edney, Kingsley" or "Kingsley Edney" (the last word is the family name),
 * "{CCP Central Committee}" for an institution (one literal name). Names are separated by
 * " and " in BibTeX and by ";" in a cell.
 */
public final class AuthorNames {

    private AuthorNames() {
    }

    public static Author person(String family, String given) {
        Author author = ArgmapFactory.eINSTANCE.createAuthor();
        author.setFamily(family);
        author.setGiven(given == null || given.isBlank() ? null : given);
        return author;
    }

    /** A name written family name first, as Chinese, Japanese and Korean names are: "Wang Jisi". */
    public static Author familyFirst(String family, String given) {
        Author author = person(family, given);
        author.setFamilyFirst(true);
        return author;
    }

    public static Author literal(String name) {
        Author author = ArgmapFactory.eINSTANCE.createAuthor();
        author.setLiteral(name);
        return author;
    }

    /** One name in BibTeX's syntax; null for a blank one. */
    public static Author parse(String text) {
        String name = text.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            return null;
        }
        if (name.startsWith("{") && name.endsWith("}") && balanced(name.substring(1, name.length() - 1))) {
            return literal(name.substring(1, name.length() - 1).strip());
        }
        name = name.replace("{", "").replace("}", "");
        String[] parts = name.split(",", 3);
        if (parts.length == 3) {
            // BibTeX's "Family, Jr., Given"
            Author author = person(parts[0].strip(), parts[2].strip());
            author.setSuffix(parts[1].strip());
            return author;
        }
        if (parts.length == 2) {
            return person(parts[0].strip(), parts[1].strip());
        }
        int space = name.lastIndexOf(' ');
        return space < 0 ? person(name, null) : person(name.substring(space + 1), name.substring(0, space));
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Names separated by ";", as in the Sources view's cell. */
    public static List<Author> parseList(String text) {
        List<Author> authors = new ArrayList<>();
        for (String part : text.split(";")) {
            Author author = parse(part);
            if (author != null) {
                authors.add(author);
            }
        }
        return authors;
    }

    /**
     * The name as {@link #parse} reads it back: "Edney, Kingsley", "{CCP Central Committee}".
     * A family-first name is written "Wang, Jisi" too: the comma says which part is the family name.
     */
    public static String format(Author author) {
        if (author.getLiteral() != null && !author.getLiteral().isBlank()) {
            return "{" + author.getLiteral() + "}";
        }
        String family = author.getFamily() == null ? "" : author.getFamily();
        if (author.getSuffix() != null && !author.getSuffix().isBlank()) {
            return family + ", " + author.getSuffix() + ", " + (author.getGiven() == null ? "" : author.getGiven());
        }
        return author.getGiven() == null || author.getGiven().isBlank() ? family : family + ", " + author.getGiven();
    }

    public static String formatList(List<Author> authors) {
        return String.join("; ", authors.stream().map(AuthorNames::format).toList());
    }

    /** The name as it is written in running text: "Kingsley Edney", "Wang Jisi", "CCP Central Committee". */
    public static String fullName(Author author) {
        if (author.getLiteral() != null && !author.getLiteral().isBlank()) {
            return author.getLiteral();
        }
        String family = author.getFamily() == null ? "" : author.getFamily();
        if (author.getGiven() == null || author.getGiven().isBlank()) {
            return family;
        }
        String name = author.isFamilyFirst() ? family + " " + author.getGiven() : author.getGiven() + " " + family;
        return author.getSuffix() == null || author.getSuffix().isBlank() ? name : name + ", " + author.getSuffix();
    }

    /**
     * The name as a reference list writes it: "Nye, Joseph S.", "Wang Jisi" (family first as
     * written, so no comma), "CCP Central Committee"; unlike {@link #format}, no braces.
     */
    public static String listedName(Author author) {
        if (author.getLiteral() != null && !author.getLiteral().isBlank() || author.isFamilyFirst()) {
            return fullName(author);
        }
        String family = author.getFamily() == null ? "" : author.getFamily();
        String name = author.getGiven() == null || author.getGiven().isBlank() ? family : family + ", " + author.getGiven();
        return author.getSuffix() == null || author.getSuffix().isBlank() ? name : name + ", " + author.getSuffix();
    }

    /** What the short citation names: the family name, or the literal name of an institution. */
    public static String citedName(Author author) {
        if (author.getLiteral() != null && !author.getLiteral().isBlank()) {
            return author.getLiteral();
        }
        return author.getFamily() == null || author.getFamily().isBlank() ? "?" : author.getFamily();
    }

    /** Same name, same form: for edits that should keep what they do not change. */
    public static boolean same(Author a, Author b) {
        return java.util.Objects.equals(a.getFamily(), b.getFamily()) && java.util.Objects.equals(a.getGiven(), b.getGiven())
                && java.util.Objects.equals(a.getLiteral(), b.getLiteral()) && java.util.Objects.equals(a.getSuffix(), b.getSuffix());
    }
}
