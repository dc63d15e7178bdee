// SPDX-License-Identifier: EPL-2.0
package org.disputatio.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.disputatio.model.Argument;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A map as text that two maps share exactly when they say the same: every attribute and
 * reference, with inferences and conflicts named by what they join rather than by their
 * identifiers (which Argdown's relations do not carry).
 */
final class MapDump {

    private MapDump() {
    }

    static String of(ArgumentMap map) {
        List<String> lines = new ArrayList<>();
        lines.add(describe(map, false));
        for (EObject child : map.eContents()) {
            lines.add(describe(child, true));
            for (EObject grandchild : child.eContents()) {
                lines.add("  " + describe(grandchild, true));
            }
        }
        return lines.stream().sorted().collect(Collectors.joining("\n"));
    }

    static String key(Object element) {
        if (element instanceof Inference i) {
            return "inference(" + i.getPremises().stream().map(Element::getId).sorted().toList() + " -> "
                    + (i.getConclusion() == null ? null : i.getConclusion().getId()) + ")";
        }
        if (element instanceof Conflict c) {
            return "conflict(" + c.getKind() + " " + c.getAttackers().stream().map(Element::getId).sorted().toList() + " -> "
                    + key(c.getTarget()) + ")";
        }
        if (element instanceof Element e) {
            return e.getId();
        }
        // An object without an identifier (an author) is known by its place, not by its identity hash.
        if (element instanceof EObject o && o.eContainer() != null && o.eContainingFeature().isMany()) {
            return o.eContainingFeature().getName() + "[" + ((List<?>) o.eContainer().eGet(o.eContainingFeature())).indexOf(o) + "]";
        }
        return String.valueOf(element);
    }

    private static String describe(EObject o, boolean withContainer) {
        StringBuilder s = new StringBuilder(o.eClass().getName()).append(' ').append(key(o));
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            if (a.getName().equals("id") && (o instanceof Inference || o instanceof Conflict)) {
                continue;
            }
            s.append(' ').append(a.getName()).append('=').append(o.eGet(a));
        }
        for (EReference r : o.eClass().getEAllReferences()) {
            if (r.isContainment()) {
                continue;
            }
            Object value = o.eGet(r);
            if (value instanceof List<?> list) {
                List<String> keys = list.stream().map(MapDump::key).toList();
                if (o instanceof Argument && r.getName().equals("inferences")) {
                    s.append(' ').append(r.getName()).append('=').append(keys);
                } else {
                    s.append(' ').append(r.getName()).append('=').append(keys.stream().sorted().toList());
                }
            } else {
                s.append(' ').append(r.getName()).append('=').append(key(value));
            }
        }
        if (withContainer && o.eContainer() != null && !(o.eContainer() instanceof ArgumentMap)) {
            s.append(" in ").append(key(o.eContainer()));
        }
        return s.toString();
    }
}
