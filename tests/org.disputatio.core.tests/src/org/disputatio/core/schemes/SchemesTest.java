// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.core.MapValidator;
import org.disputatio.core.Problem;
import org.disputatio.model.Conflict;
import org.disputatio.model.Inference;
import org.disputatio.model.QuestionStatus;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemesTest {

    @TempDir
    Path dir;

    private final SchemeCatalogue catalogue = SchemeCatalogue.shipped();

    @Test
    void theShippedCatalogueHasTheCompendiumsMostUsedSchemes() {
        assertTrue(catalogue.schemes().size() >= 25, "schemes: " + catalogue.schemes().size());
        Set<String> ids = catalogue.schemes().stream().map(CatalogueScheme::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(List.of("expert-opinion", "position-to-know", "analogy", "positive-consequences",
                "negative-consequences", "cause-to-effect", "sign", "example", "popular-opinion", "precedent",
                "verbal-classification", "practical-reasoning", "ad-hominem")), ids.toString());
        for (CatalogueScheme scheme : catalogue.schemes()) {
            assertFalse(scheme.premises().isEmpty(), scheme.id());
            assertFalse(scheme.questions().isEmpty(), scheme.id());
            assertTrue(scheme.citation().startsWith("Walton, Reed and Macagno 2008"), scheme.id());
        }
    }

    @Test
    void aifNamesMapOntoTheCatalogueAndBack() {
        CatalogueScheme expert = catalogue.byAifName("Expert Opinion");
        assertEquals("expert-opinion", expert.id());
        assertSame(expert, catalogue.byAifName("argument from expert-opinion"));
        assertSame(expert, catalogue.byAifName("EXPERT OPINION"));
        assertNull(catalogue.byAifName("Argument from the Stars"));
        for (CatalogueScheme scheme : catalogue.schemes()) {
            assertSame(scheme, catalogue.byAifName(scheme.aifName()), scheme.id());
            assertEquals(scheme.aifName(), catalogue.aifName(scheme.toModel()), scheme.id());
        }
        var own = org.disputatio.model.ArgmapFactory.eINSTANCE.createScheme();
        own.setName("Argument from Edney's regime security");
        assertEquals("Argument from Edney's regime security", catalogue.aifName(own), "a map's own scheme keeps its name");
    }

    @Test
    void aMalformedCatalogueIsReportedWithLineAndColumn() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SchemeCatalogue.parse("test.txt", new StringReader("scheme a\nname: A\nprmise: x\n")));
        assertEquals("test.txt:3:1: unknown key 'prmise' (name, aif, cite, premise, conclusion, question)", unknown.getMessage());
        IllegalArgumentException incomplete = assertThrows(IllegalArgumentException.class,
                () -> SchemeCatalogue.parse("test.txt", new StringReader("# c\nscheme a\nname: A\naif: A\n")));
        assertEquals("test.txt:2:1: scheme a has no cite", incomplete.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> SchemeCatalogue.parse("test.txt", new StringReader("scheme a\nname:\n")));
        assertEquals("test.txt:2:6: name has no text", empty.getMessage());
    }

    @Test
    void choosingASchemeAndRaisingAQuestionAreUndoableAndSurviveSaving() throws Exception {
        Path file = dir.resolve("schemes.argmap");
        MapSession session = MapSession.create(file, "Schemes");
        var domain = session.getEditingDomain();
        var map = session.getMap();
        Statement expert = MapElements.statement(StatementKind.EVIDENCE, "Nye, an expert, says so");
        Statement claim = MapElements.statement(StatementKind.CLAIM, "Soft power can be mutually reinforcing");
        Statement doubt = MapElements.statement(StatementKind.REBUTTAL, "Nye writes as an American");
        for (Statement s : List.of(expert, claim, doubt)) {
            session.execute(MapCommands.add(domain, map, s));
        }
        session.execute(MapCommands.support(domain, map, List.of(expert), claim));
        Inference inference = map.getInferences().get(0);
        session.execute(MapCommands.attack(domain, map, List.of(doubt), inference));
        Conflict conflict = map.getConflicts().get(0);

        CatalogueScheme expertOpinion = catalogue.byId("expert-opinion");
        session.execute(SchemeCommands.choose(domain, map, inference, expertOpinion));
        assertEquals("Argument from expert opinion", inference.getScheme().getName());
        assertEquals(1, map.getSchemes().size());
        List<Problem> open = openQuestions(session);
        assertEquals(expertOpinion.questions().size(), open.size());
        assertEquals(Problem.Severity.INFO, open.get(0).severity());
        assertEquals(expertOpinion.questions().size(), CriticalQuestions.open(inference));

        var bias = inference.getScheme().getCriticalQuestions().get(3);
        session.execute(SchemeCommands.mark(domain, inference, bias, QuestionStatus.RAISED, conflict));
        CriticalQuestions.State state = CriticalQuestions.of(inference).get(3);
        assertEquals(CriticalQuestions.Status.RAISED, state.status());
        assertSame(conflict, state.by());
        assertEquals(expertOpinion.questions().size() - 1, openQuestions(session).size());
        assertFalse(SchemeCommands.mark(domain, inference, bias, QuestionStatus.ANSWERED, conflict).canExecute(),
                "a conflict raises a question, it does not answer it");

        session.save();
        MapSession reopened = MapSession.open(file);
        Inference again = reopened.getMap().getInferences().get(0);
        assertEquals("scheme-expert-opinion", again.getScheme().getId());
        assertEquals(CriticalQuestions.Status.RAISED, CriticalQuestions.of(again).get(3).status());
        assertEquals(conflict.getId(), ((Conflict) CriticalQuestions.of(again).get(3).by()).getId());

        session.getCommandStack().undo();
        assertEquals(CriticalQuestions.Status.OPEN, CriticalQuestions.of(inference).get(3).status());
        session.getCommandStack().undo();
        assertNull(inference.getScheme());
        assertTrue(map.getSchemes().isEmpty(), "choosing a scheme is undone in one step");
        assertTrue(openQuestions(session).isEmpty());
    }

    @Test
    void choosingAnotherSchemeDropsTheMarksOfTheFirst() {
        MapSession session = MapSession.create(dir.resolve("m.argmap"), "m");
        var domain = session.getEditingDomain();
        var map = session.getMap();
        Statement a = MapElements.statement(StatementKind.CLAIM, "a");
        Statement b = MapElements.statement(StatementKind.CLAIM, "b");
        session.execute(MapCommands.add(domain, map, a));
        session.execute(MapCommands.add(domain, map, b));
        session.execute(MapCommands.support(domain, map, List.of(a), b));
        Inference inference = map.getInferences().get(0);
        session.execute(SchemeCommands.choose(domain, map, inference, catalogue.byId("analogy")));
        session.execute(SchemeCommands.mark(domain, inference, inference.getScheme().getCriticalQuestions().get(0),
                QuestionStatus.ANSWERED, a));
        session.execute(SchemeCommands.choose(domain, map, inference, catalogue.byId("sign")));
        assertTrue(inference.getCriticalQuestions().isEmpty());
        assertEquals(2, map.getSchemes().size(), "the map keeps the copy of the first scheme");
        assertFalse(SchemeCommands.choose(domain, map, inference, catalogue.byId("sign")).canExecute(), "already chosen");
    }

    private static List<Problem> openQuestions(MapSession session) {
        return MapValidator.validate(session.getResource()).stream().filter(p -> p.rule().equals("critical-question-open"))
                .toList();
    }
}
