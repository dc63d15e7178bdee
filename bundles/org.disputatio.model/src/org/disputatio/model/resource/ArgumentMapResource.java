// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.resource;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
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
 */
public class ArgumentMapResource extends XMIResourceImpl {

    /** The XML parser feature that rejects any DOCTYPE, and with it every external entity. */
    public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /** Parsers are expensive to make; the pool keeps one per set of features, for every resource. */
    private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl(true);

    /** Names resolved to features (or to none: EMF caches misses as null), shared by every load. */
    private static final Map<Object, EStructuralFeature> NAME_TO_FEATURE = Collections.synchronizedMap(new HashMap<>());

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
