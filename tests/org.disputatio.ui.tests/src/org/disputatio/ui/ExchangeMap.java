// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.model.Actor;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.Argument;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Inference;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;

/**
 * A small map of Nye's thesis and Sun and Wang's rebuttal with sources, actors and an argument,
 * for the tests of the views that follow the map editor.
 */
public final class ExchangeMap {

    private ExchangeMap() {
    }

    /**
     * Writes the map: Edney 2015 is the source of the thesis and the rebuttal, Sun and Wang 2014
     * of nothing; Nye holds the thesis and its reason, Sun and Wang the rebuttal; Nye's argument
     * is the inference from the reason to the thesis. The reason has no source.
     */
    public static Path write(Path file) throws IOException {
        MapSession session = MapSession.create(file, "Nye and Sun and Wang");
        ArgumentMap map = session.getMap();
        Source edney = MapElements.source("Building National Cohesion", 2015, "Kingsley Edney");
        edney.setId("edney");
        Source sunWang = MapElements.source("Cultural security", 2014, "Sun", "Wang");
        sunWang.setId("sunwang");
        Actor nye = MapElements.actor("Joseph Nye");
        nye.setId("nye");
        Actor sunAndWang = MapElements.actor("Sun and Wang");
        sunAndWang.setId("sun-wang");
        map.getSources().addAll(List.of(edney, sunWang));
        map.getActors().addAll(List.of(nye, sunAndWang));

        Statement thesis = MapElements.statement(StatementKind.CLAIM, "Soft power can be mutually reinforcing");
        thesis.setId("thesis");
        thesis.setText("American and Chinese soft power can reinforce each other.\nThey are not zero-sum.");
        thesis.setQuote("mutually reinforcing");
        thesis.setSource(edney);
        thesis.setProponent(nye);
        thesis.getTags().addAll(List.of("nye", "zero-sum"));
        Statement reason = MapElements.statement(StatementKind.CLAIM, "Attraction reduces conflict");
        reason.setId("reason");
        reason.setProponent(nye);
        Statement rebuttal = MapElements.statement(StatementKind.REBUTTAL, "Non-zero-sum talk is Western");
        rebuttal.setId("rebuttal");
        rebuttal.setSource(edney);
        rebuttal.setProponent(sunAndWang);
        map.getStatements().addAll(List.of(thesis, reason, rebuttal));
        Inference support = MapElements.inference(List.of(reason), thesis);
        map.getInferences().add(support);
        map.getConflicts().add(MapElements.conflict(List.of(rebuttal), thesis));
        Argument argument = ArgmapFactory.eINSTANCE.createArgument();
        argument.setId("nye-argument");
        argument.setTitle("Nye's argument");
        argument.getInferences().add(support);
        argument.setMainConclusion(thesis);
        map.getArguments().add(argument);

        Diagram diagram = DiagramContents.wholeMap(map, "Exchange");
        DiagramLayouter.applyDirectly(new DiagramLayouter(new AwtTextMeasurer(), NodeFormat.DEFAULT).compute(diagram, null));
        session.getResource().getContents().add(diagram);
        session.save();
        return file;
    }
}
