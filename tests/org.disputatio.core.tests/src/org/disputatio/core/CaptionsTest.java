// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.model.edit.provider.Citations;
import org.junit.jupiter.api.Test;

/** Captions and where a statement is read, as the canvas, the tooltips, the views and the messages give them. */
class CaptionsTest {

    @Test
    void authorYearByTheNumberOfAuthors() {
        assertEquals("Edney 2015", Citations.shortCitation(MapElements.source("Building National Cohesion", 2015, "Kingsley Edney")));
        assertEquals("Nathan and Scobell 2009", Citations.shortCitation(MapElements.source("Human rights", 2009, "Andrew J. Nathan", "Andrew Scobell")));
        assertEquals("Zhang et al. 2012", Citations.shortCitation(MapElements.source("T", 2012, "Wei Zhang", "Li", "Wang")));
        assertEquals("Whom is China's soft power… 2025", Citations.shortCitation(MapElements.source("Whom is China's soft power for, really?", 2025)));
    }

    @Test
    void aCaptionNamesTheProponentUnlessTheyWroteTheSource() {
        Source edney = MapElements.source("Building National Cohesion", 2015, "Kingsley Edney");
        Statement statement = MapElements.statement(StatementKind.CLAIM, "Soft power serves regime security");
        assertEquals("", Citations.caption(statement));
        statement.setSource(edney);
        statement.setLocator("p. 10");
        assertEquals("Edney 2015, p. 10", Citations.whereRead(statement));
        statement.setProponent(MapElements.actor("Kingsley Edney"));
        assertEquals("Edney 2015, p. 10", Citations.caption(statement), "the author's own view");
        statement.setProponent(MapElements.actor("Sun and Wang"));
        assertEquals("Sun and Wang, in Edney 2015, p. 10", Citations.caption(statement));
        statement.setSource(null);
        assertEquals("Sun and Wang", Citations.caption(statement));
    }
}
