// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.core.Problem.Severity;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Edge;
import org.disputatio.views.Shape;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** Each rule: the example map passes it, and one change makes it fail on the right element. */
class MapValidatorTest {

    private final MapSession session = TestMaps.everyElementType(Path.of("memory.argmap"));

    private <T extends EObject> T get(String id) {
        @SuppressWarnings("unchecked")
        T element = (T) session.getResource().getEObject(id);
        return element;
    }

    private List<Problem> problems() {
        return MapValidator.validate(session.getResource());
    }

    private Problem onlyProblem(String rule) {
        List<Problem> found = problems().stream().filter(p -> p.rule().equals(rule)).toList();
        assertEquals(1, found.size(), () -> "expected one '" + rule + "' problem, got " + problems());
        return found.get(0);
    }

    @Test
    void theExampleMapHasNoProblems() {
        assertEquals(List.of(), problems());
    }

    @Test
    void everyElementNeedsAnIdentifier() {
        Statement reason = get("nye-reason");
        reason.setId(null);
        Problem p = onlyProblem("identifier");
        assertEquals(reason, p.element());
        assertEquals(Severity.ERROR, p.severity());
    }

    @Test
    void identifiersAreUnique() {
        ((Statement) get("nye-reason")).setId("nye-evidence");
        assertEquals(2, problems().stream().filter(p -> p.rule().equals("identifier-unique")).count());
    }

    @Test
    void anInferenceNeedsAPremiseAndAConclusion() {
        Inference inference = get("inf-1");
        inference.getPremises().clear();
        assertEquals(inference, onlyProblem("inference-premise").element());
        inference.setConclusion(null);
        Problem p = onlyProblem("inference-conclusion");
        assertTrue(p.message().contains("has no conclusion"), p.message());
    }

    @Test
    void aConflictNeedsAnAttackerAndATarget() {
        Conflict conflict = get("conflict-1");
        conflict.getAttackers().clear();
        assertEquals(conflict, onlyProblem("conflict-attacker").element());
        conflict.setTarget(null);
        assertEquals(conflict, onlyProblem("conflict-target").element());
    }

    @Test
    void anAttackOnAnInferenceIsAnUndercut() {
        Conflict onInference = get("conflict-2");
        onInference.setKind(ConflictKind.REBUT);
        assertTrue(onlyProblem("conflict-kind").message().contains("so it is an undercut"));
        onInference.setKind(ConflictKind.UNDERCUT);
        ((Conflict) get("conflict-1")).setKind(ConflictKind.UNDERCUT);
        assertTrue(onlyProblem("conflict-kind").message().contains("attacks a statement"));
    }

    @Test
    void aQuoteNeedsALocatorAndASource() {
        Statement thesis = get("nye-thesis");
        thesis.setLocator(" ");
        assertEquals(thesis, onlyProblem("quote-locator").element());
        thesis.setLocator("p. 10");
        thesis.setSource(null);
        Problem p = onlyProblem("quote-source");
        assertTrue(p.message().startsWith("the claim 'US and Chinese soft power"), p.message());
        thesis.setQuote(null);
        assertEquals(List.of(), problems(), "without a quote neither is required");
    }

    @Test
    void aCycleOfSupportIsAWarning() {
        Inference back = MapElements.inference(List.of(get("nye-thesis")), get("nye-reason"));
        session.getMap().getInferences().add(back);
        List<Problem> cycles = problems().stream().filter(p -> p.rule().equals("support-cycle")).toList();
        assertEquals(2, cycles.size(), cycles::toString);
        assertTrue(cycles.stream().allMatch(p -> p.severity() == Severity.WARNING));
    }

    /** The one-pass search for cycles warns of exactly the inferences whose conclusion leads back to a premise. */
    @Test
    void cyclesAreFoundAsASearchFromEveryConclusionFindsThem() {
        java.util.Random random = new java.util.Random(3);
        int withCycles = 0;
        for (int round = 0; round < 40; round++) {
            MapSession random_ = MapSession.create(Path.of("random.argmap"), "Random supports");
            List<Statement> statements = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Statement s = MapElements.statement(StatementKind.CLAIM, "s" + i);
                s.setId("s" + i);
                statements.add(s);
                random_.getMap().getStatements().add(s);
            }
            for (int i = 0; i < 25 + round; i++) {
                List<Statement> premises = List.of(statements.get(random.nextInt(30)), statements.get(random.nextInt(30))).stream()
                        .distinct().toList();
                Inference inference = MapElements.inference(premises, statements.get(random.nextInt(30)));
                inference.setId("i" + i);
                random_.getMap().getInferences().add(inference);
            }
            java.util.Set<Object> expected = new java.util.HashSet<>();
            for (Inference inference : random_.getMap().getInferences()) {
                // Everything reachable from the conclusion along supports.
                java.util.Set<Statement> reached = new java.util.HashSet<>(List.of(inference.getConclusion()));
                boolean grew = true;
                while (grew) {
                    grew = false;
                    for (Inference other : random_.getMap().getInferences()) {
                        if (other.getPremises().stream().anyMatch(reached::contains) && reached.add(other.getConclusion())) {
                            grew = true;
                        }
                    }
                }
                if (inference.getPremises().stream().anyMatch(reached::contains)) {
                    expected.add(inference);
                }
            }
            java.util.Set<Object> warned = new java.util.HashSet<>();
            MapValidator.validate(random_.getResource()).stream().filter(p -> p.rule().equals("support-cycle"))
                    .forEach(p -> warned.add(p.element()));
            assertEquals(expected, warned, "round " + round);
            withCycles += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withCycles > 10, "the random maps should hold cycles: " + withCycles);
    }

    @Test
    void referencesMayNotLeaveTheMap() {
        MapSession other = MapSession.create(Path.of("other.argmap"), "Another debate");
        Statement foreign = MapElements.statement(StatementKind.CLAIM, "elsewhere");
        other.getMap().getStatements().add(foreign);
        ((Inference) get("inf-1")).getPremises().add(foreign);
        Problem p = onlyProblem("reference-outside-map");
        assertTrue(p.message().contains("which is not in this map"), p.message());
    }

    @Test
    void diagramsShowOnlyElementsOfTheirMap() {
        MapSession other = MapSession.create(Path.of("other.argmap"), "Another debate");
        Statement foreign = MapElements.statement(StatementKind.CLAIM, "elsewhere");
        other.getMap().getStatements().add(foreign);
        Shape shape = get("shape-thesis");
        shape.setElement(foreign);
        assertEquals(shape, onlyProblem("reference-outside-map").element());
    }

    @Test
    void presentationStepsRevealOnlyElementsOfTheirMap() {
        MapSession other = MapSession.create(Path.of("other.argmap"), "Another debate");
        Statement foreign = MapElements.statement(StatementKind.CLAIM, "elsewhere");
        other.getMap().getStatements().add(foreign);
        session.getPresentations().get(0).getSteps().get(0).getReveal().add(foreign);
        assertEquals("step-1", onlyProblem("reference-outside-map").elementId());
    }

    @Test
    void aShapeMustShowSomething() {
        ((Shape) get("shape-arg")).setElement(null);
        assertTrue(onlyProblem("required-element").message().contains("has no element"));
    }

    @Test
    void anEdgeConnectsShapesOfItsOwnDiagram() {
        var second = MapElements.diagram("second");
        Shape elsewhere = MapElements.shape(get("nye-reason"), 0, 0, 10, 10);
        second.getShapes().add(elsewhere);
        session.getResource().getContents().add(second);
        ((Edge) get("edge-1")).setSource(elsewhere);
        assertEquals("edge-1", onlyProblem("edge-diagram").elementId());
    }
}
