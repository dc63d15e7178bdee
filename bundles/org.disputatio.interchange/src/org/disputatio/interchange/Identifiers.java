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
        String slug = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-$", "");
        }
        String base = slug.isEmpty() ? prefix : prefix + "-" + slug;
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
