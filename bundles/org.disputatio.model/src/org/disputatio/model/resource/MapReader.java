// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the XMI a map is saved as straight into its elements, with the parser EMF's loader uses
 * (the same pooled parser, the same features), and gives up on anything else: it knows
 * {@code xmi:XMI} holding objects of registered packages, plain attributes that name a feature of
 * the element's class, child elements for containments and for many-valued attributes, and
 * references to IDs of the same file. At the first thing it does not know (a prefixed attribute
 * such as {@code xmi:id} or {@code xsi:type}, {@code href}, an unknown name, a proxy, an ID read
 * twice, a reference to no element, a value the factory refuses, a default namespace, a parser
 * error or warning) it stops, and the resource hands the same bytes to EMF's loader, so errors,
 * their lines and columns, and every case this reader does not know are EMF's own.
 * <p>
 * What EMF's XMI handler spends on the way (a key object and a synchronized map per attribute,
 * a namespace context, a type stack and forward-reference records per element, attribute
 * lookups by name) is what this reader leaves out; what it sets is what EMF sets, in the same
 * order, through the same factories and {@code eSet}. {@code MapLoaderTest} holds it to EMF's
 * result.
 */
final class MapReader extends DefaultHandler {

    /** Thrown at the first thing the reader leaves to EMF; made once, without a stack trace. */
    static final class LeftToEmf extends SAXException {
        private static final long serialVersionUID = 1L;

        LeftToEmf() {
            super("left to EMF's XMI loader");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    static final LeftToEmf LEFT = new LeftToEmf();

    static final String XMI_URI = "http://www.omg.org/XMI";

    /** What a name on an element of a class is to this reader. */
    enum Kind {
        /** A single-valued attribute, given as an XML attribute. */
        VALUE,
        /** A many-valued attribute, given as one child element per value. */
        VALUES,
        /** A single containment, given as a child element. */
        CHILD,
        /** A many-valued containment, given as one child element per element. */
        CHILDREN,
        /** A single reference to an ID of the file, given as an XML attribute. */
        REFERENCE,
        /** A many-valued reference: IDs separated by white space, given as an XML attribute. */
        REFERENCES,
        /** Anything else (no such feature, derived, opposite ends, feature maps ...): left to EMF. */
        NONE
    }

    /** A name of a class; {@code featureID} is the feature's ID in that class, as {@code eSet(EStructuralFeature, Object)} finds it. */
    record Slot(Kind kind, EStructuralFeature feature, int featureID, EFactory factory, EDataType type, boolean string,
            boolean decimal, boolean id, EClass childClass, Last last, java.lang.invoke.MethodHandle setDouble) {

        void set(EObject object, Object value) {
            if (object instanceof BasicEObjectImpl basic) {
                basic.eSet(featureID, value);
            } else {
                object.eSet(feature, value);
            }
        }

        /** A double attribute set through its generated setter, which {@code eSet} calls with the value unboxed: no {@code Double} is made. */
        void set(EObject object, double value) {
            if (setDouble == null) {
                set(object, (Object) value);
                return;
            }
            try {
                setDouble.invokeExact(object, value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        /** The object's list of this feature; the last one asked for is kept, as its children come one after another. */
        @SuppressWarnings("unchecked")
        <T> InternalEList<T> list(EObject object) {
            if (object != last.owner) {
                last.list = (InternalEList<?>) (object instanceof BasicEObjectImpl basic ? basic.eGet(featureID, false, true) : object.eGet(feature));
                last.owner = object;
            }
            return (InternalEList<T>) last.list;
        }
    }

    private static final Slot NONE = new Slot(Kind.NONE, null, -1, null, null, false, false, false, null, null, null);

    /**
     * What a slot met last. A reference: many elements name the same one ({@code source="source"},
     * {@code proponent="author"} on every statement), and an element of the class checked last
     * needs no second check (each ID lookup and type check touches an element read long before,
     * which is most of what resolving costs). A list: the owner whose list it is.
     */
    static final class Last {
        String id;
        EObject target;
        EClass checked;
        EObject owner;
        InternalEList<?> list;
    }

    /** The names met on elements of one class, compared by identity first: the parser hands out each name as one interned string. */
    private static final class Names {
        String[] names = new String[8];
        Slot[] slots = new Slot[8];
        int size;
        /** Where to look first: after the name found last. */
        int next;
    }

    /** A reference read, resolved once the document is read (IDs may come later in the file). */
    private record Reference(EObject owner, Slot slot, String ids) {
    }

    private final ArgumentMapResource resource;
    private final EPackage.Registry packages;
    private final Map<EClass, Names> slots = new IdentityHashMap<>();
    private final Map<String, EPackage> packagesByUri = new HashMap<>();
    private EClass lastClass;
    private Names lastNames;
    private EClass previousClass;
    private Names previousNames;

    /** The elements open: an object, null for {@code xmi:XMI}, or the object whose many-valued attribute is being read. */
    private EObject[] open = new EObject[16];
    /** For each open element that holds a value's text, its slot; null for an element that is an object. */
    private Slot[] valueOf = new Slot[16];
    private int depth;
    private boolean inWrapper;
    private final StringBuilder text = new StringBuilder();

    private final List<EObject> roots = new ArrayList<>();
    final Map<String, EObject> ids;
    private final List<Reference> references = new ArrayList<>();
    private Locator locator;

    /** A reader fed by another source of the same events ({@link SavedMapBytes}). */
    MapReader(ArgumentMapResource resource, int expectedIds) {
        this.resource = resource;
        this.packages = resource.getResourceSet() == null ? EPackage.Registry.INSTANCE : resource.getResourceSet().getPackageRegistry();
        this.ids = new HashMap<>(Math.max(16, expectedIds * 4 / 3));
    }

    /**
     * The roots the input holds, read whole and their references set, not yet attached to the
     * resource; null when the input holds something this reader leaves to EMF (what was made is
     * then dropped). Parser errors also give null: EMF's loader reports them.
     */
    static MapReader read(ArgumentMapResource resource, SAXParser parser, InputStream input, int expectedIds) throws IOException {
        MapReader reader = new MapReader(resource, expectedIds);
        InputSource source = new InputSource(input);
        if (resource.getURI() != null) {
            source.setPublicId(resource.getURI().toString());
            source.setSystemId(resource.getURI().toString());
        }
        try {
            parser.parse(source, reader);
        } catch (SAXException | RuntimeException e) {
            return null;
        }
        return reader;
    }

    List<EObject> roots() {
        return roots;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        // A default namespace changes what EMF resolves unprefixed names to.
        if (prefix.isEmpty()) {
            throw LEFT;
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (depth == 0 && roots.isEmpty() && !inWrapper) {
            recordHeader();
            if (XMI_URI.equals(uri) && "xmi:XMI".equals(qName)) {
                for (int i = 0, n = attributes.getLength(); i < n; i++) {
                    if (!isXmiVersion(attributes, i)) {
                        throw LEFT;
                    }
                }
                inWrapper = true;
                push(null, null);
                return;
            }
        }
        EObject parent = depth == 0 ? null : open[depth - 1];
        if (depth > 0 && valueOf[depth - 1] != null) {
            throw LEFT;
        }
        if (parent == null) {
            if (depth > (inWrapper ? 1 : 0) || (!inWrapper && !roots.isEmpty())) {
                throw LEFT;
            }
            EObject root = topObject(uri, localName);
            root(root);
            attributes(root, attributes);
            push(root, null);
            return;
        }
        if (!uri.isEmpty()) {
            throw LEFT;
        }
        Slot slot = slot(parent.eClass(), localName);
        switch (slot.kind()) {
        case CHILDREN, CHILD -> {
            EObject child = child(parent, slot);
            attributes(child, attributes);
            push(child, null);
        }
        case VALUES -> {
            if (attributes.getLength() != 0) {
                throw LEFT;
            }
            text.setLength(0);
            push(parent, slot);
        }
        default -> throw LEFT;
        }
    }

    /** {@code xmi:version}, which EMF's XMI handler passes over on any element (its namespace here is not the one it reads a version from). */
    private static boolean isXmiVersion(Attributes attributes, int i) {
        return XMI_URI.equals(attributes.getURI(i)) && "xmi:version".equals(attributes.getQName(i));
    }

    /** A new element in the parent's containment of the slot, CHILD or CHILDREN. */
    EObject child(EObject parent, Slot slot) throws SAXException {
        EObject child = slot.childClass().getEPackage().getEFactoryInstance().create(slot.childClass());
        if (slot.kind() == Kind.CHILDREN) {
            slot.<EObject>list(parent).addUnique(child);
        } else {
            if (parent.eIsSet(slot.feature())) {
                throw LEFT;
            }
            slot.set(parent, child);
        }
        return child;
    }

    /** A root read, of {@link #topObject}. */
    void root(EObject root) {
        roots.add(root);
    }

    /** A root element's object: a concrete class of a registered package. */
    EObject topObject(String uri, String localName) throws SAXException {
        if (uri.isEmpty()) {
            throw LEFT;
        }
        EPackage ePackage = packagesByUri.get(uri);
        if (ePackage == null) {
            ePackage = packages.getEPackage(uri);
            if (ePackage == null) {
                throw LEFT;
            }
            packagesByUri.put(uri, ePackage);
        }
        EClassifier classifier = ePackage.getEClassifier(localName);
        if (!(classifier instanceof EClass eClass) || eClass.isAbstract() || eClass.isInterface()) {
            throw LEFT;
        }
        return ePackage.getEFactoryInstance().create(eClass);
    }

    private void push(EObject object, Slot value) {
        if (depth == open.length) {
            open = java.util.Arrays.copyOf(open, depth * 2);
            valueOf = java.util.Arrays.copyOf(valueOf, depth * 2);
        }
        open[depth] = object;
        valueOf[depth] = value;
        depth++;
    }

    private void attributes(EObject object, Attributes attributes) throws SAXException {
        int n = attributes.getLength();
        if (n == 0) {
            return;
        }
        EClass eClass = object.eClass();
        for (int i = 0; i < n; i++) {
            if (!attributes.getURI(i).isEmpty()) {
                if (isXmiVersion(attributes, i)) {
                    continue;
                }
                throw LEFT;
            }
            String name = attributes.getLocalName(i);
            Slot slot = slot(eClass, name);
            switch (slot.kind()) {
            case VALUE -> {
                String value = attributes.getValue(i);
                value(object, slot, value, slot.decimal() ? DecimalNumbers.plainDecimal(value) : null);
            }
            case REFERENCE, REFERENCES -> reference(object, slot, attributes.getValue(i));
            default -> throw LEFT;
            }
        }
    }

    /**
     * Sets the single-valued attribute of the slot (a VALUE) to the value as written, or to
     * {@code converted} when the caller has read it already (a plain decimal); indexes an ID.
     */
    void value(EObject object, Slot slot, String value, Object converted) throws SAXException {
        try {
            if (converted == null) {
                converted = slot.string() ? value : slot.factory().createFromString(slot.type(), value);
            }
            slot.set(object, converted);
        } catch (RuntimeException e) {
            throw LEFT;
        }
        if (slot.id() && ids.put(value, object) != null) {
            throw LEFT;
        }
    }

    /** Sets the double attribute of the slot (a VALUE, decimal) to the value read. */
    void decimal(EObject object, Slot slot, double value) throws SAXException {
        try {
            slot.set(object, value);
        } catch (RuntimeException e) {
            throw LEFT;
        }
    }

    /** A reference (REFERENCE or REFERENCES) as written: IDs separated by white space. */
    void reference(EObject object, Slot slot, String ids) throws SAXException {
        // Most references are to elements read before; the others wait for the end of the document.
        if (!resolve(object, slot, ids, false)) {
            references.add(new Reference(object, slot, ids));
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (depth > 0 && valueOf[depth - 1] != null) {
            text.append(ch, start, length);
            return;
        }
        for (int i = start, end = start + length; i < end; i++) {
            char c = ch[i];
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                throw LEFT;
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        Slot slot = valueOf[depth];
        if (slot != null) {
            valueOf[depth] = null;
            if (text.isEmpty()) {
                throw LEFT;
            }
            addValue(open[depth], slot, text.toString());
        }
        open[depth] = null;
    }

    /** One value of a many-valued attribute (VALUES), given as an element's text, not empty. */
    void addValue(EObject owner, Slot slot, String value) throws SAXException {
        Object converted;
        try {
            converted = slot.string() ? value : slot.factory().createFromString(slot.type(), value);
        } catch (RuntimeException e) {
            throw LEFT;
        }
        InternalEList<Object> list = slot.list(owner);
        if (converted == null || (slot.feature().isUnique() && list.contains(converted))) {
            throw LEFT;
        }
        list.addUnique(converted);
    }

    @Override
    public void endDocument() throws SAXException {
        finish();
    }

    /** The end of the document: the references to elements read after them are set. */
    void finish() throws SAXException {
        if (roots.isEmpty()) {
            throw LEFT;
        }
        for (Reference reference : references) {
            resolve(reference.owner(), reference.slot(), reference.ids(), true);
        }
    }

    /**
     * Sets the owner's reference to the elements the IDs name; false, before the end of the document,
     * when an ID is not read yet. An ID read twice is left to EMF, so a reference set before
     * the end goes where EMF's, resolved at the end, goes.
     */
    private boolean resolve(EObject owner, Slot slot, String ids, boolean atEnd) throws SAXException {
        EClass type = ((EReference) slot.feature()).getEReferenceType();
        if (slot.kind() == Kind.REFERENCE) {
            Last last = slot.last();
            EObject target;
            if (ids.equals(last.id)) {
                target = last.target;
            } else {
                target = target(ids, type, last, atEnd);
                if (target == null) {
                    return false;
                }
                last.id = ids;
                last.target = target;
            }
            slot.set(owner, target);
            return true;
        }
        List<EObject> targets = new ArrayList<>();
        int length = ids.length();
        for (int i = 0; i < length;) {
            while (i < length && isSeparator(ids.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < length && !isSeparator(ids.charAt(end))) {
                end++;
            }
            if (end > i) {
                EObject target = target(i == 0 && end == length ? ids : ids.substring(i, end), type, slot.last(), atEnd);
                if (target == null) {
                    return false;
                }
                // EMF drops an element named twice; this reader leaves that to EMF.
                if (targets.contains(target)) {
                    throw LEFT;
                }
                targets.add(target);
            }
            i = end;
        }
        if (targets.isEmpty()) {
            throw LEFT;
        }
        InternalEList<EObject> list = slot.list(owner);
        if (!list.isEmpty()) {
            throw LEFT;
        }
        list.addAllUnique(targets);
        return true;
    }

    /** The white space EMF splits references at (a {@code StringTokenizer}'s). */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /**
     * The element of this file with the ID, of the type; what EMF would read otherwise (a path,
     * a proxy, none) is left to it. Null, before the end of the document, when no element read
     * so far has the ID.
     */
    private EObject target(String id, EClass type, Last last, boolean atEnd) throws SAXException {
        int length = id.length();
        if (length == 0 || id.charAt(0) == '/' || id.charAt(length - 1) == '?') {
            throw LEFT;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c == '#' || c == ':' || isSeparator(c)) {
                throw LEFT;
            }
        }
        EObject target = ids.get(id);
        if (target == null && !atEnd) {
            return null;
        }
        if (target == null) {
            throw LEFT;
        }
        // Whether an element is of the type depends on its class only.
        EClass eClass = target.eClass();
        if (eClass != last.checked) {
            if (!type.isInstance(target)) {
                throw LEFT;
            }
            last.checked = eClass;
        }
        return target;
    }

    /** What the name is on an element of the class, looked up once per load. */
    Slot slot(EClass eClass, String name) {
        if (eClass != lastClass) {
            // An edge's points alternate with edges: the class before the last is kept too.
            EClass before = lastClass;
            Names beforeNames = lastNames;
            lastNames = eClass == previousClass ? previousNames : slots.computeIfAbsent(eClass, c -> new Names());
            lastClass = eClass;
            previousClass = before;
            previousNames = beforeNames;
        }
        Names names = lastNames;
        // Elements of a class give their names in the same order, mostly: the one after the last found is tried first.
        for (int k = 0, i = names.next, size = names.size; k < size; k++, i++) {
            if (i >= size) {
                i = 0;
            }
            if (names.names[i] == name) {
                names.next = i + 1;
                return names.slots[i];
            }
        }
        for (int i = 0; i < names.size; i++) {
            if (names.names[i].equals(name)) {
                return names.slots[i];
            }
        }
        Slot slot = slotOf(eClass, eClass.getEStructuralFeature(name));
        if (names.size == names.names.length) {
            names.names = java.util.Arrays.copyOf(names.names, names.size * 2);
            names.slots = java.util.Arrays.copyOf(names.slots, names.size * 2);
        }
        names.names[names.size] = name;
        names.slots[names.size++] = slot;
        return slot;
    }

    /** EMF resolves a plain name to {@code eClass.getEStructuralFeature(name)} (no extended metadata, no XML map). */
    private static Slot slotOf(EClass eClass, EStructuralFeature feature) {
        if (feature == null || !feature.isChangeable() || feature.isDerived() || feature.isVolatile() || FeatureMapUtil.isFeatureMap(feature)) {
            return NONE;
        }
        if (feature instanceof EAttribute attribute) {
            if (!(attribute.getEType() instanceof EDataType type) || !type.isSerializable()) {
                return NONE;
            }
            boolean string = type == EcorePackage.Literals.ESTRING;
            if (attribute.isID() && (!string || attribute.isMany())) {
                return NONE;
            }
            return new Slot(attribute.isMany() ? Kind.VALUES : Kind.VALUE, attribute, eClass.getFeatureID(attribute),
                    type.getEPackage().getEFactoryInstance(), type,
                    string, type == EcorePackage.Literals.EDOUBLE || type == EcorePackage.Literals.EDOUBLE_OBJECT, attribute.isID(),
                    null, new Last(), type == EcorePackage.Literals.EDOUBLE && !attribute.isMany() ? doubleSetter(eClass, attribute) : null);
        }
        EReference reference = (EReference) feature;
        if (reference.getEOpposite() != null || reference.isContainer() || !reference.getEKeys().isEmpty()) {
            return NONE;
        }
        if (reference.isContainment()) {
            EClass child = reference.getEReferenceType();
            if (child.isAbstract() || child.isInterface() || child.getInstanceClass() == Map.Entry.class) {
                return NONE;
            }
            return new Slot(reference.isMany() ? Kind.CHILDREN : Kind.CHILD, reference, eClass.getFeatureID(reference), null, null,
                    false, false, false, child, new Last(), null);
        }
        return new Slot(reference.isMany() ? Kind.REFERENCES : Kind.REFERENCE, reference, eClass.getFeatureID(reference), null, null,
                false, false, false, null, new Last(), null);
    }

    /**
     * The generated {@code setName(double)} of the class's interface, taking any element: what
     * the generated {@code eSet} calls after unboxing. Null when there is none (then {@code eSet}).
     */
    private static java.lang.invoke.MethodHandle doubleSetter(EClass eClass, EAttribute attribute) {
        Class<?> type = eClass.getInstanceClass();
        String name = attribute.getName();
        if (type == null || name.isEmpty()) {
            return null;
        }
        try {
            java.lang.reflect.Method setter = type.getMethod("set" + Character.toUpperCase(name.charAt(0)) + name.substring(1), double.class);
            return java.lang.invoke.MethodHandles.publicLookup().unreflect(setter)
                    .asType(java.lang.invoke.MethodType.methodType(void.class, EObject.class, double.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** What EMF's handler records of the XML declaration. */
    private void recordHeader() {
        if (locator instanceof Locator2 header) {
            header(header.getEncoding(), header.getXMLVersion());
        }
    }

    /** The XML declaration's encoding and version, when given. */
    void header(String encoding, String version) {
        if (encoding != null) {
            resource.setEncoding(encoding);
        }
        if (version != null) {
            resource.setXMLVersion(version);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        throw LEFT;
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        throw LEFT;
    }

    @Override
    public void warning(SAXParseException e) throws SAXException {
        throw LEFT;
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        throw LEFT;
    }
}
