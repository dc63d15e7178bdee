// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.disputatio.core.PresentationCommands.Gesture;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/** The step groups of a handout: steps that only stress or build up the same view go with the step before. */
class StepGroupsTest {

    @Test
    void aStepThatOnlyStressesOrBuildsOnTheSameFocusJoinsTheGroupBefore() {
        MapSession session = MapSession.create(Path.of("groups.argmap"), "Groups");
        ArgumentMap map = session.getMap();
        List<Statement> s = new ArrayList<>();
        Diagram diagram = MapElements.diagram("All");
        for (int i = 0; i < 5; i++) {
            Statement statement = MapElements.statement(StatementKind.CLAIM, "S" + i);
            map.getStatements().add(statement);
            diagram.getShapes().add(MapElements.shape(statement, i * 150, 0, 120, 40));
            s.add(statement);
        }
        session.getResource().getContents().add(diagram);
        EditingDomain domain = session.getEditingDomain();
        session.execute(PresentationCommands.newPresentation(domain, diagram, "Lecture"));
        Presentation p = session.getPresentations().get(0);
        session.execute(PresentationCommands.addStep(domain, p, -1, "1", Gesture.REVEAL, s.subList(0, 2)));
        session.execute(PresentationCommands.addStep(domain, p, -1, "2 stresses", Gesture.HIGHLIGHT, List.of(s.get(0))));
        session.execute(PresentationCommands.addStep(domain, p, -1, "3 reveals", Gesture.REVEAL, List.of(s.get(2))));
        session.execute(PresentationCommands.addStep(domain, p, -1, "4 focuses", Gesture.FOCUS, List.of(s.get(2), s.get(3))));
        session.execute(PresentationCommands.addStep(domain, p, -1, "5 same focus", Gesture.FOCUS, List.of(s.get(2), s.get(3))));
        session.execute(PresentationCommands.extendStep(domain, p.getSteps().get(4), Gesture.REVEAL, List.of(s.get(4))));
        session.execute(PresentationCommands.addStep(domain, p, -1, "6 hides", Gesture.HIDE, List.of(s.get(0))));
        session.execute(PresentationCommands.addStep(domain, p, -1, "7 stresses a shown one", Gesture.HIGHLIGHT, List.of(s.get(4))));
        session.execute(PresentationCommands.addStep(domain, p, -1, "8 reveals the hidden again", Gesture.HIGHLIGHT, List.of(s.get(0))));

        assertEquals(List.of(new StepGroups.Group(0, 1), new StepGroups.Group(2, 2), new StepGroups.Group(3, 4),
                new StepGroups.Group(5, 6), new StepGroups.Group(7, 7)), StepGroups.of(p));
    }
}
