// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Identifiers for imported elements, made from what the file calls them (a title, a node id),
 * so that importing the same file twice gives the same map; unique within one import.
 */
final class Identifiers {

    private final Set<String> taken = new HashSet<>();

    /** Reserves an identifier given in the file; false when it is already taken. */
    boolean reserve(String id) {
        return taken.add(id);
    }

    String make(String prefix, String name) {
        String slug = slug(name == null ? "" : name);
        if (slug.length() > 40) {
            slug = slug.substring(0, 40);
            if (slug.endsWith("-")) {
                slug = slug.substring(0, 39);
            }
        }
        String base = slug.isEmpty() ? prefix : prefix + "-" + slug;
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * The name without accents (decomposed, marks dropped), in lower case, each run of anything
     * but a-z and 0-9 one hyphen, none at either end. Written out rather than as regular
     * expressions, and ASCII is not decomposed (nothing to drop): a 1,000-statement file was a
     * tenth slower to read for them.
     */
    static String slug(String name) {
        String plain = name;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
                StringBuilder unmarked = new StringBuilder(decomposed.length());
                decomposed.codePoints().filter(c -> !isMark(c)).forEach(unmarked::appendCodePoint);
                plain = unmarked.toString();
                break;
            }
        }
        String lower = plain.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean hyphen = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (hyphen && !slug.isEmpty()) {
                    slug.append('-');
                }
                hyphen = false;
                slug.append(c);
            } else {
                hyphen = true;
            }
        }
        return slug.toString();
    }

    /** {@code \p{M}}: a combining mark. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
