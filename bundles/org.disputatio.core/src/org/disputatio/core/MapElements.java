// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.util.Collection;

import org.disputatio.model.Actor;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Attackable;
import org.disputatio.model.Citation;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.model.edit.provider.AuthorNames;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.Shape;
import org.disputatio.views.Step;
import org.disputatio.views.ViewsFactory;

/**
 * Makes new, detached model elements with fresh identifiers. They enter a map through
 * {@link MapCommands}, so that adding them is undoable.
 */
public final class MapElements {

    private static final ArgmapFactory MODEL = ArgmapFactory.eINSTANCE;
    private static final ViewsFactory VIEWS = ViewsFactory.eINSTANCE;

    private MapElements() {
    }

    public static ArgumentMap map(String title) {
        ArgumentMap map = MODEL.createArgumentMap();
        map.setId(Ids.next("map"));
        map.setTitle(title);
        return map;
    }

    public static Statement statement(StatementKind kind, String label) {
        Statement statement = MODEL.createStatement();
        statement.setId(Ids.next(kind.getName()));
        statement.setKind(kind);
        statement.setLabel(label);
        return statement;
    }

    public static Inference inference(Collection<Statement> premises, Statement conclusion) {
        Inference inference = MODEL.createInference();
        inference.setId(Ids.next("inference"));
        inference.getPremises().addAll(premises);
        inference.setConclusion(conclusion);
        return inference;
    }

    /** A conflict whose kind follows from its target: undercut for an inference, else rebut. */
    public static Conflict conflict(Collection<Statement> attackers, Attackable target) {
        return conflict(target instanceof Inference ? ConflictKind.UNDERCUT : ConflictKind.REBUT, attackers, target);
    }

    public static Conflict conflict(ConflictKind kind, Collection<Statement> attackers, Attackable target) {
        Conflict conflict = MODEL.createConflict();
        conflict.setId(Ids.next("conflict"));
        conflict.setKind(kind);
        conflict.getAttackers().addAll(attackers);
        conflict.setTarget(target);
        return conflict;
    }

    /** A source whose authors are written as {@link AuthorNames#parse} reads them: "Edney, Kingsley", "{CCP}". */
    public static Source source(String title, Integer year, String... authors) {
        Source source = MODEL.createSource();
        source.setId(Ids.next("source"));
        source.setTitle(title);
        source.setYear(year);
        for (String author : authors) {
            source.getAuthors().add(AuthorNames.parse(author));
        }
        return source;
    }

    public static Actor actor(String name) {
        Actor actor = MODEL.createActor();
        actor.setId(Ids.next("actor"));
        actor.setName(name);
        return actor;
    }

    public static Citation citation(Source work, String locator) {
        Citation citation = MODEL.createCitation();
        citation.setId(Ids.next("citation"));
        citation.setWork(work);
        citation.setLocator(locator);
        return citation;
    }

    public static Diagram diagram(String name) {
        Diagram diagram = VIEWS.createDiagram();
        diagram.setId(Ids.next("diagram"));
        diagram.setName(name);
        return diagram;
    }

    public static Shape shape(Element element, double x, double y, double width, double height) {
        Shape shape = VIEWS.createShape();
        shape.setId(Ids.next("shape"));
        shape.setElement(element);
        shape.setX(x);
        shape.setY(y);
        shape.setWidth(width);
        shape.setHeight(height);
        return shape;
    }

    public static Presentation presentation(String name, Diagram diagram) {
        Presentation presentation = VIEWS.createPresentation();
        presentation.setId(Ids.next("presentation"));
        presentation.setName(name);
        presentation.setDiagram(diagram);
        return presentation;
    }

    public static Step step(String title) {
        Step step = VIEWS.createStep();
        step.setId(Ids.next("step"));
        step.setTitle(title);
        return step;
    }
}
