// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;

import org.disputatio.model.Actor;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.junit.jupiter.api.Test;

/** A new statement takes the source and proponent last used in its map. */
class StatementDefaultsTest {

    private final MapSession session = MapSession.create(Path.of("defaults.argmap"), "Defaults");

    private Statement add(String label) {
        Statement statement = MapElements.statement(StatementKind.CLAIM, label);
        session.execute(MapCommands.add(session.getEditingDomain(), session.getMap(), statement));
        return statement;
    }

    private Source source(String title) {
        Source source = MapElements.source(title, 2015, "Edney, Kingsley");
        session.execute(MapCommands.add(session.getEditingDomain(), session.getMap(), source));
        return source;
    }

    @Test
    void aMapWithOneSourceGivesThatOne() {
        StatementDefaults defaults = StatementDefaults.of(session.getMap());
        assertNull(defaults.source(), "no source yet");
        Source edney = source("Edney 2015");
        Statement fresh = MapElements.statement(StatementKind.CLAIM, "fresh");
        defaults.apply(fresh);
        assertSame(edney, fresh.getSource());
        assertNull(fresh.getProponent());
    }

    @Test
    void theSourceAndProponentLastGivenWinOverTheOrderOfTheMap() {
        StatementDefaults defaults = StatementDefaults.of(session.getMap());
        Source edney = source("Edney 2015");
        Source nye = source("Nye 2011");
        Actor sun = MapElements.actor("Sun Jisi");
        session.execute(MapCommands.add(session.getEditingDomain(), session.getMap(), sun));
        Statement first = add("first");
        Statement second = add("second");
        assertNull(defaults.source(), "two sources and none used: none is guessed");
        session.execute(MapCommands.set(session.getEditingDomain(), second, ArgmapPackage.Literals.STATEMENT__SOURCE, nye));
        session.execute(MapCommands.set(session.getEditingDomain(), first, ArgmapPackage.Literals.STATEMENT__SOURCE, edney));
        assertSame(edney, defaults.source(), "the one given last, though on an earlier statement");
        assertSame(sun, defaults.proponent(), "the only actor");

        session.execute(MapCommands.delete(session.getEditingDomain(), java.util.List.of(edney)));
        assertSame(nye, defaults.source(), "a deleted source is not given; the last statement's is");
    }

    @Test
    void aMapReadFromAFileStartsFromItsLastStatement() throws Exception {
        MapSession edney = MapSession.open(Path.of(System.getProperty("disputatio.root", ".")).resolve("examples/edney-2015.argmap"));
        java.util.List<Statement> statements = edney.getMap().getStatements();
        Statement last = statements.stream().filter(s -> s.getSource() != null).reduce((a, b) -> b).orElseThrow();
        assertSame(last.getSource(), StatementDefaults.of(edney.getMap()).source());
        assertSame(StatementDefaults.of(edney.getMap()), StatementDefaults.of(edney.getMap()), "one per map");
    }
}
