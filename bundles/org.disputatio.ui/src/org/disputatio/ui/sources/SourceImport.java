// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.sources;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.Bibliography;
import org.disputatio.core.MapFileException;
import org.disputatio.core.MapSession;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Source;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * Imports the sources of a BibTeX or CSL JSON file (Zotero's exports) into a map, as one
 * undoable command; sources the map already holds are left out.
 */
public final class SourceImport {

    /** What an import did: the sources added and how many of the file's the map had already. */
    public record Result(List<Source> added, int known) {
    }

    private SourceImport() {
    }

    /**
     * @throws MapFileException when the file cannot be read; the map is then unchanged
     */
    public static Result importFile(MapSession session, Path file) throws MapFileException {
        List<Source> read = Bibliography.read(file);
        List<Source> added = Bibliography.notIn(session.getMap(), read);
        if (!added.isEmpty()) {
            Command add = AddCommand.create(session.getEditingDomain(), session.getMap(), ArgmapPackage.Literals.ARGUMENT_MAP__SOURCES, added);
            session.execute(add);
        }
        return new Result(added, read.size() - added.size());
    }

    /** "Imported 3 sources; 1 was in the map already." */
    public static String describe(Result result) {
        String added = result.added().size() == 1 ? "1 source" : result.added().size() + " sources";
        String known = result.known() == 0 ? "" : result.known() == 1 ? "; 1 was in the map already" : "; " + result.known() + " were in the map already";
        return "Imported " + added + known + ".";
    }
}
