// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.core.PresentationCommands;
import org.disputatio.core.PresentationCommands.Gesture;
import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.render.MapSettings;
import org.disputatio.render.Scene;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;

/** A small map and its whole-map diagram, no display: a thesis, its reason, a rebuttal, evidence. */
class SmallDebate {

    final MapSession session = MapSession.create(Path.of("viewer-test.argmap"), "Viewer test");
    final Statement thesis = MapElements.statement(StatementKind.CLAIM, "Soft power can be mutually reinforcing");
    final Statement reason = MapElements.statement(StatementKind.CLAIM, "Attraction reduces conflict");
    final Statement rebuttal = MapElements.statement(StatementKind.REBUTTAL, "Non-zero-sum talk is Western");
    final Statement evidence = MapElements.statement(StatementKind.EVIDENCE, "Polls show rising attraction");
    final Diagram diagram;

    SmallDebate() {
        session.getMap().getStatements().addAll(List.of(thesis, reason, rebuttal, evidence));
        session.getMap().getInferences().add(MapElements.inference(List.of(reason), thesis));
        session.getMap().getInferences().add(MapElements.inference(List.of(evidence), reason));
        session.getMap().getConflicts().add(MapElements.conflict(List.of(rebuttal), thesis));
        diagram = DiagramContents.wholeMap(session.getMap(), DiagramContents.WHOLE_MAP);
        session.getResource().getContents().add(diagram);
    }

    /** The diagram's scene as the command line draws it (java.awt fonts, default settings). */
    Scene scene() {
        return scene(diagram);
    }

    static Scene scene(Diagram shown) {
        return MapSettings.DEFAULT.sceneBuilder(new AwtTextMeasurer()).build(shown);
    }

    /** A presentation of three steps: reveal the thesis and its reason, highlight the rebuttal, focus on the reason. */
    Presentation lecture() {
        var domain = session.getEditingDomain();
        session.execute(PresentationCommands.newPresentation(domain, diagram, "Lecture"));
        Presentation p = session.getPresentations().get(0);
        session.execute(PresentationCommands.addStep(domain, p, -1, "Nye", Gesture.REVEAL, List.of(thesis, reason)));
        session.execute(PresentationCommands.addStep(domain, p, -1, "Sun and Wang", Gesture.HIGHLIGHT, List.of(rebuttal)));
        session.execute(PresentationCommands.addStep(domain, p, -1, "Why", Gesture.FOCUS, List.of(reason)));
        return p;
    }
}
