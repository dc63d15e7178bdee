// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.disputatio.model.Actor;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Citation;
import org.disputatio.model.Source;
import org.disputatio.model.edit.provider.AuthorNames;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.junit.jupiter.api.Test;

class StatementSearchTest {

    private final ArgumentMap map = MapElements.map("Soft power");
    private final Statement nye = MapElements.statement(StatementKind.CLAIM, "Soft power is not zero-sum");
    private final Statement sunWang = MapElements.statement(StatementKind.REBUTTAL, "Culture is a matter of sovereignty");
    private final Statement wang = MapElements.statement(StatementKind.EVIDENCE, "Wang Huning on culture");

    StatementSearchTest() {
        sunWang.setQuote("some countries regard culture as\u00A0a matter of national sovereignty");
        wang.setText("Wang Hùning argued in 1993 that culture is the root of a nation's power.");
        map.getStatements().addAll(List.of(nye, sunWang, wang));
    }

    @Test
    void everyWordMustOccurInLabelTextOrQuote() {
        assertEquals(List.of(sunWang, wang), StatementSearch.find(map, "culture"));
        assertEquals(List.of(sunWang), StatementSearch.find(map, "national sovereignty"));
        assertEquals(List.of(), StatementSearch.find(map, "culture military"));
    }

    @Test
    void caseAccentsDashesAndBreaksAreIgnored() {
        assertEquals(List.of(nye), StatementSearch.find(map, "ZERO sum"));
        assertEquals(List.of(wang), StatementSearch.find(map, "huning"));
        assertEquals(List.of(sunWang), StatementSearch.find(map, "as a matter"));
    }

    @Test
    void proponentsSourcesAndCitedWorksAreSearchedToo() {
        Actor joseph = ArgmapFactory.eINSTANCE.createActor();
        joseph.setName("Joseph Nye");
        map.getActors().add(joseph);
        nye.setProponent(joseph);
        Source sunAndWang = ArgmapFactory.eINSTANCE.createSource();
        sunAndWang.setTitle("Cultural security");
        sunAndWang.setYear(2014);
        sunAndWang.getAuthors().addAll(List.of(AuthorNames.familyFirst("Sun", null), AuthorNames.familyFirst("Wang", null)));
        Source edney = ArgmapFactory.eINSTANCE.createSource();
        edney.setTitle("Building National Cohesion and Domestic Legitimacy");
        edney.setYear(2015);
        edney.getAuthors().add(AuthorNames.person("Edney", "Kingsley"));
        map.getSources().addAll(List.of(sunAndWang, edney));
        sunWang.setSource(edney);
        Citation cited = ArgmapFactory.eINSTANCE.createCitation();
        cited.setWork(sunAndWang);
        sunWang.getCitations().add(cited);

        assertEquals(List.of(nye), StatementSearch.find(map, "Nye"), "Nye's thesis, by its proponent");
        assertEquals(List.of(sunWang), StatementSearch.find(map, "Edney 2015"), "by its source's short citation");
        assertEquals(List.of(sunWang), StatementSearch.find(map, "kingsley cohesion"), "by its source's author and title");
        assertEquals(List.of(sunWang), StatementSearch.find(map, "Sun and Wang 2014 sovereignty"), "by a work it cites, with its words");
        assertEquals(List.of(), StatementSearch.find(map, "Nye sovereignty"));
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertEquals(List.of(), StatementSearch.find(map, "  "));
    }
}
