// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.resource;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * EMF's XMI handler with a shorter way from an attribute to its feature: each (class, name) pair
 * is looked up once per load through EMF's own {@link #getFeature}, and what it found (the
 * feature, its kind, its data type's factory) is kept in a plain table, where EMF builds a key
 * object and asks a shared synchronized map and the helper again for every attribute of every
 * element. What is then done with the value is what EMF's {@code setAttribValue} does; a value
 * EMF's helper would refuse, a prefixed name and an unknown name go to EMF unchanged, so errors
 * read (and are located) as before. Places and sizes, plain decimals, are read by
 * {@link DecimalNumbers}, to the same doubles as EMF's {@code Double.valueOf}.
 * <p>
 * It also tells the resource when a proxy was made (a reference to another file) and counts the
 * IDs it sets, so that the checks for both need not walk a file that has neither a proxy nor
 * an ID used twice.
 */
final class MapLoadHandler extends SAXXMIHandler {

    /** A feature as {@code setAttribValue} uses it. */
    private record Slot(EStructuralFeature feature, int kind, EFactory factory, EDataType type, boolean plainString, boolean decimal,
            boolean id) {
    }

    private final Map<EClass, Map<String, Slot>> slots = new IdentityHashMap<>();
    private EClass lastClass;
    private Map<String, Slot> lastSlots;

    MapLoadHandler(ArgumentMapResource resource, XMLHelper helper, Map<?, ?> options) {
        super(resource, helper, options);
        plainNamesAreFeatures = notFeatures.stream().allMatch(name -> name.indexOf(':') >= 0);
    }

    /**
     * The parser pool hands this handler to load after load with a new helper: EMF's constructor
     * tells the first helper to check many-valued references for an element named twice (with
     * deferred IDREFs), {@code prepare} does not tell the later ones, so a list naming one
     * premise twice was refused by the first load in a process and read, twice over, by the
     * next. Every load now checks.
     */
    @Override
    public void prepare(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
        super.prepare(resource, helper, options);
        if (Boolean.TRUE.equals(options.get(XMLResource.OPTION_DEFER_IDREF_RESOLUTION))) {
            helper.setCheckForDuplicates(true);
        }
    }

    /** Whether EMF's list of names that are not features holds only prefixed ones, as it does. */
    private final boolean plainNamesAreFeatures;

    /**
     * SAXXMIHandler's loop over the attributes, with the plain names (neither prefixed nor
     * {@code href}, so neither an XMI, XSI nor namespace attribute) taken the short way while no
     * default namespace is declared, which would change what EMF resolves a name to.
     */
    @Override
    protected void handleObjectAttribs(EObject object) {
        if (attribs == null) {
            return;
        }
        boolean plain = plainNamesAreFeatures && isNamespaceAware && helper.getURI(null) == null;
        Map<String, Slot> classSlots = plain ? slots(object.eClass()) : null;
        for (int i = 0, size = attribs.getLength(); i < size; ++i) {
            String name = attribs.getQName(i);
            if (plain && name.indexOf(':') < 0 && !name.equals(hrefAttribute)) {
                setPlainAttribValue(object, classSlots, name, attribs.getValue(i));
            } else if (name.equals(ID_ATTRIB)) {
                xmlResource.setID(object, attribs.getValue(i));
            } else if (name.equals(hrefAttribute)
                    && (!recordUnknownFeature || types.peek() != UNKNOWN_FEATURE_TYPE || object.eClass() != anyType)) {
                handleProxy((InternalEObject) object, attribs.getValue(i));
            } else if (isNamespaceAware) {
                if (!ExtendedMetaData.XSI_URI.equals(attribs.getURI(i)) && !notFeatures.contains(name)) {
                    setAttribValue(object, name, attribs.getValue(i));
                }
            } else if (!name.startsWith(XMLResource.XML_NS) && !notFeatures.contains(name)) {
                setAttribValue(object, name, attribs.getValue(i));
            }
        }
    }

    private void setPlainAttribValue(EObject object, Map<String, Slot> classSlots, String name, String value) {
        Slot slot = slot(classSlots, object, name);
        if (slot == null) {
            super.setAttribValue(object, name, value);
            return;
        }
        switch (slot.kind()) {
        case XMLHelper.DATATYPE_SINGLE -> {
            Object converted;
            try {
                converted = slot.plainString() ? value : null;
                if (slot.decimal()) {
                    converted = DecimalNumbers.plainDecimal(value);
                }
                if (converted == null) {
                    converted = slot.factory().createFromString(slot.type(), value);
                }
                object.eSet(slot.feature(), converted);
                if (slot.id()) {
                    if (slot.plainString()) {
                        owner().idRead(value, object);
                    } else {
                        owner().idNotCounted();
                    }
                }
            } catch (RuntimeException e) {
                // EMF's own path reports the value as it always has, with its line and column.
                setFeatureValue(object, slot.feature(), value, -2);
            }
        }
        case XMLHelper.DATATYPE_IS_MANY -> setFeatureValue(object, slot.feature(), value, -2);
        default -> setValueFromId(object, (EReference) slot.feature(), value);
        }
    }

    /** The slots found so far for the class's attribute names (once per element: the class changes from one to the next). */
    private Map<String, Slot> slots(EClass eClass) {
        if (eClass != lastClass) {
            lastSlots = slots.computeIfAbsent(eClass, c -> new HashMap<>());
            lastClass = eClass;
        }
        return lastSlots;
    }

    /** What EMF's lookup gives for the name on the object's class; null when it finds no feature. */
    private Slot slot(Map<String, Slot> classSlots, EObject object, String name) {
        Slot slot = classSlots.get(name);
        if (slot == null && !classSlots.containsKey(name)) {
            EStructuralFeature feature = getFeature(object, null, name, false);
            if (feature != null) {
                int kind = helper.getFeatureKind(feature);
                EDataType type = feature.getEType() instanceof EDataType d ? d : null;
                slot = new Slot(feature, kind, type == null ? null : type.getEPackage().getEFactoryInstance(), type,
                        type == EcorePackage.Literals.ESTRING,
                        type == EcorePackage.Literals.EDOUBLE || type == EcorePackage.Literals.EDOUBLE_OBJECT,
                        feature instanceof EAttribute a && a.isID());
            }
            classSlots.put(name, slot);
        }
        return slot;
    }

    /** Every other way a value is set; an ID set here is not counted, so the resource cannot vouch for the IDs. */
    @Override
    protected void setFeatureValue(EObject object, EStructuralFeature feature, Object value, int position) {
        if (feature instanceof EAttribute a && a.isID()) {
            owner().idNotCounted();
        }
        super.setFeatureValue(object, feature, value, position);
    }

    /** The resource being loaded: the parser pool hands one handler to load after load, each time prepared for the next resource. */
    private ArgumentMapResource owner() {
        return (ArgumentMapResource) xmlResource;
    }

    /** The elements read are attached here, once read whole; the resource may skip indexing them again. */
    @Override
    public void endDocument() {
        owner().attaching(true);
        try {
            super.endDocument();
        } finally {
            owner().attaching(false);
        }
    }

    @Override
    protected void handleProxy(InternalEObject proxy, String uriLiteral) {
        owner().proxyMade();
        super.handleProxy(proxy, uriLiteral);
    }
}
