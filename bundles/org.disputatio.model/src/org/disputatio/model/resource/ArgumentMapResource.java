// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.resource;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * An {@code .argmap} file: XMI in UTF-8 whose roots are one {@code ArgumentMap} followed by its
 * diagrams and presentations. References use the elements' own identifiers, so they are stable
 * across saves and readable in a diff.
 * <p>
 * The default options make output deterministic (saving an unchanged model gives the same bytes)
 * and refuse DOCTYPE declarations, which closes the door on external entities.
 * <p>
 * Loading is linear in the file: the resource keeps EMF's intrinsic-ID map, so each ID reference
 * is one hash lookup instead of a walk over the whole resource, and references are resolved
 * once the document is read. Parsers and the name-to-feature lookups are pooled across loads.
 * Elements are attached to the resource once the document is read ({@code DEFER_ATTACHMENT}), in
 * one walk that also fills the ID map, rather than one by one while their attributes are still
 * unset; {@link MapLoadHandler} takes a shorter way from attribute names to features.
 */
public class ArgumentMapResource extends XMIResourceImpl {

    /** The XML parser feature that rejects any DOCTYPE, and with it every external entity. */
    public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /** Parsers are expensive to make; the pool keeps one per set of features, for every resource. */
    private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl(true);

    /** Names resolved to features (or to none: EMF caches misses as null), shared by every load. */
    private static final Map<Object, EStructuralFeature> NAME_TO_FEATURE = Collections.synchronizedMap(new HashMap<>());

    /** Whether the last load made a proxy, that is, met a reference into another file. */
    private boolean proxiesMade;
    /** IDs the last load's handler set and indexed; -1 when it set one another way, which it does not index. */
    private int idsRead;
    /** Whether the last load's handler indexed an ID that another element had. */
    private boolean duplicateRead;
    /** Whether the last load attached its elements once read ({@code DEFER_ATTACHMENT}) to an empty index. */
    private boolean attachedWhole;
    /** While the elements read are attached: whether the handler has indexed them all already. */
    private boolean indexedByHandler;
    /** Whether the last load was read by {@link MapReader}. */
    private boolean readDirectly;
    /** Whether the last load was read from its bytes by {@link SavedMapBytes}, without an XML parser. */
    private boolean readFromBytes;

    /**
     * A load option: {@code Boolean.FALSE} leaves out the reader of the bytes themselves
     * ({@link SavedMapBytes}), so a map is read by the SAX route ({@link MapReader}, then EMF's
     * loader), as that reader does with what it declines. For comparing the two.
     */
    public static final String OPTION_READ_BYTES = "org.disputatio.model.readBytes";

    /** Bytes to load, which the resource reads where they are: a big map is not copied first. */
    private static final class BytesToLoad extends java.io.ByteArrayInputStream {
        BytesToLoad(byte[] bytes) {
            super(bytes);
        }

        /** All the bytes, when none has been read yet. */
        byte[] whole() {
            return pos == 0 && count == buf.length ? buf : null;
        }
    }

    /**
     * A stream of the bytes for {@link #load(java.io.InputStream, Map)}; any resource reads it, and
     * this one reads the bytes without copying them.
     */
    public static java.io.InputStream bytesToLoad(byte[] bytes) {
        return new BytesToLoad(bytes);
    }

    public ArgumentMapResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_WIDTH, 100);
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);

        Map<Object, Object> load = getDefaultLoadOptions();
        Map<String, Boolean> parserFeatures = new HashMap<>();
        parserFeatures.put(DISALLOW_DOCTYPE, Boolean.TRUE);
        parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        load.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
        load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        load.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected org.xml.sax.helpers.DefaultHandler makeDefaultHandler() {
                return new MapLoadHandler(ArgumentMapResource.this, helper, options);
            }
        };
    }

    @Override
    public void doLoad(java.io.InputStream inputStream, Map<?, ?> options) throws java.io.IOException {
        proxiesMade = false;
        idsRead = 0;
        duplicateRead = false;
        readDirectly = false;
        readFromBytes = false;
        if (options == getDefaultLoadOptions() && getContents().isEmpty() && getIntrinsicIDToEObjectMap().isEmpty()) {
            // The same bytes go to the SAX route when the bytes' reader declines them, and to EMF's loader when that route leaves them to it.
            byte[] bytes = inputStream instanceof BytesToLoad given && given.whole() != null ? given.whole() : inputStream.readAllBytes();
            if (!Boolean.FALSE.equals(options.get(OPTION_READ_BYTES)) && attach(SavedMapBytes.read(this, bytes, bytes.length))) {
                readFromBytes = true;
                return;
            }
            java.io.InputStream input = new java.io.ByteArrayInputStream(bytes);
            if (readDirectly(input, options)) {
                return;
            }
            input.reset();
            inputStream = input;
        }
        attachedWhole = options != null && Boolean.TRUE.equals(options.get(XMLResource.OPTION_DEFER_ATTACHMENT))
                && getIntrinsicIDToEObjectMap().isEmpty();
        if (getIntrinsicIDToEObjectMap().isEmpty()) {
            // Sized for the file (an ID every 80 bytes or so in a laid-out map), so that it is not rehashed as it fills.
            setIntrinsicIDToEObjectMap(new HashMap<>(Math.max(16, inputStream.available() / 60)));
        }
        super.doLoad(inputStream, options);
    }

    /**
     * Reads the input with {@link MapReader}, on a parser of the pool EMF's loader takes its
     * parsers from, with the same features; attaches what it read and indexes its IDs. False
     * when the reader left the input to EMF: then nothing of it is kept.
     */
    private boolean readDirectly(java.io.InputStream input, Map<?, ?> options) throws java.io.IOException {
        @SuppressWarnings("unchecked")
        Map<String, Boolean> features = (Map<String, Boolean>) options.get(XMLResource.OPTION_PARSER_FEATURES);
        @SuppressWarnings("unchecked")
        Map<String, ?> properties = (Map<String, ?>) options.get(XMLResource.OPTION_PARSER_PROPERTIES);
        if (properties == null) {
            properties = Collections.emptyMap();
        }
        javax.xml.parsers.SAXParser parser;
        try {
            parser = PARSER_POOL.get(features, properties, false);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            return false;
        }
        MapReader reader;
        try {
            // An ID every 80 bytes or so in a laid-out map.
            reader = MapReader.read(this, parser, input, input.available() / 80);
        } finally {
            PARSER_POOL.release(parser, features, properties, false);
        }
        return attach(reader);
    }

    /** Attaches what the reader read and takes its index of IDs; false when it read nothing (it left the input to another route). */
    private boolean attach(MapReader reader) {
        if (reader == null) {
            return false;
        }
        setIntrinsicIDToEObjectMap(reader.ids);
        idsRead = reader.ids.size();
        attachedWhole = true;
        indexedByHandler = !isTrackingModification();
        try {
            ((org.eclipse.emf.ecore.util.InternalEList<EObject>) getContents()).addAllUnique(reader.roots());
        } finally {
            indexedByHandler = false;
        }
        readDirectly = true;
        return true;
    }

    /** Whether the last load was read by {@link MapReader} or {@link SavedMapBytes}, not left to EMF's XMI loader. */
    public boolean readDirectly() {
        return readDirectly;
    }

    /** Whether the last load was read from its bytes by {@link SavedMapBytes}, without an XML parser. */
    public boolean readFromBytes() {
        return readFromBytes;
    }

    /** Called by the load's handler for every proxy it makes. */
    void proxyMade() {
        proxiesMade = true;
    }

    /** Called by the load's handler for every ID it sets from an attribute: the element is indexed at once. */
    void idRead(String id, EObject element) {
        if (idsRead >= 0) {
            idsRead++;
        }
        if (getIntrinsicIDToEObjectMap().put(id, element) != null) {
            duplicateRead = true;
        }
    }

    /**
     * Called by the load's handler around attaching what it read. When the handler indexed every
     * ID itself, attaching need not walk the elements to index them again (the walk's only other
     * work, modification tracking, is off while loading unless asked for).
     */
    void attaching(boolean attaching) {
        indexedByHandler = attaching && attachedWhole && idsRead >= 0 && !isTrackingModification();
    }

    @Override
    protected boolean isAttachedDetachedHelperRequired() {
        return !indexedByHandler && super.isAttachedDetachedHelperRequired();
    }

    /** Called by the load's handler when it set an ID another way, which it does not count. */
    void idNotCounted() {
        idsRead = -1;
    }

    /**
     * Whether the last load is known to have given no two elements the same ID: every ID was
     * read from an attribute and counted, the elements were indexed once read whole, and the
     * index gained as many IDs as were read. False when that is not known (then look).
     */
    public boolean idsKnownUnique() {
        return attachedWhole && idsRead >= 0 && !duplicateRead && getIntrinsicIDToEObjectMap().size() == idsRead;
    }

    /**
     * Whether the last load made a proxy: a reference it could not resolve in this file, which
     * EMF resolves later by reading another. False means every reference read is to an element
     * of this file.
     */
    public boolean proxiesMade() {
        return proxiesMade;
    }

    /**
     * An element found in the intrinsic-ID map is checked against its current ID: an element's
     * ID can change after it was indexed, and the map would otherwise answer for the old one.
     * A miss falls back to EMF's walk, which indexes every element it passes.
     */
    @Override
    protected EObject getEObjectByID(String id) {
        Map<String, EObject> index = getIntrinsicIDToEObjectMap();
        EObject found = index.get(id);
        if (found != null && isLoading()) {
            // Indexed as the elements were attached, read whole; nothing has changed an ID since.
            return found;
        }
        if (found != null) {
            if (found.eResource() == this && id.equals(EcoreUtil.getID(found))) {
                return found;
            }
            index.remove(id);
        }
        return super.getEObjectByID(id);
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected boolean useIDAttributes() {
        return true;
    }
}
