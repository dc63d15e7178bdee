// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.disputatio.interchange.ArgdownDocument.ArgumentNode;
import org.disputatio.interchange.ArgdownDocument.Member;
import org.disputatio.interchange.ArgdownDocument.Relation;
import org.disputatio.interchange.ArgdownDocument.RelationType;
import org.disputatio.interchange.ArgdownDocument.StatementClass;
import org.disputatio.interchange.ArgdownDocument.Step;
import org.disputatio.model.Actor;
import org.disputatio.model.ActorKind;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.Argument;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Attackable;
import org.disputatio.model.Citation;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.CriticalQuestion;
import org.disputatio.model.CriticalQuestionUse;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Preference;
import org.disputatio.model.QuestionStatus;
import org.disputatio.model.Rephrase;
import org.disputatio.model.Scheme;
import org.disputatio.model.Source;
import org.disputatio.model.Author;
import org.disputatio.model.edit.provider.AuthorNames;
import org.disputatio.model.SourceKind;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;

/**
 * Turns an {@link ArgdownDocument} into a map, as ARGUMENT-MODEL.md says: an argument with a
 * premise-conclusion structure becomes an Argument with its inferences; relations of arguments
 * become relations of their conclusions; attacks become conflicts (an attack on a premise
 * undermines it), contraries and contradictories conflicts of those kinds; an equivalence
 * class one statement. What our own writer puts into data ({@link ArgdownWriter}) is read back.
 */
final class ArgdownImport {

    /** A problem with what the data says, reported with the place of the element. */
    static final class DataProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        DataProblem(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private static final ArgmapFactory MODEL = ArgmapFactory.eINSTANCE;

    private final ArgdownDocument doc;
    private final ArgumentMap map = MODEL.createArgumentMap();
    private final Identifiers ids = new Identifiers();
    private final Map<String, Element> byId = new HashMap<>();
    private final Map<String, Statement> statements = new HashMap<>();
    private final Map<String, Argument> arguments = new HashMap<>();
    /** For each argument node, the inference that concludes its last statement. */
    private final Map<String, Inference> mainInference = new HashMap<>();
    private final List<String> notices = new ArrayList<>();
    private final List<Map<String, Object>> declaredConflicts = new ArrayList<>();

    private ArgdownImport(ArgdownDocument doc) {
        this.doc = doc;
    }

    static ImportedMap toMap(ArgdownDocument doc) throws DataProblem {
        ArgdownImport im = new ArgdownImport(doc);
        im.run();
        return new ImportedMap(im.map, List.of(), List.copyOf(im.notices));
    }

    private void run() throws DataProblem {
        Map<String, Object> front = doc.frontMatter;
        Map<String, Object> ours = mapOf(front.get("disputatio"), 1, 1, "disputatio");
        reserveDeclaredIds(ours);
        map.setId(string(ours, "id") != null ? string(ours, "id") : ids.make("map", string(front, "title")));
        ids.reserve(map.getId());
        map.setTitle(string(front, "title"));
        map.setDescription(string(front, "description"));
        map.setNotes(string(ours, "notes"));
        for (Object o : list(ours.get("sources"))) {
            readSource(mapOf(o, 1, 1, "a source"));
        }
        for (Object o : list(ours.get("actors"))) {
            readActor(mapOf(o, 1, 1, "an actor"));
        }
        for (Object o : list(ours.get("schemes"))) {
            readScheme(mapOf(o, 1, 1, "a scheme"));
        }
        // in the order of their definitions, not of their first mention
        List<StatementClass> byDefinition = new ArrayList<>(doc.statements.values());
        byDefinition.sort(java.util.Comparator.comparingLong(s -> s.members.isEmpty() ? position(s.line, s.column)
                : position(s.members.get(0).line(), s.members.get(0).column())));
        for (StatementClass s : byDefinition) {
            readStatement(s);
        }
        List<ArgumentNode> argumentsByDefinition = new ArrayList<>(doc.arguments.values());
        argumentsByDefinition.sort(java.util.Comparator.comparingLong(a -> a.descriptions.isEmpty() ? position(a.line, a.column)
                : position(a.descriptions.get(0).line(), a.descriptions.get(0).column())));
        for (ArgumentNode a : argumentsByDefinition) {
            readArgument(a);
        }
        for (Object o : list(ours.get("conflicts"))) {
            declaredConflicts.add(mapOf(o, 1, 1, "a conflict"));
        }
        readRelations();
        for (Map<String, Object> c : declaredConflicts) {
            readDeclaredConflict(c);
        }
        for (Object o : list(ours.get("preferences"))) {
            Map<String, Object> p = mapOf(o, 1, 1, "a preference");
            Preference preference = MODEL.createPreference();
            preference.setId(declaredId(p, "preference", "preference"));
            preference.setPreferred(attackable(p, "preferred"));
            preference.setDispreferred(attackable(p, "dispreferred"));
            preference.setNotes(string(p, "notes"));
            map.getPreferences().add(preference);
        }
        for (Object o : list(ours.get("rephrases"))) {
            Map<String, Object> r = mapOf(o, 1, 1, "a rephrase");
            Rephrase rephrase = MODEL.createRephrase();
            rephrase.setId(declaredId(r, "rephrase", "rephrase"));
            rephrase.setOriginal(reference(r, "original", Statement.class));
            rephrase.setRestatement(reference(r, "restatement", Statement.class));
            rephrase.setNotes(string(r, "notes"));
            map.getRephrases().add(rephrase);
        }
        resolveQuestionUses();
        for (var e : sharedList) {
            e.getKey().getInferences().add(lookup(e.getValue(), Inference.class, 1, 1));
        }
        for (var e : laterMembers.entrySet()) {
            lookup(e.getValue(), Argument.class, 1, 1).getInferences().addAll(e.getKey());
        }
        for (var e : orders.entrySet()) {
            List<Inference> ordered = new ArrayList<>();
            for (Object id : e.getValue()) {
                ordered.add(lookup(String.valueOf(id), Inference.class, 1, 1));
            }
            if (!new HashSet<>(ordered).equals(new HashSet<>(e.getKey().getInferences()))) {
                throw new DataProblem(1, 1, "the 'order' of argument '" + e.getKey().getId() + "' does not list its inferences");
            }
            e.getKey().getInferences().clear();
            e.getKey().getInferences().addAll(ordered);
        }
        if (!doc.sections.isEmpty()) {
            notices.add(doc.sections.size() + " heading(s) not kept: the map has no sections");
        }
        Set<String> ignored = new LinkedHashSet<>(front.keySet());
        ignored.removeAll(Set.of("title", "description", "disputatio"));
        if (!ignored.isEmpty()) {
            notices.add("front matter settings not kept: " + String.join(", ", ignored));
        }
        notices.addAll(doc.warnings);
    }

    private static long position(int line, int column) {
        return (long) line << 32 | column;
    }

    private void reserveDeclaredIds(Map<String, Object> ours) {
        for (String key : List.of("sources", "actors", "schemes", "conflicts", "preferences", "rephrases")) {
            for (Object o : list(ours.get(key))) {
                if (o instanceof Map<?, ?> m && m.get("id") instanceof String id) {
                    ids.reserve(id);
                }
            }
        }
        for (StatementClass s : doc.statements.values()) {
            for (Member m : s.members) {
                if (m.data() != null && m.data().get("id") instanceof String id) {
                    ids.reserve(id);
                }
            }
        }
        for (ArgumentNode a : doc.arguments.values()) {
            for (Member m : a.descriptions) {
                if (m.data() != null && m.data().get("id") instanceof String id) {
                    ids.reserve(id);
                }
            }
            for (Step step : a.pcs) {
                if (step.inference() != null && step.inference().data() != null && step.inference().data().get("id") instanceof String id) {
                    ids.reserve(id);
                }
            }
        }
    }

    private String declaredId(Map<String, Object> data, String prefix, String name) {
        String id = string(data, "id");
        if (id == null) {
            id = ids.make(prefix, name);
        }
        return register(id, null);
    }

    private String register(String id, Element element) {
        if (element != null) {
            byId.put(id, element);
        }
        return id;
    }

    private <T extends Element> T put(T element) throws DataProblem {
        if (byId.containsKey(element.getId())) {
            throw new DataProblem(1, 1, "the identifier '" + element.getId() + "' is given to two elements");
        }
        byId.put(element.getId(), element);
        return element;
    }

    private void readSource(Map<String, Object> s) throws DataProblem {
        Source source = MODEL.createSource();
        source.setId(declaredId(s, "source", string(s, "title")));
        source.setTitle(string(s, "title"));
        for (Object author : list(s.get("authors"))) {
            Author parsed = AuthorNames.parse(String.valueOf(author));
            if (parsed != null) {
                source.getAuthors().add(parsed);
            }
        }
        for (Object index : list(s.get("familyFirst"))) {
            if (index instanceof Number i && i.intValue() >= 0 && i.intValue() < source.getAuthors().size()) {
                source.getAuthors().get(i.intValue()).setFamilyFirst(true);
            }
        }
        if (s.get("year") instanceof Number year) {
            source.setYear(year.intValue());
        }
        source.setYearSuffix(string(s, "yearSuffix"));
        source.setVenue(string(s, "venue"));
        source.setUrl(string(s, "url"));
        source.setDoi(string(s, "doi"));
        source.setNotes(string(s, "notes"));
        if (string(s, "kind") != null) {
            SourceKind kind = SourceKind.get(string(s, "kind"));
            if (kind == null) {
                throw new DataProblem(1, 1, "unknown source kind '" + string(s, "kind") + "'; known: " + SourceKind.VALUES);
            }
            source.setKind(kind);
        }
        map.getSources().add(put(source));
    }

    private void readActor(Map<String, Object> a) throws DataProblem {
        Actor actor = MODEL.createActor();
        actor.setId(declaredId(a, "actor", string(a, "name")));
        actor.setName(string(a, "name"));
        actor.setDescription(string(a, "description"));
        actor.setNotes(string(a, "notes"));
        if (string(a, "kind") != null) {
            ActorKind kind = ActorKind.get(string(a, "kind"));
            if (kind == null) {
                throw new DataProblem(1, 1, "unknown actor kind '" + string(a, "kind") + "'; known: " + ActorKind.VALUES);
            }
            actor.setKind(kind);
        }
        map.getActors().add(put(actor));
    }

    private void readScheme(Map<String, Object> s) throws DataProblem {
        Scheme scheme = MODEL.createScheme();
        scheme.setId(declaredId(s, "scheme", string(s, "name")));
        scheme.setName(string(s, "name"));
        scheme.setDescription(string(s, "description"));
        scheme.setNotes(string(s, "notes"));
        for (Object o : list(s.get("questions"))) {
            Map<String, Object> q = mapOf(o, 1, 1, "a critical question");
            CriticalQuestion question = MODEL.createCriticalQuestion();
            question.setId(declaredId(q, "question", string(q, "text")));
            question.setText(string(q, "text"));
            question.setNotes(string(q, "notes"));
            scheme.getCriticalQuestions().add(put(question));
        }
        map.getSchemes().add(put(scheme));
    }

    private Scheme schemeNamed(String name) throws DataProblem {
        for (Scheme s : map.getSchemes()) {
            if (name.equals(s.getName())) {
                return s;
            }
        }
        Scheme scheme = MODEL.createScheme();
        scheme.setId(ids.make("scheme", name));
        scheme.setName(name);
        map.getSchemes().add(put(scheme));
        return scheme;
    }

    private static Map<String, Object> data(List<Member> members) {
        Map<String, Object> merged = new HashMap<>();
        for (Member m : members) {
            if (m.data() != null) {
                m.data().forEach(merged::putIfAbsent);
            }
        }
        return merged;
    }

    private void readStatement(StatementClass s) throws DataProblem {
        Map<String, Object> data = data(s.members);
        Statement statement = MODEL.createStatement();
        String id = string(data, "id");
        statement.setId(id != null ? id : ids.make("statement", s.untitled ? s.text() : s.title));
        String kind = string(data, "kind");
        if (kind != null) {
            StatementKind k = StatementKind.get(kind);
            if (k == null) {
                throw new DataProblem(s.line, s.column, "unknown statement kind '" + kind + "' (claim, evidence or rebuttal)");
            }
            statement.setKind(k);
        }
        statement.setLabel(data.containsKey("label") ? string(data, "label") : s.untitled ? null : s.title);
        List<String> texts = new ArrayList<>();
        for (Member m : s.members) {
            if (!m.plain().isEmpty() && !texts.contains(m.plain())) {
                texts.add(m.plain());
            }
        }
        statement.setText(data.containsKey("text") ? string(data, "text") : texts.isEmpty() ? null : texts.get(0));
        String notes = string(data, "notes");
        if (texts.size() > 1 && !data.containsKey("text")) {
            // an equivalence class: one statement, the other members' texts kept with it
            String also = "Also stated as: " + String.join(" | ", texts.subList(1, texts.size()));
            notes = notes == null ? also : notes + "\n" + also;
        }
        statement.setNotes(notes);
        statement.setQuote(string(data, "quote"));
        statement.setLocator(string(data, "locator"));
        if (data.containsKey("tags")) {
            for (Object tag : list(data.get("tags"))) {
                statement.getTags().add(String.valueOf(tag));
            }
        } else {
            for (Member m : s.members) {
                for (String tag : m.tags()) {
                    if (!statement.getTags().contains(tag)) {
                        statement.getTags().add(tag);
                    }
                }
            }
        }
        if (string(data, "source") != null) {
            statement.setSource(lookup(string(data, "source"), Source.class, s.line, s.column));
        }
        if (string(data, "proponent") != null) {
            statement.setProponent(lookup(string(data, "proponent"), Actor.class, s.line, s.column));
        }
        for (Object o : list(data.get("citations"))) {
            Map<String, Object> c = mapOf(o, s.line, s.column, "a citation");
            Citation citation = MODEL.createCitation();
            citation.setId(declaredId(c, "citation", statement.getId()));
            citation.setWork(lookup(string(c, "work"), Source.class, s.line, s.column));
            citation.setLocator(string(c, "locator"));
            citation.setNotes(string(c, "notes"));
            statement.getCitations().add(put(citation));
        }
        map.getStatements().add(put(statement));
        statements.put(s.title, statement);
    }

    private <T> T lookup(String id, Class<T> type, int line, int column) throws DataProblem {
        Element element = byId.get(id);
        if (!type.isInstance(element)) {
            throw new DataProblem(line, column, "'" + id + "' is not the identifier of a " + type.getSimpleName().toLowerCase()
                    + " in the front matter");
        }
        return type.cast(element);
    }

    private void readArgument(ArgumentNode a) throws DataProblem {
        Map<String, Object> data = data(a.descriptions);
        boolean inferenceOnly = Boolean.TRUE.equals(data.get("inference"));
        List<Inference> inferences = new ArrayList<>();
        int previousConclusion = 0;
        for (int k = 0; k < a.pcs.size(); k++) {
            Step step = a.pcs.get(k);
            if (step.inference() == null) {
                continue;
            }
            Map<String, Object> inferenceData = step.inference().data() == null ? Map.of() : step.inference().data();
            List<Statement> premises = new ArrayList<>();
            if (inferenceData.containsKey("uses")) {
                for (Object n : list(inferenceData.get("uses"))) {
                    Step used = a.pcs.stream().filter(p -> n instanceof Number num && p.number() == num.intValue()).findFirst()
                            .orElseThrow(() -> new DataProblem(step.inference().line(), step.inference().column(),
                                    "'uses' names statement (" + n + "), which is not in the argument"));
                    premises.add(statements.get(used.title()));
                }
            } else {
                for (int p = previousConclusion; p < k; p++) {
                    premises.add(statements.get(a.pcs.get(p).title()));
                }
            }
            previousConclusion = k;
            Inference inference = MODEL.createInference();
            String id = string(inferenceData, "id");
            inference.setId(id != null ? id : ids.make("inference", a.title + " " + step.number()));
            inference.getPremises().addAll(premises);
            inference.setConclusion(statements.get(step.title()));
            if (string(inferenceData, "scheme") != null) {
                inference.setScheme(lookup(string(inferenceData, "scheme"), Scheme.class, step.line(), step.column()));
            } else if (!step.inference().rules().isEmpty()) {
                inference.setScheme(schemeNamed(String.join(", ", step.inference().rules())));
            }
            inference.setNotes(string(inferenceData, "notes"));
            for (Object o : list(inferenceData.get("questions"))) {
                Map<String, Object> q = mapOf(o, step.line(), step.column(), "a critical question use");
                CriticalQuestionUse use = MODEL.createCriticalQuestionUse();
                use.setId(declaredId(q, "question-use", inference.getId()));
                use.setQuestion(lookup(string(q, "question"), CriticalQuestion.class, step.line(), step.column()));
                if (string(q, "status") != null) {
                    use.setStatus(QuestionStatus.get(string(q, "status")));
                }
                pendingUses.put(use, string(q, "by"));
                use.setNotes(string(q, "notes"));
                inference.getCriticalQuestions().add(put(use));
            }
            map.getInferences().add(put(inference));
            inferences.add(inference);
        }
        if (!inferences.isEmpty()) {
            mainInference.put(a.title, inferences.get(inferences.size() - 1));
        }
        if (inferenceOnly) {
            if (string(data, "argument") != null) {
                laterMembers.put(inferences, string(data, "argument"));
            }
            return;
        }
        Argument argument = MODEL.createArgument();
        String id = string(data, "id");
        argument.setId(id != null ? id : ids.make("argument", a.title));
        argument.setTitle(data.containsKey("title") ? string(data, "title") : a.untitled ? null : a.title);
        String description = a.descriptions.stream().map(Member::plain).filter(t -> !t.isEmpty()).findFirst().orElse(null);
        argument.setDescription(data.containsKey("description") ? string(data, "description") : description);
        argument.setNotes(string(data, "notes"));
        argument.getInferences().addAll(inferences);
        for (Object shared : list(data.get("shared"))) {
            sharedList.add(Map.entry(argument, String.valueOf(shared)));
        }
        if (data.containsKey("order")) {
            orders.put(argument, list(data.get("order")));
        }
        if (string(data, "conclusion") != null) {
            argument.setMainConclusion(lookup(string(data, "conclusion"), Statement.class, a.line, a.column));
        } else if (!a.pcs.isEmpty()) {
            argument.setMainConclusion(statements.get(a.pcs.get(a.pcs.size() - 1).title()));
        } else if (data.containsKey("conclusion")) {
            argument.setMainConclusion(null);
        } else {
            // Argdown's sketched argument: its description stands for what it argues
            Statement standIn = MODEL.createStatement();
            standIn.setId(ids.make("statement", a.title));
            standIn.setLabel(a.untitled ? null : a.title);
            standIn.setText(description);
            map.getStatements().add(put(standIn));
            argument.setMainConclusion(standIn);
        }
        map.getArguments().add(put(argument));
        arguments.put(a.title, argument);
    }

    private final Map<CriticalQuestionUse, String> pendingUses = new HashMap<>();
    /** Inferences of an argument written after its structure (convergent ones), by argument id. */
    private final Map<List<Inference>, String> laterMembers = new java.util.LinkedHashMap<>();
    /** Inferences an argument shares with one written before it. */
    private final List<Map.Entry<Argument, String>> sharedList = new ArrayList<>();
    private final Map<Argument, List<?>> orders = new java.util.LinkedHashMap<>();


    private void resolveQuestionUses() throws DataProblem {
        for (var e : pendingUses.entrySet()) {
            if (e.getValue() != null) {
                e.getKey().setBy(lookup(e.getValue(), Element.class, 1, 1));
            }
        }
    }

    private Statement statementOf(String title, boolean argument, Relation r) throws DataProblem {
        if (!argument) {
            return statements.get(title);
        }
        Argument a = arguments.get(title);
        if (a != null && a.getMainConclusion() != null) {
            return a.getMainConclusion();
        }
        Inference main = mainInference.get(title);
        if (main != null) {
            return main.getConclusion();
        }
        throw new DataProblem(r.line(), r.column(), "<" + title + "> has no conclusion to relate");
    }

    private void readRelations() throws DataProblem {
        Set<String> premises = new HashSet<>();
        for (Inference i : map.getInferences()) {
            i.getPremises().forEach(p -> premises.add(p.getId()));
        }
        Set<String> seen = new HashSet<>();
        for (Relation r : doc.relations) {
            if (r.type() == RelationType.SUPPORT || r.type() == RelationType.ENTAILS) {
                premises.add(statementOf(r.from(), r.fromArgument(), r).getId());
            }
        }
        for (Relation r : doc.relations) {
            Statement from = statementOf(r.from(), r.fromArgument(), r);
            switch (r.type()) {
                case SUPPORT, ENTAILS -> {
                    Statement to = statementOf(r.to(), r.toArgument(), r);
                    if (from == to) {
                        notices.add(r.line() + ":" + r.column() + ": a statement supporting itself is not kept");
                    } else if (seen.add("support " + from.getId() + " " + to.getId())) {
                        Inference inference = MODEL.createInference();
                        inference.setId(ids.make("inference", from.getId() + " " + to.getId()));
                        inference.getPremises().add(from);
                        inference.setConclusion(to);
                        map.getInferences().add(put(inference));
                    }
                }
                case ATTACK, CONTRARY, CONTRADICTORY -> {
                    Statement to = statementOf(r.to(), r.toArgument(), r);
                    ConflictKind kind = r.type() == RelationType.CONTRARY ? ConflictKind.CONTRARY
                            : r.type() == RelationType.CONTRADICTORY ? ConflictKind.CONTRADICTORY
                            : premises.contains(to.getId()) ? ConflictKind.UNDERMINE : ConflictKind.REBUT;
                    if (!declared(from, to, kind) && seen.add(kind + " " + from.getId() + " " + to.getId())) {
                        addConflict(ids.make("conflict", from.getId() + " " + to.getId()), kind, List.of(from), to);
                    }
                }
                case UNDERCUT -> {
                    Inference target = mainInference.get(r.to());
                    if (target == null) {
                        Statement to = statementOf(r.to(), true, r);
                        notices.add(r.line() + ":" + r.column() + ": <" + r.to()
                                + "> has no premise-conclusion structure, so its undercut is kept as an attack on its conclusion");
                        if (seen.add("rebut " + from.getId() + " " + to.getId())) {
                            addConflict(ids.make("conflict", from.getId() + " " + to.getId()), ConflictKind.REBUT, List.of(from), to);
                        }
                    } else if (!declared(from, target, ConflictKind.UNDERCUT) && seen.add("undercut " + from.getId() + " " + target.getId())) {
                        addConflict(ids.make("conflict", from.getId() + " " + target.getId()), ConflictKind.UNDERCUT, List.of(from), target);
                    }
                }
            }
        }
    }

    /** Whether a conflict declared in the front matter already says this (its relation line is then only for Argdown's eyes). */
    private boolean declared(Statement attacker, Attackable target, ConflictKind kind) {
        for (Map<String, Object> c : declaredConflicts) {
            if (Objects.equals(string(c, "target"), ((Element) target).getId())
                    && list(c.get("attackers")).contains(attacker.getId())) {
                return true;
            }
        }
        return false;
    }

    private void addConflict(String id, ConflictKind kind, List<Statement> attackers, Attackable target) throws DataProblem {
        Conflict conflict = MODEL.createConflict();
        conflict.setId(id);
        conflict.setKind(kind);
        conflict.getAttackers().addAll(attackers);
        conflict.setTarget(target);
        map.getConflicts().add(put(conflict));
    }

    private void readDeclaredConflict(Map<String, Object> c) throws DataProblem {
        List<Statement> attackers = new ArrayList<>();
        for (Object a : list(c.get("attackers"))) {
            attackers.add(lookup(String.valueOf(a), Statement.class, 1, 1));
        }
        ConflictKind kind = ConflictKind.get(Objects.requireNonNullElse(string(c, "kind"), "rebut"));
        if (kind == null) {
            throw new DataProblem(1, 1, "unknown conflict kind '" + string(c, "kind") + "'");
        }
        Conflict conflict = MODEL.createConflict();
        conflict.setId(declaredId(c, "conflict", "conflict"));
        conflict.setKind(kind);
        conflict.getAttackers().addAll(attackers);
        conflict.setTarget(attackable(c, "target"));
        conflict.setNotes(string(c, "notes"));
        map.getConflicts().add(put(conflict));
    }

    private Attackable attackable(Map<String, Object> data, String key) throws DataProblem {
        return reference(data, key, Attackable.class);
    }

    private <T> T reference(Map<String, Object> data, String key, Class<T> type) throws DataProblem {
        String id = string(data, key);
        if (id == null) {
            throw new DataProblem(1, 1, "front matter: '" + key + "' is missing");
        }
        return lookup(id, type, 1, 1);
    }

    static String string(Map<String, Object> data, String key) {
        Object value = data.get(key);
        return value == null ? null : value instanceof Double d && d == Math.rint(d) ? String.valueOf(d) : String.valueOf(value);
    }

    static List<?> list(Object value) {
        return value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOf(Object value, int line, int column, String what) throws DataProblem {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new DataProblem(line, column, what + " must be given as a mapping {key: value, ...}");
        }
        return (Map<String, Object>) value;
    }
}
