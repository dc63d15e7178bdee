// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An {@code .argmap} file: XMI in UTF-8 whose roots are one {@code ArgumentMap} followed by its
 * diagrams and presentations. References use the elements' own identifiers, so they are stable
 * across saves and readable in a diff.
 * <p>
 * The default options make output deterministic (saving an unchanged model gives the same bytes)
 * and refuse DOCTYPE declarations, which closes the door on external entities.
 */
public class ArgumentMapResource extends XMIResourceImpl {

    /** The XML parser feature that rejects any DOCTYPE, and with it every external entity. */
    public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    public ArgumentMapResource(URI uri) {
        super(uri);
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
