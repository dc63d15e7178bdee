// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapFileException;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Attackable;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Preference;
import org.disputatio.model.Rephrase;
import org.disputatio.model.Scheme;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.MalformedJsonException;

/**
 * AIF JSON, in AIFdb's shape ({@code nodes}, {@code edges}, {@code locutions}) and OVA3's
 * ({@code AIF} holding those, {@code OVA} with node positions). I-nodes are statements, RA
 * inferences (their scheme kept by name), CA conflicts (one on an RA is an undercut), MA
 * rephrases, PA preferences. Dialogue nodes (L, YA, TA) and their edges, which the map cannot
 * hold, are kept as AIF JSON in the map's notes and written back; timestamps and participants
 * are reported as not kept.
 */
public final class AifFormat {

    /** Marks the part of the map's notes that holds the dialogue nodes for writing back. */
    static final String DIALOGUE_MARK = "AIF dialogue (kept for export, not shown on the map): ";

    private static final ArgmapFactory MODEL = ArgmapFactory.eINSTANCE;
    private static final Set<String> ARGUMENT_TYPES = Set.of("I", "RA", "CA", "MA", "PA");
    private static final Set<String> DIALOGUE_TYPES = Set.of("L", "YA", "TA");

    private AifFormat() {
    }

    /**
     * Reads AIF JSON.
     *
     * @throws MapFileException with line and column for malformed JSON, or the node at fault
     */
    public static ImportedMap read(Path file, byte[] bytes) throws MapFileException {
        String text = ImportedMap.decode(file, bytes);
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException | StackOverflowError e) {
            throw located(file, text, e);
        }
        if (!root.isJsonObject()) {
            throw new MapFileException(file, 1, 1, "not AIF: the file must hold a JSON object with 'nodes' and 'edges'", null);
        }
        JsonObject top = root.getAsJsonObject();
        JsonObject aif = top.has("AIF") && top.get("AIF").isJsonObject() ? top.getAsJsonObject("AIF") : top;
        if (!aif.has("nodes") || !aif.get("nodes").isJsonArray() || !aif.has("edges") || !aif.get("edges").isJsonArray()) {
            throw new MapFileException(file, 1, 1, "not AIF: 'nodes' and 'edges' arrays were expected", null);
        }
        return new Reader(file).read(top, aif);
    }

    private static MapFileException located(Path file, String text, Throwable e) {
        if (e instanceof StackOverflowError) {
            return new MapFileException(file, 0, 0, "JSON nested too deeply to be AIF", null);
        }
        String message = e.getCause() instanceof MalformedJsonException m ? m.getMessage() : e.getMessage();
        int line = 0;
        int column = 0;
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("line (\\d+) column (\\d+)").matcher(message == null ? "" : message);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        String what = message == null ? "malformed JSON" : message.replaceAll("\\s*at line \\d+ column \\d+ path \\S*", "")
                .replaceAll("\\s*See https?://\\S+", "").strip();
        return new MapFileException(file, line, column, "malformed JSON: " + what, null);
    }

    private static final class Reader {
        final Path file;
        final ArgumentMap map = MODEL.createArgumentMap();
        final Identifiers ids = new Identifiers();
        final Map<String, String> types = new HashMap<>();
        final Map<String, Element> elements = new HashMap<>();
        final Map<String, List<String>> incoming = new HashMap<>();
        final Map<String, List<String>> outgoing = new HashMap<>();
        final List<String> notices = new ArrayList<>();

        Reader(Path file) {
            this.file = file;
        }

        MapFileException problem(String message) {
            return new MapFileException(file, 1, 1, message, null);
        }

        static String string(JsonObject o, String key) {
            JsonElement e = o.get(key);
            return e == null || e.isJsonNull() ? null : e.isJsonPrimitive() ? e.getAsString() : e.toString();
        }

        ImportedMap read(JsonObject top, JsonObject aif) throws MapFileException {
            map.setId("aif-map");
            ids.reserve("aif-map");
            if (top.has("text") && top.get("text").isJsonPrimitive()) {
                map.setDescription(top.get("text").getAsString());
            }
            JsonArray dialogueNodes = new JsonArray();
            JsonArray dialogueEdges = new JsonArray();
            int timestamps = 0;
            Map<String, JsonObject> nodes = new LinkedHashMap<>();
            for (JsonElement e : aif.getAsJsonArray("nodes")) {
                if (!e.isJsonObject()) {
                    throw problem("node " + (nodes.size() + 1) + " is not a JSON object");
                }
                JsonObject node = e.getAsJsonObject();
                String id = string(node, "nodeID");
                String type = string(node, "type");
                if (id == null || type == null) {
                    throw problem("node " + (nodes.size() + 1) + " lacks 'nodeID' or 'type'");
                }
                if (nodes.put(id, node) != null) {
                    throw problem("the nodeID '" + id + "' is given to two nodes");
                }
                types.put(id, type);
                if (node.has("timestamp")) {
                    timestamps++;
                }
                if (DIALOGUE_TYPES.contains(type)) {
                    dialogueNodes.add(node);
                } else if (!ARGUMENT_TYPES.contains(type)) {
                    throw problem("node '" + id + "' has the unknown type '" + type + "' (known: I, RA, CA, MA, PA, L, YA, TA)");
                }
            }
            for (JsonElement e : aif.getAsJsonArray("edges")) {
                if (!e.isJsonObject()) {
                    throw problem("an edge is not a JSON object");
                }
                JsonObject edge = e.getAsJsonObject();
                String from = string(edge, "fromID");
                String to = string(edge, "toID");
                if (from == null || to == null || !types.containsKey(from) || !types.containsKey(to)) {
                    throw problem("edge '" + string(edge, "edgeID") + "' joins nodes that are not in the file (" + from + " to " + to + ")");
                }
                if (DIALOGUE_TYPES.contains(types.get(from)) || DIALOGUE_TYPES.contains(types.get(to))) {
                    dialogueEdges.add(edge);
                } else {
                    outgoing.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
                    incoming.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
                }
            }
            for (JsonObject node : nodes.values()) {
                if ("I".equals(string(node, "type"))) {
                    Statement s = MODEL.createStatement();
                    s.setId(id(string(node, "nodeID")));
                    String text = string(node, "text");
                    s.setText(text);
                    s.setLabel(text == null ? null : text.length() <= 80 ? text : text.substring(0, 77).strip() + "…");
                    elements.put(string(node, "nodeID"), s);
                    map.getStatements().add(s);
                }
            }
            Set<String> premises = new HashSet<>();
            for (JsonObject node : nodes.values()) {
                if ("RA".equals(string(node, "type"))) {
                    readInference(node);
                }
            }
            map.getInferences().forEach(i -> i.getPremises().forEach(p -> premises.add(p.getId())));
            for (JsonObject node : nodes.values()) {
                String id = string(node, "nodeID");
                switch (string(node, "type")) {
                    case "CA" -> {
                        List<Statement> attackers = statementsOf(incoming.get(id), id);
                        Element target = single(outgoing.get(id), id);
                        Conflict c = MODEL.createConflict();
                        c.setId(id(id));
                        c.getAttackers().addAll(attackers);
                        c.setTarget((Attackable) target);
                        // our export names a kind that does not follow from the target in the node's text
                        ConflictKind named = ConflictKind.get(String.valueOf(string(node, "text")));
                        c.setKind(named != null && !(target instanceof Inference) ? named : target instanceof Inference ? ConflictKind.UNDERCUT
                                : premises.contains(target.getId()) ? ConflictKind.UNDERMINE : ConflictKind.REBUT);
                        map.getConflicts().add(c);
                        elements.put(id, c);
                    }
                    case "MA" -> {
                        Rephrase r = MODEL.createRephrase();
                        r.setId(id(id));
                        r.setOriginal(statementsOf(incoming.get(id), id).get(0));
                        r.setRestatement((Statement) statementTarget(id));
                        map.getRephrases().add(r);
                    }
                    case "PA" -> {
                        Preference p = MODEL.createPreference();
                        p.setId(id(id));
                        p.setPreferred((Attackable) single(incoming.get(id), id));
                        p.setDispreferred((Attackable) single(outgoing.get(id), id));
                        map.getPreferences().add(p);
                    }
                    default -> {
                    }
                }
            }
            if (!dialogueNodes.isEmpty()) {
                JsonObject kept = new JsonObject();
                kept.add("nodes", dialogueNodes);
                kept.add("edges", dialogueEdges);
                map.setNotes(DIALOGUE_MARK + kept);
            }
            if (timestamps > 0) {
                notices.add(timestamps + " node timestamp(s) not kept");
            }
            for (String key : List.of("locutions", "participants")) {
                if (aif.has(key) && aif.get(key).isJsonArray() && !aif.getAsJsonArray(key).isEmpty()) {
                    notices.add(aif.getAsJsonArray(key).size() + " " + key + " not kept");
                }
            }
            List<Diagram> diagrams = new ArrayList<>();
            if (top.has("OVA") && top.get("OVA").isJsonObject() && top.getAsJsonObject("OVA").has("nodes")) {
                diagrams.add(positions(top.getAsJsonObject("OVA").getAsJsonArray("nodes")));
            }
            return new ImportedMap(map, diagrams, List.copyOf(notices));
        }

        private String id(String nodeID) {
            String id = "aif-" + nodeID;
            if (!ids.reserve(id)) {
                return ids.make("aif", nodeID);
            }
            return id;
        }

        private void readInference(JsonObject node) throws MapFileException {
            String id = string(node, "nodeID");
            Inference inference = MODEL.createInference();
            inference.setId(id(id));
            // besides its premises, an RA-node is the target of the CA-nodes that undercut it
            List<String> premises = new ArrayList<>();
            for (String from : incoming.getOrDefault(id, List.of())) {
                if (!"CA".equals(types.get(from)) && !"PA".equals(types.get(from))) {
                    premises.add(from);
                }
            }
            inference.getPremises().addAll(statementsOf(premises, id));
            inference.setConclusion((Statement) statementTarget(id));
            String scheme = string(node, "scheme");
            if (scheme == null && node.has("text") && !"Default Inference".equals(string(node, "text"))) {
                scheme = string(node, "text");
            }
            if (scheme != null && !scheme.isBlank() && !"Default Inference".equals(scheme)) {
                inference.setScheme(scheme(scheme, string(node, "schemeID")));
            }
            map.getInferences().add(inference);
            elements.put(id, inference);
        }

        private Scheme scheme(String name, String schemeID) {
            for (Scheme s : map.getSchemes()) {
                if (name.equals(s.getName())) {
                    return s;
                }
            }
            Scheme s = MODEL.createScheme();
            s.setId(ids.make("scheme", schemeID != null ? schemeID + " " + name : name));
            s.setName(name);
            map.getSchemes().add(s);
            return s;
        }

        private List<Statement> statementsOf(List<String> from, String node) throws MapFileException {
            List<Statement> result = new ArrayList<>();
            for (String id : from == null ? List.<String>of() : from) {
                if (!(elements.get(id) instanceof Statement s)) {
                    throw problem(types.get(node) + " node '" + node + "' has an incoming edge from node '" + id
                            + "', which is not an I-node");
                }
                result.add(s);
            }
            if (result.isEmpty()) {
                throw problem(types.get(node) + " node '" + node + "' has no incoming edge from an I-node");
            }
            return result;
        }

        private Element statementTarget(String node) throws MapFileException {
            Element target = single(outgoing.get(node), node);
            if (!(target instanceof Statement)) {
                throw problem(types.get(node) + " node '" + node + "' must point at an I-node");
            }
            return target;
        }

        private Element single(List<String> to, String node) throws MapFileException {
            if (to == null || to.isEmpty()) {
                throw problem(types.get(node) + " node '" + node + "' has no outgoing edge");
            }
            if (to.size() > 1) {
                throw problem(types.get(node) + " node '" + node + "' has " + to.size() + " outgoing edges; AIF gives it one");
            }
            Element target = elements.get(to.get(0));
            if (target == null) {
                throw problem(types.get(node) + " node '" + node + "' points at node '" + to.get(0) + "', which is not an I- or RA-node");
            }
            return target;
        }

        private Diagram positions(JsonArray ovaNodes) {
            Diagram diagram = DiagramContents.wholeMap(map, "OVA");
            Map<Element, Shape> shapes = new HashMap<>();
            for (Shape shape : diagram.getShapes()) {
                shapes.put(shape.getElement(), shape);
            }
            for (JsonElement e : ovaNodes) {
                if (e.isJsonObject()) {
                    JsonObject o = e.getAsJsonObject();
                    Shape shape = shapes.get(elements.get(string(o, "nodeID")));
                    if (shape != null && o.has("x") && o.has("y") && o.get("x").isJsonPrimitive() && o.get("y").isJsonPrimitive()) {
                        try {
                            shape.setX(o.get("x").getAsDouble());
                            shape.setY(o.get("y").getAsDouble());
                            shape.setPinned(true);
                        } catch (NumberFormatException ex) {
                            notices.add("OVA position of node '" + string(o, "nodeID") + "' is not a number; not kept");
                        }
                    }
                }
            }
            return diagram;
        }
    }

    /** The map as AIF JSON: AIFdb's shape, or OVA3's when a diagram gives positions. */
    public static String write(ArgumentMap map, Diagram positions) {
        JsonArray nodes = new JsonArray();
        JsonArray edges = new JsonArray();
        int[] edge = { keptEdgeIds(map.getNotes()) };
        for (Statement s : map.getStatements()) {
            nodes.add(node(s, "I", s.getText() != null ? s.getText() : s.getLabel() == null ? "" : s.getLabel()));
        }
        for (Inference i : map.getInferences()) {
            JsonObject node = node(i, "RA", i.getScheme() == null ? "Default Inference" : i.getScheme().getName());
            if (i.getScheme() != null) {
                node.addProperty("scheme", i.getScheme().getName());
            }
            nodes.add(node);
            i.getPremises().forEach(p -> edges.add(edge(++edge[0], p, i)));
            edges.add(edge(++edge[0], i, i.getConclusion()));
        }
        Set<Statement> premises = new HashSet<>();
        map.getInferences().forEach(i -> premises.addAll(i.getPremises()));
        for (Conflict c : map.getConflicts()) {
            ConflictKind derived = c.getTarget() instanceof Inference ? ConflictKind.UNDERCUT
                    : premises.contains(c.getTarget()) ? ConflictKind.UNDERMINE : ConflictKind.REBUT;
            nodes.add(node(c, "CA", c.getKind() == derived ? "Default Conflict" : c.getKind().getLiteral()));
            c.getAttackers().forEach(a -> edges.add(edge(++edge[0], a, c)));
            edges.add(edge(++edge[0], c, (Element) c.getTarget()));
        }
        for (Rephrase r : map.getRephrases()) {
            nodes.add(node(r, "MA", "Default Rephrase"));
            edges.add(edge(++edge[0], r.getOriginal(), r));
            edges.add(edge(++edge[0], r, r.getRestatement()));
        }
        for (Preference p : map.getPreferences()) {
            nodes.add(node(p, "PA", "Default Preference"));
            edges.add(edge(++edge[0], (Element) p.getPreferred(), p));
            edges.add(edge(++edge[0], p, (Element) p.getDispreferred()));
        }
        String notes = map.getNotes();
        if (notes != null && notes.startsWith(DIALOGUE_MARK)) {
            try {
                JsonObject kept = JsonParser.parseString(notes.substring(DIALOGUE_MARK.length())).getAsJsonObject();
                kept.getAsJsonArray("nodes").forEach(nodes::add);
                kept.getAsJsonArray("edges").forEach(edges::add);
            } catch (RuntimeException e) {
                // notes edited by hand into something else: they stay notes only
            }
        }
        JsonObject aif = new JsonObject();
        aif.add("nodes", nodes);
        aif.add("edges", edges);
        aif.add("locutions", new JsonArray());
        JsonObject root = aif;
        if (positions != null) {
            JsonArray ova = new JsonArray();
            for (Shape shape : positions.getShapes()) {
                if (shape.getElement() instanceof Statement || shape.getElement() instanceof Inference || shape.getElement() instanceof Conflict) {
                    JsonObject o = new JsonObject();
                    o.addProperty("nodeID", nodeId(shape.getElement()));
                    o.add("x", new JsonPrimitive(shape.getX()));
                    o.add("y", new JsonPrimitive(shape.getY()));
                    ova.add(o);
                }
            }
            root = new JsonObject();
            root.add("AIF", aif);
            JsonObject ovaObject = new JsonObject();
            ovaObject.add("nodes", ova);
            root.add("OVA", ovaObject);
            if (map.getDescription() != null) {
                root.addProperty("text", map.getDescription());
            }
        }
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();
        return gson.toJson(root) + "\n";
    }

    /** The largest numeric edge id among the kept dialogue edges, so that new ones do not clash. */
    private static int keptEdgeIds(String notes) {
        int max = 0;
        if (notes != null && notes.startsWith(DIALOGUE_MARK)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"edgeID\":\"?(\\d{1,9})").matcher(notes);
            while (m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max;
    }

    private static String nodeId(Element element) {
        String id = element.getId();
        return id.startsWith("aif-") ? id.substring(4) : id;
    }

    private static JsonObject node(Element element, String type, String text) {
        JsonObject node = new JsonObject();
        node.addProperty("nodeID", nodeId(element));
        node.addProperty("text", text);
        node.addProperty("type", type);
        return node;
    }

    private static JsonObject edge(int id, Element from, Element to) {
        JsonObject edge = new JsonObject();
        edge.addProperty("edgeID", String.valueOf(id));
        edge.addProperty("fromID", nodeId(from));
        edge.addProperty("toID", nodeId(to));
        return edge;
    }
}
