// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.disputatio.model.ArgumentMap;
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
    void anEmptyQueryFindsNothing() {
        assertEquals(List.of(), StatementSearch.find(map, "  "));
    }
}
