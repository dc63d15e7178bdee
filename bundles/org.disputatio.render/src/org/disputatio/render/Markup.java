// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place where text goes into SVG or HTML and where a link is judged safe to follow.
 * Exports (SVG now, HTML slides later) and the Sources view all go through it, so a label
 * reading {@code <script>} stays text and a source whose URL is {@code javascript:} or
 * {@code file:} is never made a link.
 */
public final class Markup {

    private Markup() {
    }

    /**
     * Escapes text for an XML or HTML text node or a quoted attribute value (either quote),
     * and drops what XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF).
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return escape(new StringBuilder(text.length() + 16), text).toString();
    }

    /** {@link #escape(String)} written onto {@code out}, which it returns (nothing for null). */
    static StringBuilder escape(StringBuilder out, String text) {
        if (text == null) {
            return out;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        // Not a character: dropped.
                    } else if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The address to link to for a URL or a DOI as a scholar typed it: {@code http} and
     * {@code https} addresses with a host, and DOIs ({@code doi:10.1234/x}, {@code 10.1234/x},
     * or a doi.org address) as {@code https://doi.org/...}. Anything else (javascript:, data:,
     * file:, mailto:, a path, spaces or control characters) is no link: empty.
     */
    public static Optional<String> link(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip();
        if (s.isEmpty() || s.chars().anyMatch(c -> c <= 0x20 || c == 0x7F || Character.isSpaceChar(c))) {
            return Optional.empty();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("doi:")) {
            return doi(s.substring(4));
        }
        if (lower.startsWith("10.")) {
            return doi(s);
        }
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(s);
            if (uri.getHost() == null || uri.getHost().isEmpty() || uri.getUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A DOI's address at doi.org; empty when it is not of the form 10.PREFIX/SUFFIX. */
    private static Optional<String> doi(String doi) {
        String d = doi.strip();
        if (!d.matches("10\\.\\d{4,9}/\\S+")) {
            return Optional.empty();
        }
        try {
            // The suffix may hold characters a URI must encode ("<", "#", "?"): the multi-argument constructor quotes them.
            return Optional.of(new URI("https", "doi.org", "/" + d, null).toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
