// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.disputatio.core.DeferredCommand;
import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapFileException;
import org.disputatio.core.MapSession;
import org.disputatio.interchange.MapFormats;
import org.disputatio.layout.DiagramEdits;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Element;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * Brings what an Argdown, AIF or map file holds into the map being edited, as one undoable
 * command: its statements, relations, arguments, sources and actors. Identifiers the map uses
 * already are renamed in what is brought in, so references stay whole. The statements are drawn
 * in the diagram in front, laid out around the shapes already there (which stay where the scholar
 * put them); the file's own diagrams and presentations stay out, and the scholar hears so.
 */
public final class MapImport {

    /** What an import did: how many statements came in, and what stayed out. */
    public record Result(int statements, List<String> notices) {
    }

    private MapImport() {
    }

    /**
     * @param diagram the diagram to draw the statements in, with the editor's {@code edits}; null for none
     * @throws MapFileException when the file cannot be read; the map is then unchanged
     */
    public static Result importFile(MapSession session, Path file, Diagram diagram, DiagramEdits edits) throws MapFileException {
        MapFormats.Opened read = MapFormats.read(file, null);
        try {
            ArgumentMap from = read.session().getMap();
            renameClashes(session, from);
            int statements = from.getStatements().size();
            String label = "Import " + file.getFileName();
            CompoundCommand add = new CompoundCommand(label);
            for (EReference contained : ArgmapPackage.Literals.ARGUMENT_MAP.getEAllContainments()) {
                List<?> values = new ArrayList<>((List<?>) from.eGet(contained));
                if (!values.isEmpty()) {
                    add.append(AddCommand.create(session.getEditingDomain(), session.getMap(), contained, values));
                }
            }
            Command command = add;
            if (diagram != null && !add.isEmpty()) {
                List<Shape> shapes = from.getStatements().stream().map(s -> MapElements.shape(s, 0, 0, 0, 0)).toList();
                shapes.forEach(shape -> add.append(MapCommands.addShape(session.getEditingDomain(), diagram, shape)));
                CompoundCommand drawn = new CompoundCommand(label);
                drawn.append(edits.drawn(label, session.getMap(), diagram, add));
                // Only the new shapes move; they can be placed once they are sized.
                drawn.append(new DeferredCommand("Layout", () -> edits.layOut(diagram, shapes)));
                command = drawn;
            }
            List<String> notices = new ArrayList<>(read.notices());
            int views = read.session().getDiagrams().size() + read.session().getPresentations().size();
            if (views > 0) {
                notices.add(views + " diagram(s) or presentation(s) of the file not brought in: the map keeps its own");
            }
            if (!add.isEmpty() && !session.execute(command)) {
                throw new MapFileException(file, 0, 0, "its contents could not be added to the map", null);
            }
            return new Result(statements, notices);
        } finally {
            read.session().dispose();
        }
    }

    /** Gives what comes in a new identifier wherever the map has one like it (thesis becomes thesis-2). */
    private static void renameClashes(MapSession session, ArgumentMap from) {
        Set<String> taken = new HashSet<>();
        for (TreeIterator<EObject> all = session.getResource().getAllContents(); all.hasNext();) {
            if (all.next() instanceof Element e && e.getId() != null) {
                taken.add(e.getId());
            }
        }
        for (TreeIterator<EObject> all = from.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Element e && e.getId() != null) {
                String id = e.getId();
                for (int n = 2; taken.contains(id); n++) {
                    id = e.getId() + "-" + n;
                }
                e.setId(id);
                taken.add(id);
            }
        }
    }

    /** "Imported 3 statements from debate.argdown into the map." and what stayed out. */
    public static String describe(Path file, Result result) {
        String said = "Imported " + (result.statements() == 1 ? "1 statement" : result.statements() + " statements") + " from "
                + file.getFileName() + " into the map, as one step Undo takes back.";
        return result.notices().isEmpty() ? said : said + "\n\nNot brought in:\n- " + String.join("\n- ", result.notices());
    }
}
