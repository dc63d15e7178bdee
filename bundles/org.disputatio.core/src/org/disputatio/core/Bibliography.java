// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import org.disputatio.model.edit.provider.Citations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Author;
import org.disputatio.model.Source;
import org.disputatio.model.SourceKind;
import org.disputatio.model.edit.provider.AuthorNames;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Sources from what scholars already keep: BibTeX ({@code .bib}) and CSL JSON ({@code .json}),
 * the two exports of Zotero and most reference managers. Reading never changes a map; a file that
 * cannot be read is reported with its line and column.
 */
public final class Bibliography {

    /** One BibTeX entry: its type, key, raw fields by lower-case name and the line it starts on. */
    public record Entry(String type, String key, Map<String, String> fields, int line) {
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})([a-z]?)");
    private static final Pattern JSON_WHERE = Pattern.compile("line (\\d+) column (\\d+)");

    private Bibliography() {
    }

    /** The sources a file describes, in its order; CSL JSON when it starts with [ or {, else BibTeX. */
    public static List<Source> read(Path file) throws MapFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MapFileException(file, 0, 0, "cannot be read: " + e.getMessage(), e);
        }
        String start = text.stripLeading();
        return start.startsWith("[") || start.startsWith("{") ? fromCslJson(file, text) : fromBibtex(file, text);
    }

    public static List<Source> fromBibtex(Path file, String text) throws MapFileException {
        List<Source> sources = new ArrayList<>();
        for (Entry entry : BibtexReader.read(file, text)) {
            Map<String, String> f = entry.fields();
            Source source = MapElements.source(BibtexReader.field(f, "title"), null);
            String names = f.containsKey("author") ? f.get("author") : f.get("editor");
            if (names != null) {
                for (String name : splitNames(names)) {
                    Author author = AuthorNames.parse(accents(name));
                    if (author != null) {
                        source.getAuthors().add(author);
                    }
                }
            }
            String year = BibtexReader.field(f, "year");
            if (year == null && f.containsKey("date")) {
                year = BibtexReader.field(f, "date");
            }
            if (year != null) {
                Matcher y = YEAR.matcher(year);
                if (!y.lookingAt()) {
                    throw new MapFileException(file, entry.line(), 1, "the year of '" + entry.key() + "' is not a year: " + year, null);
                }
                setYear(source, y);
            }
            source.setVenue(first(BibtexReader.field(f, "journal"), BibtexReader.field(f, "journaltitle"),
                    BibtexReader.field(f, "booktitle"), BibtexReader.field(f, "publisher"), BibtexReader.field(f, "institution")));
            source.setUrl(BibtexReader.field(f, "url"));
            source.setDoi(BibtexReader.field(f, "doi"));
            source.setKind(switch (entry.type()) {
                case "article" -> SourceKind.JOURNAL_ARTICLE;
                case "book" -> SourceKind.BOOK;
                case "incollection", "inbook", "inproceedings" -> SourceKind.BOOK_CHAPTER;
                case "techreport", "report" -> SourceKind.REPORT;
                case "online", "electronic", "www" -> SourceKind.WEB_PAGE;
                default -> source.getUrl() != null ? SourceKind.WEB_PAGE : SourceKind.OTHER;
            });
            sources.add(source);
        }
        return sources;
    }

    public static List<Source> fromCslJson(Path file, String text) throws MapFileException {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            Matcher where = JSON_WHERE.matcher(String.valueOf(e.getMessage()));
            boolean found = where.find();
            String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
                    .replaceAll("\\s*at line \\d+ column \\d+.*", "").replaceAll("\\s*See https?://\\S+", "");
            throw new MapFileException(file, found ? Integer.parseInt(where.group(1)) : 0, found ? Integer.parseInt(where.group(2)) : 0,
                    "not valid JSON: " + message, e);
        }
        JsonArray items = root.isJsonArray() ? root.getAsJsonArray() : new JsonArray();
        if (root.isJsonObject()) {
            items.add(root);
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isJsonObject()) {
                throw new MapFileException(file, 0, 0, "item " + (i + 1) + " is not a CSL JSON item (an object with a title and authors)", null);
            }
            JsonObject item = items.get(i).getAsJsonObject();
            Source source = MapElements.source(string(item, "title"), null);
            JsonArray authors = array(item, item.has("author") ? "author" : "editor");
            for (JsonElement name : authors) {
                if (!name.isJsonObject()) {
                    continue;
                }
                JsonObject n = name.getAsJsonObject();
                Author author = string(n, "literal") != null ? AuthorNames.literal(string(n, "literal"))
                        : AuthorNames.person(string(n, "family"), string(n, "given"));
                author.setSuffix(string(n, "suffix"));
                source.getAuthors().add(author);
            }
            Integer year = year(item.get("issued"));
            source.setYear(year);
            if (year != null) {
                source.setYearSuffix(string(item, "year-suffix"));
            }
            source.setVenue(first(string(item, "container-title"), string(item, "publisher")));
            source.setUrl(string(item, "URL"));
            source.setDoi(string(item, "DOI"));
            String type = Objects.requireNonNullElse(string(item, "type"), "").toLowerCase(Locale.ROOT);
            source.setKind(switch (type) {
                case "article-journal" -> SourceKind.JOURNAL_ARTICLE;
                case "book" -> SourceKind.BOOK;
                case "chapter" -> SourceKind.BOOK_CHAPTER;
                case "article-newspaper" -> SourceKind.NEWS_REPORT;
                case "article-magazine" -> SourceKind.MAGAZINE_FEATURE;
                case "report" -> SourceKind.REPORT;
                case "interview" -> SourceKind.INTERVIEW;
                case "webpage", "post-weblog", "post" -> SourceKind.WEB_PAGE;
                default -> SourceKind.OTHER;
            });
            sources.add(source);
        }
        return sources;
    }

    /** The imported sources that the map does not hold yet (same DOI, or same citation and title). */
    public static List<Source> notIn(ArgumentMap map, List<Source> imported) {
        return imported.stream().filter(s -> map.getSources().stream().noneMatch(known -> same(known, s))).toList();
    }

    private static boolean same(Source a, Source b) {
        if (a.getDoi() != null && b.getDoi() != null) {
            return a.getDoi().equalsIgnoreCase(b.getDoi());
        }
        return Citations.shortCitation(a).equals(Citations.shortCitation(b)) && a.getTitle() != null
                && a.getTitle().equalsIgnoreCase(Objects.requireNonNullElse(b.getTitle(), ""));
    }

    private static void setYear(Source source, Matcher year) {
        source.setYear(Integer.valueOf(year.group(1)));
        source.setYearSuffix(year.group(2).isEmpty() ? null : year.group(2));
    }

    /** BibTeX's " and " between names, not inside braces ({Smith and Sons}). */
    private static List<String> splitNames(String names) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && names.regionMatches(true, i, " and ", 0, 5)) {
                parts.add(names.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        parts.add(names.substring(start));
        return parts;
    }

    /** Accents as letters, the braces that mark a literal name kept. */
    private static String accents(String name) {
        String stripped = name.strip();
        if (stripped.startsWith("{") && stripped.endsWith("}")) {
            return "{" + BibtexReader.plain(stripped.substring(1, stripped.length() - 1)) + "}";
        }
        return BibtexReader.plain(stripped);
    }

    private static Integer year(JsonElement issued) {
        if (issued == null || !issued.isJsonObject()) {
            return null;
        }
        JsonObject date = issued.getAsJsonObject();
        JsonArray parts = array(date, "date-parts");
        if (!parts.isEmpty() && parts.get(0).isJsonArray() && !parts.get(0).getAsJsonArray().isEmpty()) {
            try {
                return Integer.valueOf(parts.get(0).getAsJsonArray().get(0).getAsString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String literal = string(date, "literal") != null ? string(date, "literal") : string(date, "raw");
        Matcher y = literal == null ? null : Pattern.compile("\\d{4}").matcher(literal);
        return y != null && y.find() ? Integer.valueOf(y.group()) : null;
    }

    private static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        if (value == null || !value.isJsonPrimitive()) {
            return null;
        }
        String text = value.getAsString().strip();
        return text.isEmpty() ? null : text;
    }

    private static JsonArray array(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
