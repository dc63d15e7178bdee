// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.model.Actor;
import org.disputatio.model.Argument;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Citation;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.CriticalQuestion;
import org.disputatio.model.CriticalQuestionUse;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Preference;
import org.disputatio.model.Rephrase;
import org.disputatio.model.Scheme;
import org.disputatio.model.Source;
import org.disputatio.model.edit.provider.AuthorNames;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;

/**
 * Writes a map as tidy Argdown in a fixed order: front matter (title, and under
 * {@code disputatio:} the sources, actors, schemes and whatever Argdown's relations cannot
 * say), then one block per statement with its incoming supports and attacks, then one block
 * per argument with its premise-conclusion structure, then the inferences that belong to no
 * argument but need one to be said. What Argdown has no syntax for (quote, locator, source,
 * proponent, citations, kinds, identifiers) goes into the element's {@code {...}} data, so
 * reading the text back gives the same map.
 */
final class ArgdownWriter {

    private static final String SPECIAL = "\\[]<>#*_{}@";

    private final ArgumentMap map;
    private final StringBuilder out = new StringBuilder();
    private final Map<Statement, String> titles = new HashMap<>();
    private final Map<Argument, String> argumentTitles = new HashMap<>();
    private final Set<Inference> simpleInferences = new LinkedHashSet<>();
    private final Set<Conflict> simpleConflicts = new LinkedHashSet<>();
    private final List<Conflict> declaredConflicts = new ArrayList<>();
    private final Set<String> premiseIds = new HashSet<>();
    private final Set<Inference> inArgument = new HashSet<>();
    private final Set<Inference> written = new HashSet<>();
    /** Titles given to argument blocks so far, inference blocks included: Argdown merges blocks of one title. */
    private final Set<String> argumentNames = new HashSet<>();

    private ArgdownWriter(ArgumentMap map) {
        this.map = map;
    }

    static String write(ArgumentMap map) {
        ArgdownWriter writer = new ArgdownWriter(map);
        writer.classify();
        writer.frontMatter();
        for (Statement s : map.getStatements()) {
            writer.statement(s);
        }
        for (Argument a : map.getArguments()) {
            writer.argument(a);
        }
        for (Inference i : map.getInferences()) {
            if (!writer.inArgument.contains(i) && !writer.simpleInferences.contains(i)) {
                writer.inferenceBlock(i, null);
            }
        }
        return writer.out.toString();
    }

    static String squeeze(String s) {
        return Spaces.squeezed(s);
    }

    private static boolean plainLine(String s) {
        return s != null && !s.isEmpty() && s.equals(squeeze(s));
    }

    /** Argdown reads a title up to its closing bracket, with no escapes: a title must be plain. */
    private static boolean titleLike(String s) {
        return plainLine(s) && !s.matches(".*[\\[\\]<>\\\\{}].*") && !s.contains("//") && !s.contains("/*")
                && !s.matches("Untitled \\d+");
    }

    private void classify() {
        Map<String, Integer> labels = new HashMap<>();
        for (Statement s : map.getStatements()) {
            if (plainLine(s.getLabel())) {
                labels.merge(s.getLabel(), 1, Integer::sum);
            }
        }
        Set<String> used = new HashSet<>();
        for (Statement s : map.getStatements()) {
            if (titleLike(s.getLabel()) && labels.get(s.getLabel()) == 1) {
                titles.put(s, s.getLabel());
                used.add(s.getLabel());
            }
        }
        for (Statement s : map.getStatements()) {
            if (!titles.containsKey(s)) {
                String base = titleLike(s.getId()) ? s.getId() : "Statement";
                String title = base;
                for (int n = 2; used.contains(title); n++) {
                    title = base + " " + n;
                }
                titles.put(s, title);
                used.add(title);
            }
        }
        for (Argument a : map.getArguments()) {
            String title = titleLike(a.getTitle()) && !argumentNames.contains(a.getTitle()) ? a.getTitle()
                    : titleLike(a.getId()) ? a.getId() : "Argument";
            for (int n = 2; argumentNames.contains(title); n++) {
                title = (titleLike(a.getId()) ? a.getId() : "Argument") + " " + n;
            }
            argumentNames.add(title);
            argumentTitles.put(a, title);
            inArgument.addAll(a.getInferences());
        }
        for (Inference i : map.getInferences()) {
            i.getPremises().forEach(p -> premiseIds.add(p.getId()));
        }
        Set<Element> referenced = new HashSet<>();
        for (Preference p : map.getPreferences()) {
            referenced.add((Element) p.getPreferred());
            referenced.add((Element) p.getDispreferred());
        }
        for (Inference i : map.getInferences()) {
            for (CriticalQuestionUse use : i.getCriticalQuestions()) {
                referenced.add(use.getBy());
            }
        }
        for (Conflict c : map.getConflicts()) {
            referenced.add((Element) c.getTarget());
        }
        Set<String> pairs = new HashSet<>();
        for (Inference i : map.getInferences()) {
            if (!inArgument.contains(i) && i.getPremises().size() == 1 && i.getScheme() == null && i.getCriticalQuestions().isEmpty()
                    && i.getNotes() == null && !referenced.contains(i) && i.getConclusion() != null
                    && i.getPremises().get(0) != i.getConclusion()
                    && pairs.add(i.getPremises().get(0).getId() + " " + i.getConclusion().getId())) {
                simpleInferences.add(i);
            }
        }
        Set<String> conflictPairs = new HashSet<>();
        for (Conflict c : map.getConflicts()) {
            boolean simple = false;
            if (c.getAttackers().size() == 1 && c.getNotes() == null && !referenced(c)) {
                Statement attacker = c.getAttackers().get(0);
                if (c.getTarget() instanceof Statement target && attacker != target) {
                    ConflictKind derived = premiseIds.contains(target.getId()) ? ConflictKind.UNDERMINE : ConflictKind.REBUT;
                    simple = c.getKind() == derived && conflictPairs.add(attacker.getId() + " " + target.getId());
                }
            }
            if (simple) {
                simpleConflicts.add(c);
            } else {
                declaredConflicts.add(c);
            }
        }
    }

    private boolean referenced(Conflict c) {
        for (Preference p : map.getPreferences()) {
            if (p.getPreferred() == c || p.getDispreferred() == c) {
                return true;
            }
        }
        for (Inference i : map.getInferences()) {
            for (CriticalQuestionUse use : i.getCriticalQuestions()) {
                if (use.getBy() == c) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, Object> data() {
        return new LinkedHashMap<>();
    }

    private static void put(Map<String, Object> data, String key, Object value) {
        if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
            data.put(key, value);
        }
    }

    private static String id(Object element) {
        return element == null ? null : ((Element) element).getId();
    }

    private void frontMatter() {
        out.append("===\n");
        if (map.getTitle() != null) {
            out.append("title: ").append(YamlData.quote(map.getTitle())).append('\n');
        }
        if (map.getDescription() != null) {
            out.append("description: ").append(YamlData.quote(map.getDescription())).append('\n');
        }
        out.append("disputatio:\n");
        out.append("  format: ").append(YamlData.quote(ArgdownFormat.VERSION)).append('\n');
        out.append("  id: ").append(YamlData.quote(map.getId())).append('\n');
        if (map.getNotes() != null) {
            out.append("  notes: ").append(YamlData.quote(map.getNotes())).append('\n');
        }
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Source s : map.getSources()) {
            Map<String, Object> d = data();
            put(d, "id", s.getId());
            put(d, "title", s.getTitle());
            // Names as BibTeX writes them ("Edney, Kingsley", "{CCP Central Committee}"); which
            // of them are written family name first ("Wang Jisi") goes by position.
            put(d, "authors", s.getAuthors().stream().map(AuthorNames::format).toList());
            List<Integer> familyFirst = new ArrayList<>();
            for (int i = 0; i < s.getAuthors().size(); i++) {
                if (s.getAuthors().get(i).isFamilyFirst()) {
                    familyFirst.add(i);
                }
            }
            if (!familyFirst.isEmpty()) {
                put(d, "familyFirst", familyFirst);
            }
            put(d, "year", s.getYear());
            put(d, "yearSuffix", s.getYearSuffix());
            put(d, "venue", s.getVenue());
            put(d, "url", s.getUrl());
            put(d, "doi", s.getDoi());
            put(d, "kind", s.getKind().getLiteral());
            put(d, "notes", s.getNotes());
            sources.add(d);
        }
        list("sources", sources);
        List<Map<String, Object>> actors = new ArrayList<>();
        for (Actor a : map.getActors()) {
            Map<String, Object> d = data();
            put(d, "id", a.getId());
            put(d, "name", a.getName());
            put(d, "kind", a.getKind().getLiteral());
            put(d, "description", a.getDescription());
            put(d, "notes", a.getNotes());
            actors.add(d);
        }
        list("actors", actors);
        List<Map<String, Object>> schemes = new ArrayList<>();
        for (Scheme s : map.getSchemes()) {
            Map<String, Object> d = data();
            put(d, "id", s.getId());
            put(d, "name", s.getName());
            put(d, "description", s.getDescription());
            put(d, "notes", s.getNotes());
            List<Map<String, Object>> questions = new ArrayList<>();
            for (CriticalQuestion q : s.getCriticalQuestions()) {
                Map<String, Object> qd = data();
                put(qd, "id", q.getId());
                put(qd, "text", q.getText());
                put(qd, "notes", q.getNotes());
                questions.add(qd);
            }
            put(d, "questions", questions);
            schemes.add(d);
        }
        list("schemes", schemes);
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (Conflict c : declaredConflicts) {
            Map<String, Object> d = data();
            put(d, "id", c.getId());
            put(d, "kind", c.getKind().getLiteral());
            put(d, "attackers", c.getAttackers().stream().map(Element::getId).toList());
            put(d, "target", id(c.getTarget()));
            put(d, "notes", c.getNotes());
            conflicts.add(d);
        }
        list("conflicts", conflicts);
        List<Map<String, Object>> preferences = new ArrayList<>();
        for (Preference p : map.getPreferences()) {
            Map<String, Object> d = data();
            put(d, "id", p.getId());
            put(d, "preferred", id(p.getPreferred()));
            put(d, "dispreferred", id(p.getDispreferred()));
            put(d, "notes", p.getNotes());
            preferences.add(d);
        }
        list("preferences", preferences);
        List<Map<String, Object>> rephrases = new ArrayList<>();
        for (Rephrase r : map.getRephrases()) {
            Map<String, Object> d = data();
            put(d, "id", r.getId());
            put(d, "original", id(r.getOriginal()));
            put(d, "restatement", id(r.getRestatement()));
            put(d, "notes", r.getNotes());
            rephrases.add(d);
        }
        list("rephrases", rephrases);
        out.append("===\n");
    }

    private void list(String key, List<Map<String, Object>> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("  ").append(key).append(":\n");
        for (Map<String, Object> item : items) {
            out.append("    - ").append(YamlData.flow(item)).append('\n');
        }
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean comment = c == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*');
            if (SPECIAL.indexOf(c) >= 0 || comment) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }

    private static String escapeTitle(String title, char close) {
        StringBuilder s = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            boolean comment = c == '/' && i + 1 < title.length() && (title.charAt(i + 1) == '/' || title.charAt(i + 1) == '*')
                    || title.startsWith("<!--", i);
            if (c == '\\' || c == close || comment) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }

    private String ref(Statement s) {
        return "[" + escapeTitle(titles.get(s), ']') + "]";
    }

    private static boolean tagWord(String tag) {
        return tag.matches("[\\p{L}\\p{N}_-]+");
    }

    private static boolean tagsExpressible(List<String> tags) {
        Set<String> seen = new HashSet<>();
        for (String tag : tags) {
            if (!seen.add(tag) || !plainLine(tag) || !tagWord(tag) && (tag.contains(")") || tag.contains("\\")
                    || tag.contains("//") || tag.contains("/*") || tag.contains("<!--") || tag.contains("{"))) {
                return false;
            }
        }
        return true;
    }

    private void statement(Statement s) {
        out.append('\n');
        String title = titles.get(s);
        Map<String, Object> d = data();
        d.put("id", s.getId());
        if (!title.equals(s.getLabel())) {
            d.put("label", s.getLabel());
        }
        boolean textInline = plainLine(s.getText());
        if (!textInline && s.getText() != null) {
            d.put("text", s.getText());
        }
        if (s.getKind() != StatementKind.CLAIM) {
            d.put("kind", s.getKind().getLiteral());
        }
        put(d, "quote", s.getQuote());
        put(d, "locator", s.getLocator());
        put(d, "source", id(s.getSource()));
        put(d, "proponent", id(s.getProponent()));
        List<Map<String, Object>> citations = new ArrayList<>();
        for (Citation c : s.getCitations()) {
            Map<String, Object> cd = data();
            put(cd, "id", c.getId());
            put(cd, "work", id(c.getWork()));
            put(cd, "locator", c.getLocator());
            put(cd, "notes", c.getNotes());
            citations.add(cd);
        }
        put(d, "citations", citations);
        boolean inlineTags = tagsExpressible(s.getTags());
        if (!inlineTags) {
            d.put("tags", List.copyOf(s.getTags()));
        }
        put(d, "notes", s.getNotes());
        out.append('[').append(escapeTitle(title, ']')).append(']');
        StringBuilder line = new StringBuilder();
        if (textInline) {
            line.append(escape(s.getText()));
        }
        if (inlineTags) {
            for (String tag : s.getTags()) {
                line.append(line.isEmpty() ? "" : " ").append(tagWord(tag) ? "#" + tag : "#(" + tag + ")");
            }
        }
        if (!line.isEmpty()) {
            out.append(": ").append(line);
        }
        out.append('\n');
        out.append("  ").append(YamlData.flow(d)).append('\n');
        // sorted, so that the text does not depend on the order the map happens to list them in
        List<String> supports = new ArrayList<>();
        for (Inference i : simpleInferences) {
            if (i.getConclusion() == s) {
                supports.add("  <+ " + ref(i.getPremises().get(0)));
            }
        }
        List<String> attacks = new ArrayList<>();
        for (Conflict c : map.getConflicts()) {
            // declared conflicts get a line too, so that Argdown shows them; the reader folds it back
            if (c.getTarget() == s) {
                for (Statement attacker : c.getAttackers()) {
                    if (attacker != s) {
                        attacks.add("  <- " + ref(attacker));
                    }
                }
            }
        }
        supports.stream().sorted().distinct().forEach(l -> out.append(l).append('\n'));
        attacks.stream().sorted().distinct().forEach(l -> out.append(l).append('\n'));
    }

    private void argument(Argument a) {
        out.append('\n');
        String title = argumentTitles.get(a);
        Map<String, Object> d = data();
        d.put("id", a.getId());
        if (!title.equals(a.getTitle())) {
            d.put("title", a.getTitle());
        }
        boolean descriptionInline = plainLine(a.getDescription());
        if (!descriptionInline && a.getDescription() != null) {
            d.put("description", a.getDescription());
        }
        put(d, "notes", a.getNotes());
        // a premise-conclusion structure names each statement once: convergent inferences into a
        // statement already in it are written after it, as blocks of their own that name the argument
        List<Inference> order = new ArrayList<>();
        List<Inference> apart = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        Set<Statement> named = new HashSet<>();
        for (Inference i : order(a.getInferences())) {
            if (!written.add(i)) {
                shared.add(i.getId());
            } else if (named.contains(i.getConclusion()) || i.getPremises().contains(i.getConclusion())) {
                apart.add(i);
            } else {
                order.add(i);
                named.addAll(i.getPremises());
                named.add(i.getConclusion());
            }
        }
        put(d, "shared", shared);
        List<Inference> asRead = new ArrayList<>(order);
        for (String id : shared) {
            asRead.add(a.getInferences().stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow());
        }
        asRead.addAll(apart);
        if (!asRead.equals(a.getInferences())) {
            // the reader would list them in the order written; say the map's own
            d.put("order", a.getInferences().stream().map(Element::getId).toList());
        }
        Statement last = order.isEmpty() ? null : order.get(order.size() - 1).getConclusion();
        if (a.getMainConclusion() != last) {
            d.put("conclusion", id(a.getMainConclusion()));
        }
        header("<" + escapeTitle(title, '>') + ">", descriptionInline ? escape(a.getDescription()) : null, d,
                order.isEmpty() ? null : order.get(order.size() - 1));
        if (!order.isEmpty()) {
            pcs(order);
        }
        for (Inference i : apart) {
            inferenceBlock(i, a);
        }
    }

    private void header(String head, String text, Map<String, Object> data, Inference main) {
        out.append(head);
        if (text != null) {
            out.append(": ").append(text);
        }
        out.append('\n').append("  ").append(YamlData.flow(data)).append('\n');
        if (main != null) {
            for (Conflict c : declaredConflicts) {
                if (c.getTarget() == main && c.getKind() == ConflictKind.UNDERCUT) {
                    for (Statement attacker : c.getAttackers()) {
                        out.append("  <_ ").append(ref(attacker)).append('\n');
                    }
                }
            }
        }
    }

    /** The inferences so that each comes after those whose conclusions it uses. */
    private static List<Inference> order(List<Inference> inferences) {
        List<Inference> ordered = new ArrayList<>();
        List<Inference> left = new ArrayList<>(inferences);
        while (!left.isEmpty()) {
            Inference next = null;
            for (Inference i : left) {
                boolean ready = true;
                for (Inference other : left) {
                    if (other != i && i.getPremises().contains(other.getConclusion())) {
                        ready = false;
                        break;
                    }
                }
                if (ready) {
                    next = i;
                    break;
                }
            }
            if (next == null) {
                next = left.get(0);
            }
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }

    private void pcs(List<Inference> order) {
        out.append('\n');
        List<Statement> steps = new ArrayList<>();
        int previousConclusion = 0;
        for (Inference i : order) {
            for (Statement p : i.getPremises()) {
                if (!steps.contains(p)) {
                    steps.add(p);
                    out.append('(').append(steps.size()).append(") ").append(ref(p)).append('\n');
                }
            }
            List<Statement> defaults = steps.subList(previousConclusion, steps.size());
            Map<String, Object> d = data();
            d.put("id", i.getId());
            if (!defaults.equals(i.getPremises())) {
                List<Object> uses = new ArrayList<>();
                for (Statement p : i.getPremises()) {
                    uses.add((long) steps.indexOf(p) + 1);
                }
                d.put("uses", uses);
            }
            put(d, "scheme", id(i.getScheme()));
            List<Map<String, Object>> questions = new ArrayList<>();
            for (CriticalQuestionUse use : i.getCriticalQuestions()) {
                Map<String, Object> qd = data();
                put(qd, "id", use.getId());
                put(qd, "question", id(use.getQuestion()));
                put(qd, "status", use.getStatus().getLiteral());
                put(qd, "by", id(use.getBy()));
                put(qd, "notes", use.getNotes());
                questions.add(qd);
            }
            put(d, "questions", questions);
            put(d, "notes", i.getNotes());
            String rule = i.getScheme() != null && plainLine(i.getScheme().getName()) && !i.getScheme().getName().contains(",")
                    ? escape(i.getScheme().getName()) + " " : "";
            out.append("-- ").append(rule).append(YamlData.flow(d)).append(" --\n");
            steps.add(i.getConclusion());
            previousConclusion = steps.size() - 1;
            out.append('(').append(steps.size()).append(") ").append(ref(i.getConclusion())).append('\n');
        }
    }

    private void inferenceBlock(Inference i, Argument of) {
        out.append('\n');
        Map<String, Object> d = data();
        d.put("inference", true);
        put(d, "argument", of == null ? null : of.getId());
        String base = titleLike(i.getId()) ? i.getId() : "Inference";
        String title = base;
        for (int n = 2; argumentNames.contains(title); n++) {
            title = base + " " + n;
        }
        argumentNames.add(title);
        header("<" + title + ">", null, d, i);
        pcs(List.of(i));
    }
}
