// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;

/**
 * Counts of what a map holds, for {@code disputatio stats}.
 */
public record MapStatistics(Map<String, Integer> counts) {

    public static MapStatistics of(MapSession session) {
        ArgumentMap map = session.getMap();
        Map<StatementKind, Integer> statements = new EnumMap<>(StatementKind.class);
        for (StatementKind kind : StatementKind.VALUES) {
            statements.put(kind, 0);
        }
        for (Statement s : map.getStatements()) {
            statements.merge(s.getKind(), 1, Integer::sum);
        }
        Map<ConflictKind, Integer> conflicts = new EnumMap<>(ConflictKind.class);
        for (ConflictKind kind : ConflictKind.VALUES) {
            conflicts.put(kind, 0);
        }
        for (Conflict c : map.getConflicts()) {
            conflicts.merge(c.getKind(), 1, Integer::sum);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("statements", map.getStatements().size());
        statements.forEach((kind, n) -> counts.put("statements." + kind.getName(), n));
        counts.put("inferences", map.getInferences().size());
        counts.put("conflicts", map.getConflicts().size());
        conflicts.forEach((kind, n) -> counts.put("conflicts." + kind.getName(), n));
        counts.put("preferences", map.getPreferences().size());
        counts.put("rephrases", map.getRephrases().size());
        counts.put("arguments", map.getArguments().size());
        counts.put("sources", map.getSources().size());
        counts.put("actors", map.getActors().size());
        counts.put("diagrams", session.getDiagrams().size());
        counts.put("presentations", session.getPresentations().size());
        return new MapStatistics(counts);
    }

    /** A JSON object; keys with a dot become nested objects ({@code "statements": {"claim": 3}}). */
    public String toJson(String title) {
        StringBuilder json = new StringBuilder("{\n  \"title\": ").append(quote(title));
        String openGroup = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            if (dot < 0) {
                if (openGroup != null) {
                    json.append("\n  }");
                    openGroup = null;
                }
                boolean hasGroup = counts.keySet().stream().anyMatch(k -> k.startsWith(key + "."));
                json.append(",\n  ").append(quote(hasGroup ? key + "Total" : key)).append(": ").append(e.getValue());
            } else {
                String group = key.substring(0, dot);
                if (!group.equals(openGroup)) {
                    json.append(",\n  ").append(quote(group + "ByKind")).append(": {");
                    openGroup = group;
                } else {
                    json.append(",");
                }
                json.append("\n    ").append(quote(key.substring(dot + 1))).append(": ").append(e.getValue());
            }
        }
        if (openGroup != null) {
            json.append("\n  }");
        }
        return json.append("\n}").toString();
    }

    /** A JSON string literal, also for other reports of the map. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Aligned lines: {@code statements        12}, kinds indented below their total. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        counts.forEach((key, n) -> {
            int dot = key.indexOf('.');
            String label = dot < 0 ? key : "  " + key.substring(dot + 1);
            text.append(String.format("%-16s %6d%n", label, n));
        });
        return text.toString();
    }
}
