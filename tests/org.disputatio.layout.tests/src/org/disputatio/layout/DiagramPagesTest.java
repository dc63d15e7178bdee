// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.disputatio.core.MapSession;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.Presentation;
import org.disputatio.views.Shape;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.disputatio.views.ViewElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A map's diagrams made, renamed, duplicated and deleted as undoable commands, on Edney's map. */
class DiagramPagesTest {

    private MapSession session;
    private DiagramPages pages;

    @BeforeEach
    void open() throws Exception {
        session = MapSession.open(Path.of(System.getProperty("disputatio.root", ".")).resolve("examples/edney-2015.argmap"));
        pages = new DiagramPages(session, new DiagramLayouter(new AwtTextMeasurer(), NodeFormat.DEFAULT));
    }

    private List<String> names() {
        return session.getDiagrams().stream().map(Diagram::getName).toList();
    }

    @Test
    void aNewDiagramShowsTheChosenStatementsAndTheLinesBetweenThem() {
        Inference inference = session.getMap().getInferences().get(0);
        Statement conclusion = inference.getConclusion();
        List<Statement> chosen = List.of(conclusion, inference.getPremises().get(0));
        assertTrue(session.execute(pages.newDiagram(chosen, "Diagram")));
        assertEquals(List.of("Whole map", "Nye against Sun and Wang", "Diagram"), names());
        assertEquals("New Diagram", session.getCommandStack().getUndoCommand().getLabel());
        Diagram made = session.getDiagrams().get(2);
        assertEquals(Set.copyOf(chosen), new HashSet<>(made.getShapes().stream().map(Shape::getElement).toList()));
        assertTrue(made.getEdges().stream().anyMatch(e -> e.getElement() == inference), "the support between them is drawn");
        assertTrue(made.getShapes().stream().allMatch(s -> s.getWidth() > 0 && s.getHeight() > 0), "laid out");
        assertTrue(session.isDirty());

        session.getCommandStack().undo();
        assertEquals(List.of("Whole map", "Nye against Sun and Wang"), names());
        assertFalse(session.isDirty());
        assertFalse(pages.newDiagram(List.of(), "Diagram").canExecute(), "nothing chosen, nothing to draw");
    }

    @Test
    void renamingIsUndoneAndABlankNameRefused() {
        Diagram nye = session.getDiagrams().get(1);
        assertTrue(session.execute(pages.rename(nye, "  Nye's thesis ")));
        assertEquals("Nye's thesis", nye.getName());
        session.getCommandStack().undo();
        assertEquals("Nye against Sun and Wang", nye.getName());
        assertFalse(pages.rename(nye, " ").canExecute());
        assertFalse(pages.rename(nye, "Nye against Sun and Wang").canExecute());
    }

    @Test
    void aDuplicateComesRightAfterWithIdentifiersOfItsOwn() {
        Diagram whole = session.getDiagrams().get(0);
        assertTrue(session.execute(pages.duplicate(whole)));
        assertEquals(List.of("Whole map", "Whole map (copy)", "Nye against Sun and Wang"), names());
        Diagram copy = session.getDiagrams().get(1);
        assertEquals(whole.getShapes().size(), copy.getShapes().size());
        assertEquals(whole.getEdges().size(), copy.getEdges().size());
        assertEquals(whole.getShapes().get(3).getX(), copy.getShapes().get(3).getX(), 1e-9, "shapes where they were");
        Edge copiedEdge = copy.getEdges().get(0);
        assertTrue(copy.getShapes().contains(copiedEdge.getSource()), "the copy's lines join the copy's shapes");
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> all = session.getResource().getAllContents(); all.hasNext();) {
            if (all.next() instanceof ViewElement element && element.getId() != null) {
                assertTrue(ids.add(element.getId()), "identifier used twice: " + element.getId());
            }
        }
        assertNotEquals(whole.getId(), copy.getId());
        assertTrue(session.execute(pages.duplicate(whole)));
        assertEquals("Whole map (copy) 2", session.getDiagrams().get(1).getName());
        session.getCommandStack().undo();
        session.getCommandStack().undo();
        assertEquals(List.of("Whole map", "Nye against Sun and Wang"), names());
    }

    @Test
    void deletingADiagramMovesItsPresentationToAnotherAndTheLastCannotGo() {
        Diagram whole = session.getDiagrams().get(0);
        Diagram nye = session.getDiagrams().get(1);
        Presentation talk = session.getPresentations().stream().filter(p -> p.getDiagram() == nye).findFirst().orElseThrow();
        int statements = session.getMap().getStatements().size();
        assertTrue(session.execute(pages.delete(nye)));
        assertEquals(List.of("Whole map"), names());
        assertSame(whole, talk.getDiagram(), "the presentation shows the other diagram");
        assertEquals(statements, session.getMap().getStatements().size(), "the map keeps its statements");
        assertFalse(pages.delete(whole).canExecute(), "a map keeps one diagram");
        session.getCommandStack().undo();
        assertEquals(List.of("Whole map", "Nye against Sun and Wang"), names());
        assertSame(nye, talk.getDiagram());
    }

    @Test
    void theRootIsTheThesisMostStatementsLeadTo() {
        Diagram nye = session.getDiagrams().get(1);
        Shape root = DiagramRoot.of(nye);
        assertEquals("edney-nye-thesis", ((Statement) root.getElement()).getId());
    }
}
