// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.Ids;
import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.model.Argument;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.ViewElement;
import org.disputatio.views.ViewsPackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A map's diagrams as the pages of its editor: a new diagram of some statements, renaming,
 * duplicating and deleting one, each an undoable command on the map's file. Headless, so that
 * the editor's page tabs, a script and a test get the same commands.
 */
public final class DiagramPages {

    private final MapSession session;
    private final EditingDomain domain;
    private final DiagramLayouter layouter;

    /** @param layouter lays out a new diagram as the map is drawn */
    public DiagramPages(MapSession session, DiagramLayouter layouter) {
        this.session = session;
        this.domain = session.getEditingDomain();
        this.layouter = layouter;
    }

    /** A name no diagram of the file has yet: the wanted one, else it numbered from 2. */
    public String unusedName(String wanted) {
        Set<String> taken = new LinkedHashSet<>();
        session.getDiagrams().forEach(d -> taken.add(d.getName()));
        if (!taken.contains(wanted)) {
            return wanted;
        }
        int n = 2;
        while (taken.contains(wanted + " " + n)) {
            n++;
        }
        return wanted + " " + n;
    }

    /**
     * A new diagram, after the others, of the given statements (an argument brings its
     * statements and its frame) and the lines between them, laid out.
     *
     * @return unexecutable when nothing given is a statement or an argument
     */
    public Command newDiagram(Collection<?> elements, String name) {
        ArgumentMap map = session.getMap();
        Set<Statement> statements = new LinkedHashSet<>();
        Set<Argument> arguments = new LinkedHashSet<>();
        for (Object element : elements) {
            if (element instanceof Statement statement) {
                statements.add(statement);
            } else if (element instanceof Argument argument) {
                arguments.add(argument);
                for (Inference inference : argument.getInferences()) {
                    statements.addAll(inference.getPremises());
                    statements.add(inference.getConclusion());
                }
            }
        }
        statements.remove(null);
        if (statements.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Diagram diagram = MapElements.diagram(unusedName(name));
        statements.forEach(s -> diagram.getShapes().add(MapElements.shape(s, 0, 0, 0, 0)));
        arguments.forEach(a -> diagram.getShapes().add(MapElements.shape(a, 0, 0, 0, 0)));
        // Not yet in the file: drawn and laid out directly, and added by one command.
        DiagramContents.updateDirectly(diagram, map, false);
        DiagramLayouter.applyDirectly(layouter.compute(diagram, null));
        return labelled("New Diagram", new AddCommand(domain, session.getResource().getContents(), diagram));
    }

    /** Renames a diagram; unexecutable for a blank name or the name it has. */
    public Command rename(Diagram diagram, String name) {
        if (name == null || name.isBlank() || name.strip().equals(diagram.getName())) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled("Rename Diagram", MapCommands.set(domain, diagram, ViewsPackage.Literals.DIAGRAM__NAME, name.strip()));
    }

    /**
     * A copy of a diagram, shapes, lines and settings, right after it under a name of its own;
     * every copied shape and line gets an identifier of its own.
     */
    public Command duplicate(Diagram diagram) {
        Resource resource = session.getResource();
        Diagram copy = EcoreUtil.copy(diagram);
        for (TreeIterator<EObject> all = EcoreUtil.getAllContents(List.of(copy)); all.hasNext();) {
            if (all.next() instanceof ViewElement element) {
                element.setId(Ids.next(element.eClass().getName().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        copy.setName(unusedName(diagram.getName() + " (copy)"));
        int index = resource.getContents().indexOf(diagram) + 1;
        return labelled("Duplicate Diagram", new AddCommand(domain, resource.getContents(), copy, index));
    }

    /**
     * Deletes a diagram from the file; the map keeps every statement. A presentation of it then
     * shows the first other diagram. Unexecutable for the file's only diagram, so that the map
     * always has one to show.
     */
    public Command delete(Diagram diagram) {
        Resource resource = session.getResource();
        List<Diagram> diagrams = session.getDiagrams();
        if (diagrams.size() < 2) {
            return UnexecutableCommand.INSTANCE;
        }
        Diagram other = diagrams.get(0) == diagram ? diagrams.get(1) : diagrams.get(0);
        CompoundCommand delete = new CompoundCommand("Delete Diagram");
        for (EObject content : resource.getContents()) {
            if (content instanceof Presentation presentation && presentation.getDiagram() == diagram) {
                delete.append(MapCommands.set(domain, presentation, ViewsPackage.Literals.PRESENTATION__DIAGRAM, other));
            }
        }
        delete.append(new RemoveCommand(domain, resource.getContents(), diagram));
        return delete;
    }

    private static Command labelled(String label, Command command) {
        CompoundCommand named = new CompoundCommand(label);
        named.append(command);
        return named;
    }
}
