// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.model.Actor;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.Argument;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.CriticalQuestion;
import org.disputatio.model.CriticalQuestionUse;
import org.disputatio.model.Inference;
import org.disputatio.model.Preference;
import org.disputatio.model.QuestionStatus;
import org.disputatio.model.Rephrase;
import org.disputatio.model.Scheme;
import org.disputatio.model.Source;
import org.disputatio.model.SourceKind;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.model.ActorKind;
import org.disputatio.views.Diagram;
import org.disputatio.views.Edge;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.Presentation;
import org.disputatio.views.Shape;
import org.disputatio.views.Step;
import org.disputatio.views.Style;
import org.disputatio.views.ViewsFactory;

/** Maps for tests, built through the public API. */
final class TestMaps {

    private TestMaps() {
    }

    /**
     * The Nye / Sun and Wang exchange as Edney reports it, using every element type of both
     * packages, with fixed identifiers so that files can be compared.
     */
    static MapSession everyElementType(Path file) {
        MapSession session = MapSession.create(file, "Soft power: mutually reinforcing or zero-sum?");
        ArgumentMap map = session.getMap();
        map.setId("map");
        map.setDescription("Edney (2015) on Nye and on Sun and Wang. Quotes with \"marks\" & <angle brackets>.");

        Source edney = MapElements.source("Building National Cohesion and Domestic Legitimacy", 2015, "Kingsley Edney");
        edney.setId("edney2015");
        edney.setKind(SourceKind.JOURNAL_ARTICLE);
        edney.setVenue("Politics");
        edney.setDoi("10.1111/1467-9256.12074");
        Source sunWang = MapElements.source("Cultural security and soft power", 2014, "Sun", "Wang");
        sunWang.setId("sunwang2014");
        Actor nye = MapElements.actor("Joseph Nye");
        nye.setId("nye");
        nye.setKind(ActorKind.PERSON);
        Actor sunAndWang = MapElements.actor("Sun and Wang");
        sunAndWang.setId("sun-wang");
        sunAndWang.setKind(ActorKind.GROUP);
        map.getSources().addAll(List.of(edney, sunWang));
        map.getActors().addAll(List.of(nye, sunAndWang));

        Statement thesis = MapElements.statement(StatementKind.CLAIM, "US and Chinese soft power can reinforce each other");
        thesis.setId("nye-thesis");
        thesis.setText("American and Chinese soft power can be mutually reinforcing rather than zero-sum.");
        thesis.setQuote("soft power need not be zero-sum");
        thesis.setLocator("p. 10");
        thesis.setSource(edney);
        thesis.setProponent(nye);
        thesis.getTags().addAll(List.of("nye", "zero-sum"));
        thesis.setNotes("Line one\nline two\ttabbed");
        Statement reason = MapElements.statement(StatementKind.CLAIM, "Mutual attraction reduces the potential for conflict");
        reason.setId("nye-reason");
        reason.setProponent(nye);
        Statement evidence = MapElements.statement(StatementKind.EVIDENCE, "Nye 2011, p. 90");
        evidence.setId("nye-evidence");
        Statement rebuttal = MapElements.statement(StatementKind.REBUTTAL, "Non-zero-sum talk reflects a Western system");
        rebuttal.setId("sunwang-rebuttal");
        rebuttal.setProponent(sunAndWang);
        rebuttal.setSource(edney);
        rebuttal.getCitations().add(withId(MapElements.citation(sunWang, "p. 108"), "cite-sw-108"));
        Statement restated = MapElements.statement(StatementKind.CLAIM, "Soft power is not zero-sum");
        restated.setId("restated");
        map.getStatements().addAll(List.of(thesis, reason, evidence, rebuttal, restated));

        Scheme consequences = ArgmapFactory.eINSTANCE.createScheme();
        consequences.setId("scheme-consequences");
        consequences.setName("Argument from consequences");
        CriticalQuestion cq = ArgmapFactory.eINSTANCE.createCriticalQuestion();
        cq.setId("cq-likely");
        cq.setText("How likely are the consequences?");
        consequences.getCriticalQuestions().add(cq);
        map.getSchemes().add(consequences);

        Inference support = withId(MapElements.inference(List.of(reason, evidence), thesis), "inf-1");
        support.setScheme(consequences);
        map.getInferences().add(support);

        Conflict attack = withId(MapElements.conflict(List.of(rebuttal), thesis), "conflict-1");
        Conflict undercut = withId(MapElements.conflict(List.of(rebuttal), support), "conflict-2");
        map.getConflicts().addAll(List.of(attack, undercut));

        CriticalQuestionUse raised = ArgmapFactory.eINSTANCE.createCriticalQuestionUse();
        raised.setId("cq-use-1");
        raised.setQuestion(cq);
        raised.setStatus(QuestionStatus.RAISED);
        raised.setBy(undercut);
        support.getCriticalQuestions().add(raised);

        Preference preference = ArgmapFactory.eINSTANCE.createPreference();
        preference.setId("pref-1");
        preference.setPreferred(rebuttal);
        preference.setDispreferred(thesis);
        map.getPreferences().add(preference);

        Rephrase rephrase = ArgmapFactory.eINSTANCE.createRephrase();
        rephrase.setId("rephrase-1");
        rephrase.setOriginal(thesis);
        rephrase.setRestatement(restated);
        map.getRephrases().add(rephrase);

        Argument argument = ArgmapFactory.eINSTANCE.createArgument();
        argument.setId("arg-nye");
        argument.setTitle("Nye's argument");
        argument.getInferences().add(support);
        argument.setMainConclusion(thesis);
        map.getArguments().add(argument);

        Diagram diagram = MapElements.diagram("The exchange");
        diagram.setId("diagram-1");
        diagram.setLayoutDirection(LayoutDirection.UP);
        Shape thesisShape = withId(MapElements.shape(thesis, 10, 20, 200, 80.5), "shape-thesis");
        thesisShape.setPinned(true);
        Style style = ViewsFactory.eINSTANCE.createStyle();
        style.setFillColor("#ffeeaa");
        style.setFontScale(1.25);
        thesisShape.setStyle(style);
        Shape rebuttalShape = withId(MapElements.shape(rebuttal, 300, 20, 200, 80), "shape-rebuttal");
        Shape argumentShape = withId(MapElements.shape(argument, 0, 200, 400, 300), "shape-arg");
        argumentShape.setCollapsed(true);
        diagram.getShapes().addAll(List.of(thesisShape, rebuttalShape, argumentShape));
        Edge edge = ViewsFactory.eINSTANCE.createEdge();
        edge.setId("edge-1");
        edge.setElement(attack);
        edge.setSource(rebuttalShape);
        edge.setTarget(thesisShape);
        org.disputatio.views.Point bend = ViewsFactory.eINSTANCE.createPoint();
        bend.setX(250);
        bend.setY(10);
        edge.getRoute().add(bend);
        diagram.getEdges().add(edge);
        session.getResource().getContents().add(diagram);

        Presentation lecture = withId(MapElements.presentation("Lecture 3", diagram), "lecture");
        Step first = withId(MapElements.step("Nye's thesis"), "step-1");
        first.getReveal().add(thesis);
        first.getFocus().add(thesis);
        first.setSpeakerNotes("Start with Nye.");
        Step second = withId(MapElements.step("The rebuttal"), "step-2");
        second.getReveal().addAll(List.of(rebuttal, attack));
        second.getHighlight().add(rebuttal);
        lecture.getSteps().addAll(List.of(first, second));
        session.getResource().getContents().add(lecture);
        return session;
    }

    private static <T extends org.eclipse.emf.ecore.EObject> T withId(T element, String id) {
        element.eSet(element.eClass().getEIDAttribute(), id);
        return element;
    }
}
