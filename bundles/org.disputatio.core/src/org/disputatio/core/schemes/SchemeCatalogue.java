// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.schemes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.disputatio.model.Scheme;

/**
 * The argumentation schemes shipped with the product (catalogue.txt beside this class), and the
 * one table between our schemes and the scheme names of AIF maps: {@link #byAifName} on import,
 * {@link #aifName} on export.
 */
public final class SchemeCatalogue {

    private static final String RESOURCE = "catalogue.txt";
    private static volatile SchemeCatalogue shipped;

    private final Map<String, CatalogueScheme> byId;
    private final Map<String, CatalogueScheme> byAif = new LinkedHashMap<>();

    private SchemeCatalogue(Map<String, CatalogueScheme> byId) {
        this.byId = byId;
        for (CatalogueScheme scheme : byId.values()) {
            byAif.put(normal(scheme.aifName()), scheme);
        }
    }

    /** The catalogue shipped in this bundle, read once. */
    public static SchemeCatalogue shipped() {
        if (shipped == null) {
            try (InputStream in = SchemeCatalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the schemes catalogue " + RESOURCE + " is missing from the build");
                }
                shipped = parse(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }

    /**
     * Reads a catalogue in the format of catalogue.txt.
     *
     * @throws IllegalArgumentException with {@code NAME:LINE:COLUMN: message} for a malformed one
     */
    public static SchemeCatalogue parse(String name, Reader reader) throws IOException {
        Map<String, CatalogueScheme> schemes = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        Builder current = null;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("scheme ")) {
                add(schemes, current, name);
                current = new Builder(trimmed.substring(7).strip(), number);
                if (schemes.containsKey(current.id)) {
                    throw new IllegalArgumentException(name + ":" + number + ":8: scheme " + current.id + " is listed twice");
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (current == null || colon < 0) {
                throw new IllegalArgumentException(name + ":" + number + ":1: expected 'scheme ID' or 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException(name + ":" + number + ":" + (colon + 2) + ": " + key + " has no text");
            }
            switch (key) {
                case "name" -> current.name = value;
                case "aif" -> current.aif = value;
                case "cite" -> current.cite = value;
                case "premise" -> current.premises.add(value);
                case "conclusion" -> current.conclusion = value;
                case "question" -> current.questions.add(value);
                default -> throw new IllegalArgumentException(name + ":" + number + ":1: unknown key '" + key
                        + "' (name, aif, cite, premise, conclusion, question)");
            }
        }
        add(schemes, current, name);
        return new SchemeCatalogue(schemes);
    }

    private static void add(Map<String, CatalogueScheme> schemes, Builder builder, String name) {
        if (builder == null) {
            return;
        }
        String missing = builder.name == null ? "name" : builder.aif == null ? "aif" : builder.cite == null ? "cite"
                : builder.premises.isEmpty() ? "premise" : builder.conclusion == null ? "conclusion"
                        : builder.questions.isEmpty() ? "question" : null;
        if (missing != null) {
            throw new IllegalArgumentException(name + ":" + builder.line + ":1: scheme " + builder.id + " has no " + missing);
        }
        schemes.put(builder.id, new CatalogueScheme(builder.id, builder.name, builder.aif, builder.cite, builder.premises,
                builder.conclusion, builder.questions));
    }

    private static final class Builder {
        final String id;
        final int line;
        String name;
        String aif;
        String cite;
        String conclusion;
        final List<String> premises = new ArrayList<>();
        final List<String> questions = new ArrayList<>();

        Builder(String id, int line) {
            this.id = id;
            this.line = line;
        }
    }

    public List<CatalogueScheme> schemes() {
        return List.copyOf(byId.values());
    }

    /** The scheme with this catalogue identifier, or null. */
    public CatalogueScheme byId(String id) {
        return byId.get(id);
    }

    /** The catalogue's scheme a map's scheme was copied from, or null for one of the map's own. */
    public CatalogueScheme of(Scheme scheme) {
        String id = scheme.getId();
        return id != null && id.startsWith("scheme-") ? byId.get(id.substring(7)) : null;
    }

    /**
     * For AIF import: the scheme an AIF map names, ignoring case, spaces, hyphens and a leading
     * "Argument from"; null when the catalogue has none.
     */
    public CatalogueScheme byAifName(String aifName) {
        return aifName == null ? null : byAif.get(normal(aifName));
    }

    /** For AIF export: the AIF name of a map's scheme; its own name when it is not from the catalogue. */
    public String aifName(Scheme scheme) {
        CatalogueScheme known = of(scheme);
        if (known == null) {
            known = byAifName(scheme.getName());
        }
        return known != null ? known.aifName() : scheme.getName();
    }

    private static String normal(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
        if (n.startsWith("argument from ")) {
            n = n.substring(14);
        }
        return n.replace(" ", "");
    }
}
