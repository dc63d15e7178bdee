// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import org.disputatio.model.edit.provider.Citations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Source;
import org.disputatio.model.edit.provider.AuthorNames;
import org.junit.jupiter.api.Test;

/** The examples are saved in the current format, with the authors' names as the articles write them. */
class ExampleCitationsTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("disputatio.root", ".")).resolve("examples");

    private static List<String> citations(String example) throws Exception {
        Path file = EXAMPLES.resolve(example);
        assertTrue(Files.readString(file).contains("\"" + ArgmapPackage.eNS_URI + "\""), example + " is in the current format");
        return MapSession.open(file).getMap().getSources().stream().map(Citations::shortCitation).toList();
    }

    @Test
    void edneysSourcesAreCitedByFamilyNameOrInstitution() throws Exception {
        List<String> edney = citations("edney-2015.argmap");
        for (String expected : List.of("Edney 2015", "Sun and Wang 2014", "Nye and Wang 2009", "CCP Central Committee 2011",
                "Han 2004", "CCP Central Committee and PRC State Council 2012", "Guo 2013", "Xinhua 2014")) {
            assertTrue(edney.contains(expected), expected + " in " + edney);
        }
    }

    @Test
    void nathanAndScobellsSourcesToo() throws Exception {
        List<String> nathan = citations("nathan-scobell-2009.argmap");
        for (String expected : List.of("Nathan and Scobell 2009", "Nye 2004", "Yu 2008", "Human Rights Watch 2009",
                "The United States Commission on International Religious Freedom 2007")) {
            assertTrue(nathan.contains(expected), expected + " in " + nathan);
        }
    }

    @Test
    void chineseNamesAreWrittenFamilyNameFirst() throws Exception {
        Source wang = MapSession.open(EXAMPLES.resolve("edney-2015.argmap")).getMap().getSources().stream()
                .filter(s -> "Nye and Wang 2009".equals(Citations.shortCitation(s))).findFirst().orElseThrow();
        assertEquals("Wang Jisi", AuthorNames.fullName(wang.getAuthors().get(1)));
    }

    @Test
    void everyExampleIsInTheCurrentFormat() throws Exception {
        for (String example : List.of("cultural-soft-power.argmap", "diplomat-2025.argmap", "dw-2018.argmap", "soft-power-debate.argmap")) {
            assertTrue(!citations(example).isEmpty(), example);
        }
    }
}
