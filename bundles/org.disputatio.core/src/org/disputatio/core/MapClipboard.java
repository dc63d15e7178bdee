// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.EcoreUtil.Copier;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Copying statements to the clipboard and pasting them into a map and its diagram.
 * <p>
 * The clipboard holds detached copies: the statements, the inferences and conflicts entirely
 * among them, their shapes, and the sources, actors and schemes they refer to, so that a copy
 * pasted into another map keeps its sources. Each paste copies the clipboard again with new
 * identifiers; the sources and the like keep theirs, and a map that already has one keeps its own.
 */
public final class MapClipboard {

    private MapClipboard() {
    }

    /** Copies of the statements and what belongs with them, for the editing domain's clipboard. */
    public static List<EObject> copy(Collection<Statement> statements, Diagram diagram) {
        if (statements.isEmpty()) {
            return List.of();
        }
        Set<Statement> chosen = new LinkedHashSet<>(statements);
        ArgumentMap map = (ArgumentMap) chosen.iterator().next().eContainer();
        List<EObject> originals = new ArrayList<>(chosen);
        Set<Inference> inferences = new LinkedHashSet<>();
        for (Inference inference : map.getInferences()) {
            if (chosen.contains(inference.getConclusion()) && chosen.containsAll(inference.getPremises())) {
                inferences.add(inference);
            }
        }
        originals.addAll(inferences);
        for (Conflict conflict : map.getConflicts()) {
            if (chosen.containsAll(conflict.getAttackers())
                    && (chosen.contains(conflict.getTarget()) || inferences.contains(conflict.getTarget()))) {
                originals.add(conflict);
            }
        }
        if (diagram != null) {
            diagram.getShapes().stream().filter(s -> chosen.contains(s.getElement())).forEach(originals::add);
        }
        Set<EObject> referred = new LinkedHashSet<>();
        for (EObject target : EcoreUtil.ExternalCrossReferencer.find(originals).keySet()) {
            EObject topLevel = target;
            while (topLevel.eContainer() != null && topLevel.eContainer() != map) {
                topLevel = topLevel.eContainer();
            }
            if (topLevel.eContainer() == map && !isCopiedAlone(topLevel)) {
                referred.add(topLevel);
            }
        }
        originals.addAll(referred);
        Copier copier = new Copier();
        List<EObject> copies = new ArrayList<>(copier.copyAll(originals));
        copier.copyReferences();
        return copies;
    }

    /** Statements, inferences and conflicts are copied only when chosen, never for what refers to them. */
    private static boolean isCopiedAlone(EObject element) {
        return element instanceof Statement || element instanceof Inference || element instanceof Conflict;
    }

    /**
     * Adds copies of the clipboard's contents to the map and the diagram, the shapes moved by
     * (dx, dy), and draws their lines; one command.
     */
    public static Command paste(EditingDomain domain, ArgumentMap map, Diagram diagram, Collection<?> clipboard,
            double dx, double dy) {
        List<EObject> contents = clipboard == null ? List.of()
                : clipboard.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
        if (contents.stream().noneMatch(Statement.class::isInstance)) {
            return UnexecutableCommand.INSTANCE;
        }
        Copier copier = new Copier();
        List<EObject> copies = new ArrayList<>(copier.copyAll(contents));
        copier.copyReferences();
        CompoundCommand paste = new CompoundCommand("Paste");
        for (EObject copy : copies) {
            if (copy instanceof Shape shape) {
                renew(shape);
                shape.setX(shape.getX() + dx);
                shape.setY(shape.getY() + dy);
                paste.append(MapCommands.addShape(domain, diagram, shape));
            } else if (isCopiedAlone(copy)) {
                renew(copy);
                copy.eAllContents().forEachRemaining(MapClipboard::renew);
                paste.append(MapCommands.add(domain, map, (Element) copy));
            } else if (copy instanceof Element referred) {
                EObject present = inMap(map, referred);
                if (present != null && present.eClass() == referred.eClass()) {
                    List<EObject> parts = new ArrayList<>(List.of(referred));
                    referred.eAllContents().forEachRemaining(parts::add);
                    for (EObject part : parts) {
                        EObject own = inMap(map, part);
                        for (Setting usage : own == null ? List.<Setting>of() : EcoreUtil.UsageCrossReferencer.find(part, copies)) {
                            EcoreUtil.replace(usage, part, own);
                        }
                    }
                } else {
                    if (present != null) {
                        renew(referred);
                    }
                    paste.append(MapCommands.add(domain, map, referred));
                }
            }
        }
        paste.append(DiagramContents.update(domain, diagram, map));
        return paste;
    }

    /** The map's own element with the identifier of a copy, or null. */
    private static EObject inMap(ArgumentMap map, EObject copy) {
        String id = EcoreUtil.getID(copy);
        return map.eResource() == null || id == null ? null : map.eResource().getEObject(id);
    }

    /** Gives a copy an identifier of its own, of the same kind as {@link MapElements} makes. */
    private static void renew(EObject copy) {
        EAttribute id = copy.eClass().getEIDAttribute();
        if (id != null) {
            String kind = copy instanceof Statement statement ? statement.getKind().getName()
                    : Character.toLowerCase(copy.eClass().getName().charAt(0)) + copy.eClass().getName().substring(1);
            copy.eSet(id, Ids.next(kind));
        }
    }
}
