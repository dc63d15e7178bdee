// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.resource;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

import org.disputatio.model.resource.MapReader.Kind;
import org.disputatio.model.resource.MapReader.Slot;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.xml.sax.SAXException;

/**
 * Reads the bytes of a map as Disputatio saves it, without an XML parser under it, into the
 * same {@link MapReader} the SAX route feeds: names are matched as bytes against the names met
 * before, decimals are read where they are, and strings are made only for the values that are
 * strings. It knows exactly the XML Disputatio writes: UTF-8 after the declaration
 * {@code <?xml version="1.0" encoding="UTF-8"?>}, elements, attributes in double quotes with no
 * space around their {@code =}, namespaces declared on the first element only, the five
 * predefined entities and character references, text only inside an element of a many-valued
 * attribute, white space (spaces, tabs, line feeds) between elements. It declines everything
 * else, and every input that is not well-formed XML, at once (a byte-order mark, another
 * encoding or XML version, a carriage return, a comment, a processing instruction, CDATA, a
 * DOCTYPE, a byte that is not UTF-8, a character XML forbids, a tag closed by another name or not
 * at all, an attribute twice, a {@code <} or a bare {@code &} in a value, {@code ]]>} in a text,
 * anything after the last element); then the resource gives the same bytes to the SAX route,
 * so every refusal, its message, line and column are the SAX route's. {@code SavedMapBytesTest}
 * holds it to that route on the examples, synthetic and random maps and mutated files.
 */
final class SavedMapBytes {

    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XMI_WRAPPER = "xmi:XMI".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XMI_VERSION = "xmi:version".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XMLNS = "xmlns".getBytes(StandardCharsets.US_ASCII);

    /** The names met on elements of one class, as bytes, and what they are. */
    private static final class Names {
        byte[][] names = new byte[8][];
        Slot[] slots = new Slot[8];
        int size;
        /** Where to look first: after the name found last (elements give their names in one order). */
        int next;
    }

    private final byte[] b;
    private final int end;
    private int i;
    private final MapReader reader;

    /** The prefixes the first element declares, and their namespaces. */
    private byte[][] prefixes = new byte[4][];
    private String[] namespaces = new String[4];
    private int prefixCount;

    /** The open elements: the object (null for {@code xmi:XMI}) and where its name is. */
    private EObject[] open = new EObject[16];
    private int[] nameFrom = new int[16];
    private int[] nameTo = new int[16];
    private int depth;

    /** The start tag read last: its attributes' names and values, where they are in the bytes. */
    private int attributeCount;
    private int[] attributeNameFrom = new int[8];
    private int[] attributeNameTo = new int[8];
    private int[] valueFrom = new int[8];
    private int[] valueTo = new int[8];
    /** Per attribute: whether its value holds a reference ({@code &}) or a byte above ASCII. */
    private boolean[] valueReferences = new boolean[8];
    private boolean[] valueAboveAscii = new boolean[8];
    /** The same of the text read last. */
    private boolean textReferences;
    private boolean textAboveAscii;
    /** The same of the characters {@link #characters} read last. */
    private boolean scannedReferences;
    private boolean scannedAboveAscii;

    private final Map<EClass, Names> names = new IdentityHashMap<>();
    private EClass lastClass;
    private Names lastNames;

    private SavedMapBytes(MapReader reader, byte[] bytes, int length) {
        this.reader = reader;
        this.b = bytes;
        this.end = length;
    }

    /**
     * What the bytes hold, read whole and their references set, not yet attached to the
     * resource; null when they are not exactly what Disputatio writes (what was made is then
     * dropped).
     */
    static MapReader read(ArgumentMapResource resource, byte[] bytes, int length) {
        // An ID every 80 bytes or so in a laid-out map.
        MapReader reader = new MapReader(resource, length / 80);
        try {
            new SavedMapBytes(reader, bytes, length).document();
        } catch (SAXException | RuntimeException e) {
            return null;
        }
        return reader;
    }

    private static SAXException declined() {
        return MapReader.LEFT;
    }

    private void document() throws SAXException {
        if (end < DECLARATION.length || !equal(0, DECLARATION.length, DECLARATION)) {
            throw declined();
        }
        i = DECLARATION.length;
        reader.header("UTF-8", "1.0");
        whiteSpace();
        do {
            if (i + 1 >= end || b[i] != '<') {
                throw declined();
            }
            if (b[i + 1] == '/') {
                endTag();
            } else {
                startTag();
            }
            if (depth > 0) {
                whiteSpace();
            }
        } while (depth > 0);
        whiteSpace();
        if (i != end) {
            throw declined();
        }
        reader.finish();
    }

    /** Spaces, tabs and line feeds; a carriage return (which XML turns into a line feed) is declined where it is met. */
    private void whiteSpace() {
        while (i < end && (b[i] == ' ' || b[i] == '\n' || b[i] == '\t')) {
            i++;
        }
    }

    /** A name of ASCII letters, digits, {@code _ . -} and at most one inner colon; the index after it. */
    private int name(int from) throws SAXException {
        int j = from;
        if (j >= end || !isNameStart(b[j])) {
            throw declined();
        }
        boolean colon = false;
        for (j++; j < end; j++) {
            byte c = b[j];
            if (c == ':') {
                if (colon || j + 1 >= end || !isNameStart(b[j + 1])) {
                    throw declined();
                }
                colon = true;
            } else if (!isNameStart(c) && !(c >= '0' && c <= '9') && c != '.' && c != '-') {
                break;
            }
        }
        return j;
    }

    private static boolean isNameStart(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private void startTag() throws SAXException {
        int from = i + 1;
        int to = name(from);
        i = to;
        attributeCount = 0;
        boolean empty;
        for (;;) {
            int before = i;
            whiteSpace();
            if (i >= end) {
                throw declined();
            }
            byte c = b[i];
            if (c == '>') {
                i++;
                empty = false;
                break;
            }
            if (c == '/') {
                if (i + 1 >= end || b[i + 1] != '>') {
                    throw declined();
                }
                i += 2;
                empty = true;
                break;
            }
            if (i == before) {
                throw declined();
            }
            attribute();
        }
        EObject parent = depth == 0 ? null : open[depth - 1];
        if (depth == 0) {
            declarations();
            if (equal(from, to, XMI_WRAPPER) && MapReader.XMI_URI.equals(namespace(from, from + 3))) {
                for (int a = 0; a < attributeCount; a++) {
                    if (!isDeclaration(a) && !isXmiVersion(a)) {
                        throw declined();
                    }
                }
                push(null, from, to, empty);
                return;
            }
        } else if (attributeCount > 0) {
            for (int a = 0; a < attributeCount; a++) {
                if (isDeclaration(a)) {
                    throw declined();
                }
            }
        }
        if (parent == null) {
            // A root: a class of a registered package, by its prefix; once in xmi:XMI, or alone.
            int colon = colon(from, to);
            String namespace = colon < 0 ? null : namespace(from, colon);
            if (namespace == null) {
                throw declined();
            }
            EObject root = reader.topObject(namespace, new String(b, colon + 1, to - colon - 1, StandardCharsets.ISO_8859_1));
            reader.root(root);
            attributes(root, true);
            push(root, from, to, empty);
            return;
        }
        if (colon(from, to) >= 0) {
            throw declined();
        }
        Slot slot = slot(parent.eClass(), from, to);
        switch (slot.kind()) {
        case CHILD, CHILDREN -> {
            EObject child = reader.child(parent, slot);
            attributes(child, false);
            push(child, from, to, empty);
        }
        case VALUES -> {
            if (attributeCount != 0 || empty) {
                throw declined();
            }
            // The value's text, then its end tag: nothing else may be inside.
            int textFrom = i;
            int textTo = text();
            if (textTo == textFrom) {
                throw declined();
            }
            String value = string(textFrom, textTo, textReferences, textAboveAscii);
            push(parent, from, to, false);
            endTag();
            reader.addValue(parent, slot, value);
        }
        default -> throw declined();
        }
    }

    private void push(EObject object, int from, int to, boolean empty) {
        if (empty) {
            return;
        }
        if (depth == open.length) {
            open = java.util.Arrays.copyOf(open, depth * 2);
            nameFrom = java.util.Arrays.copyOf(nameFrom, depth * 2);
            nameTo = java.util.Arrays.copyOf(nameTo, depth * 2);
        }
        open[depth] = object;
        nameFrom[depth] = from;
        nameTo[depth] = to;
        depth++;
    }

    /** {@code </name>}, of the element open last, with white space before its {@code >} as XML allows. */
    private void endTag() throws SAXException {
        if (depth == 0) {
            throw declined();
        }
        depth--;
        int from = nameFrom[depth];
        int length = nameTo[depth] - from;
        int at = i + 2;
        if (at + length > end || !equal(at, at + length, b, from) ) {
            throw declined();
        }
        i = at + length;
        whiteSpace();
        if (i >= end || b[i] != '>') {
            throw declined();
        }
        i++;
        open[depth] = null;
    }

    /** {@code name="value"} at i; where both are is kept, the value checked as XML requires. */
    private void attribute() throws SAXException {
        int from = i;
        int to = name(from);
        if (to + 1 >= end || b[to] != '=' || b[to + 1] != '"') {
            throw declined();
        }
        int a = attributeCount;
        for (int k = 0; k < a; k++) {
            if (equal(from, to, b, attributeNameFrom[k], attributeNameTo[k])) {
                throw declined();
            }
        }
        if (a == attributeNameFrom.length) {
            attributeNameFrom = java.util.Arrays.copyOf(attributeNameFrom, a * 2);
            attributeNameTo = java.util.Arrays.copyOf(attributeNameTo, a * 2);
            valueFrom = java.util.Arrays.copyOf(valueFrom, a * 2);
            valueTo = java.util.Arrays.copyOf(valueTo, a * 2);
            valueReferences = java.util.Arrays.copyOf(valueReferences, a * 2);
            valueAboveAscii = java.util.Arrays.copyOf(valueAboveAscii, a * 2);
        }
        attributeNameFrom[a] = from;
        attributeNameTo[a] = to;
        valueFrom[a] = to + 2;
        int j = characters(to + 2, (byte) '"');
        valueTo[a] = j;
        valueReferences[a] = scannedReferences;
        valueAboveAscii[a] = scannedAboveAscii;
        attributeCount = a + 1;
        i = j + 1;
    }

    /** The text at i up to the next {@code <}, which must begin an end tag; its end. */
    private int text() throws SAXException {
        int j = characters(i, (byte) '<');
        if (j + 1 >= end || b[j + 1] != '/') {
            throw declined();
        }
        textReferences = scannedReferences;
        textAboveAscii = scannedAboveAscii;
        i = j;
        return j;
    }

    /**
     * The characters from {@code from} up to {@code stop} ({@code "} ends a value, {@code <} a
     * text), checked as XML requires; where the stop is. Says in {@link #scannedReferences} and
     * {@link #scannedAboveAscii} what the characters hold. Declined: a {@code <} in a value, tabs
     * and line breaks in a value (XML would turn them into spaces), {@code ]]>} in a text, a
     * carriage return or a control character anywhere.
     */
    private int characters(int from, byte stop) throws SAXException {
        boolean text = stop == '<';
        boolean references = false;
        boolean aboveAscii = false;
        int j = from;
        for (;;) {
            if (j >= end) {
                throw declined();
            }
            byte c = b[j];
            if (c == stop) {
                break;
            }
            if (c >= 0x20 && c != '<' && c != '&' && c != '>') {
                j++;
            } else if (c < 0) {
                aboveAscii = true;
                j = utf8(j);
            } else if (c == '&') {
                references = true;
                j = reference(j, null);
            } else if (c == '>' && !(text && j - 2 >= from && b[j - 1] == ']' && b[j - 2] == ']')
                    || text && (c == '\n' || c == '\t')) {
                j++;
            } else {
                throw declined();
            }
        }
        scannedReferences = references;
        scannedAboveAscii = aboveAscii;
        return j;
    }

    /**
     * One UTF-8 character at j, of those XML allows (no surrogate, no U+FFFE or U+FFFF, no
     * overlong form); the index after it.
     */
    private int utf8(int j) throws SAXException {
        int c = b[j] & 0xFF;
        if (c >= 0xC2 && c <= 0xDF) {
            continuation(j + 1, 0x80, 0xBF);
            return j + 2;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            int low = c == 0xE0 ? 0xA0 : 0x80;
            int high = c == 0xED ? 0x9F : 0xBF;
            continuation(j + 1, low, high);
            continuation(j + 2, 0x80, 0xBF);
            if (c == 0xEF && (b[j + 1] & 0xFF) == 0xBF && (b[j + 2] & 0xFF) >= 0xBE) {
                throw declined();
            }
            return j + 3;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            continuation(j + 1, c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF);
            continuation(j + 2, 0x80, 0xBF);
            continuation(j + 3, 0x80, 0xBF);
            return j + 4;
        }
        throw declined();
    }

    private void continuation(int j, int low, int high) throws SAXException {
        if (j >= end || (b[j] & 0xFF) < low || (b[j] & 0xFF) > high) {
            throw declined();
        }
    }

    /**
     * A reference at j ({@code &lt;}, {@code &gt;}, {@code &amp;}, {@code &quot;}, {@code &apos;},
     * {@code &#N;}, {@code &#xH;}) to a character XML allows; the index after it. The character
     * is appended to {@code into} when given.
     */
    private int reference(int j, StringBuilder into) throws SAXException {
        int semicolon = -1;
        for (int k = j + 1; k < end && k < j + 12; k++) {
            if (b[k] == ';') {
                semicolon = k;
                break;
            }
        }
        if (semicolon < 0) {
            throw declined();
        }
        int codePoint;
        if (b[j + 1] == '#') {
            codePoint = number(j + 2, semicolon);
        } else if (equal(j + 1, semicolon, "lt")) {
            codePoint = '<';
        } else if (equal(j + 1, semicolon, "gt")) {
            codePoint = '>';
        } else if (equal(j + 1, semicolon, "amp")) {
            codePoint = '&';
        } else if (equal(j + 1, semicolon, "quot")) {
            codePoint = '"';
        } else if (equal(j + 1, semicolon, "apos")) {
            codePoint = '\'';
        } else {
            throw declined();
        }
        if (into != null) {
            into.appendCodePoint(codePoint);
        }
        return semicolon + 1;
    }

    /** The digits of a character reference ({@code x} and hexadecimal ones, or decimal), a character XML 1.0 allows. */
    private int number(int from, int to) throws SAXException {
        boolean hex = from < to && b[from] == 'x';
        int j = hex ? from + 1 : from;
        if (j >= to) {
            throw declined();
        }
        int value = 0;
        for (; j < to; j++) {
            int c = b[j];
            int digit = c >= '0' && c <= '9' ? c - '0' : !hex ? -1 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                throw declined();
            }
            value = value * (hex ? 16 : 10) + digit;
            if (value > 0x10FFFF) {
                throw declined();
            }
        }
        boolean allowed = value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF)
                || (value >= 0xE000 && value <= 0xFFFD) || value >= 0x10000;
        if (!allowed) {
            throw declined();
        }
        return value;
    }

    /** The text of the bytes, its references replaced; they were checked as they were read. */
    private String string(int from, int to, boolean references, boolean aboveAscii) throws SAXException {
        if (!references) {
            return new String(b, from, to - from, aboveAscii ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }
        StringBuilder text = new StringBuilder(to - from);
        int start = from;
        for (int j = from; j < to;) {
            if (b[j] == '&') {
                text.append(new String(b, start, j - start, StandardCharsets.UTF_8));
                j = reference(j, text);
                start = j;
            } else {
                j++;
            }
        }
        text.append(new String(b, start, to - start, StandardCharsets.UTF_8));
        return text.toString();
    }

    private String value(int a) throws SAXException {
        return string(valueFrom[a], valueTo[a], valueReferences[a], valueAboveAscii[a]);
    }

    /** The namespace declarations of the first element ({@code xmlns:p="..."}); a default namespace is declined, as by the SAX route. */
    private void declarations() throws SAXException {
        for (int a = 0; a < attributeCount; a++) {
            int from = attributeNameFrom[a];
            int to = attributeNameTo[a];
            if (equal(from, to, XMLNS)) {
                throw declined();
            }
            if (!isDeclaration(a)) {
                continue;
            }
            int prefixFrom = from + XMLNS.length + 1;
            // xml and xmlns are XML's own prefixes.
            if (equal(prefixFrom, to, "xml") || equal(prefixFrom, to, "xmlns")) {
                throw declined();
            }
            String namespace = value(a);
            if (namespace.isEmpty()) {
                throw declined();
            }
            if (prefixCount == prefixes.length) {
                prefixes = java.util.Arrays.copyOf(prefixes, prefixCount * 2);
                namespaces = java.util.Arrays.copyOf(namespaces, prefixCount * 2);
            }
            prefixes[prefixCount] = java.util.Arrays.copyOfRange(b, prefixFrom, to);
            namespaces[prefixCount++] = namespace;
        }
    }

    private boolean isDeclaration(int a) {
        int from = attributeNameFrom[a];
        return attributeNameTo[a] > from + XMLNS.length && equal(from, from + XMLNS.length, XMLNS) && b[from + XMLNS.length] == ':';
    }

    private boolean isXmiVersion(int a) {
        return equal(attributeNameFrom[a], attributeNameTo[a], XMI_VERSION) && MapReader.XMI_URI.equals(namespace(attributeNameFrom[a], attributeNameFrom[a] + 3));
    }

    /** The namespace the prefix at from to to is declared for; null when it is not declared. */
    private String namespace(int from, int to) {
        for (int p = 0; p < prefixCount; p++) {
            if (equal(from, to, prefixes[p])) {
                return namespaces[p];
            }
        }
        return null;
    }

    private int colon(int from, int to) {
        for (int j = from; j < to; j++) {
            if (b[j] == ':') {
                return j;
            }
        }
        return -1;
    }

    /** The attributes of the start tag read last set on the object; {@code xmi:version} is passed over on a root, as the SAX route does. */
    private void attributes(EObject object, boolean root) throws SAXException {
        int n = attributeCount;
        if (n == 0) {
            return;
        }
        EClass eClass = object.eClass();
        for (int a = 0; a < n; a++) {
            int from = attributeNameFrom[a];
            int to = attributeNameTo[a];
            if (colon(from, to) >= 0) {
                if (isDeclaration(a) || (root && isXmiVersion(a))) {
                    continue;
                }
                throw declined();
            }
            Slot slot = slot(eClass, from, to);
            switch (slot.kind()) {
            case VALUE -> {
                double number = slot.decimal() && !valueReferences[a] && !valueAboveAscii[a]
                        ? DecimalNumbers.plainDecimalOrNaN(b, valueFrom[a], valueTo[a]) : Double.NaN;
                if (Double.isNaN(number)) {
                    reader.value(object, slot, value(a), null);
                } else {
                    reader.decimal(object, slot, number);
                }
            }
            case REFERENCE, REFERENCES -> {
                // Most statements name the same source and proponent: the ID resolved last is not made again.
                String last = slot.kind() == Kind.REFERENCE ? slot.last().id : null;
                boolean same = last != null && !valueReferences[a] && !valueAboveAscii[a] && equal(valueFrom[a], valueTo[a], last);
                reader.reference(object, slot, same ? last : value(a));
            }
            default -> throw declined();
            }
        }
    }

    /** What the name at from to to is on an element of the class: the reader's slot, looked up by its bytes. */
    private Slot slot(EClass eClass, int from, int to) {
        Names known;
        if (eClass == lastClass) {
            known = lastNames;
        } else {
            known = names.computeIfAbsent(eClass, c -> new Names());
            lastClass = eClass;
            lastNames = known;
        }
        for (int k = 0, j = known.next, size = known.size; k < size; k++, j++) {
            if (j >= size) {
                j = 0;
            }
            byte[] name = known.names[j];
            if (name.length == to - from && equal(from, to, name)) {
                known.next = j + 1;
                return known.slots[j];
            }
        }
        Slot slot = reader.slot(eClass, new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        if (known.size == known.names.length) {
            known.names = java.util.Arrays.copyOf(known.names, known.size * 2);
            known.slots = java.util.Arrays.copyOf(known.slots, known.size * 2);
        }
        known.names[known.size] = java.util.Arrays.copyOfRange(b, from, to);
        known.slots[known.size++] = slot;
        return slot;
    }

    private boolean equal(int from, int to, byte[] other) {
        return to - from == other.length && java.util.Arrays.equals(b, from, to, other, 0, other.length);
    }

    private boolean equal(int from, int to, byte[] other, int otherFrom) {
        return java.util.Arrays.equals(b, from, to, other, otherFrom, otherFrom + (to - from));
    }

    private boolean equal(int from, int to, byte[] other, int otherFrom, int otherTo) {
        return java.util.Arrays.equals(b, from, to, other, otherFrom, otherTo);
    }

    private boolean equal(int from, int to, String ascii) {
        if (to - from != ascii.length()) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (b[from + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
