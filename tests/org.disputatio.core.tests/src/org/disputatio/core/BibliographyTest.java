// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.model.edit.provider.Citations;
import org.disputatio.model.Source;
import org.disputatio.model.SourceKind;
import org.disputatio.model.edit.provider.AuthorNames;
import org.disputatio.model.edit.provider.Citations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources from Zotero's BibTeX and CSL JSON exports. */
class BibliographyTest {

    /** As Zotero 7 exports BibTeX (Better BibTeX writes much the same). */
    private static final String ZOTERO_BIBTEX = """
            @comment{Exported from Zotero}
            @string{cq = "The China Quarterly"}

            @article{edney_building_2015,
            	title = {Building {National} {Cohesion} and {Domestic} {Legitimacy}: {A} {Regime} {Security} {Approach} to {Soft} {Power} in {China}},
            	volume = {20},
            	doi = {10.1080/13569775.2015.1061454},
            	journal = {Comparative Politics},
            	author = {Edney, Kingsley},
            	year = {2015},
            	pages = {259--272},
            }

            @incollection{nye_wang_2009,
            	title = "Hard Decisions on Soft Power",
            	booktitle = {Harvard International Review},
            	author = {Nye, Jr., Joseph S. and Wang, Jisi},
            	year = 2009,
            }

            @techreport{ccp_decision_2011,
            	title = {Decision on {Deepening} {Cultural} {System} {Reform}},
            	author = {{CCP Central Committee}},
            	institution = {Xinhua},
            	year = {2011a},
            	month = oct,
            }

            @article{han_2004,
            	title = {On the {Beijing} {Consensus}},
            	journal = cq # { (Supplement)},
            	author = {Han, Yuan and M{\\"u}ller, J{\\"o}rg and Sch{\\'e}ll, Fran{\\c c}ois},
            	year = {2004},
            }
            """;

    /** As Zotero exports CSL JSON. */
    private static final String ZOTERO_CSL = """
            [
              {"id": "http://zotero.org/users/1/items/ABC", "type": "article-journal",
               "title": "Soft Power: The Means to Success", "container-title": "Foreign Affairs",
               "DOI": "10.2307/xyz", "author": [{"family": "Sun", "given": "Jisheng"}, {"family": "Wang", "given": "Jisi"}],
               "issued": {"date-parts": [["2014", 3, 1]]}},
              {"id": "b", "type": "report", "title": "Outline of the National Cultural Development Plan",
               "publisher": "Xinhua", "author": [{"literal": "CCP Central Committee"}], "issued": {"literal": "spring 2011"},
               "year-suffix": "b"},
              {"id": "c", "type": "article-newspaper", "title": "China is spending billions",
               "author": [{"family": "Shambaugh", "given": "David"}], "issued": {"date-parts": [[2015]]},
               "URL": "https://example.org/soft-power"}
            ]
            """;

    @TempDir
    Path dir;

    @Test
    void aZoteroBibtexExportGivesTheSourcesAndTheirCitations() throws Exception {
        List<Source> sources = Bibliography.fromBibtex(dir.resolve("zotero.bib"), ZOTERO_BIBTEX);
        assertEquals(List.of("Edney 2015", "Nye and Wang 2009", "CCP Central Committee 2011a", "Han et al. 2004"),
                sources.stream().map(Citations::shortCitation).toList());
        Source edney = sources.get(0);
        assertEquals("Building National Cohesion and Domestic Legitimacy: A Regime Security Approach to Soft Power in China", edney.getTitle());
        assertEquals("Comparative Politics", edney.getVenue());
        assertEquals("10.1080/13569775.2015.1061454", edney.getDoi());
        assertEquals(SourceKind.JOURNAL_ARTICLE, edney.getKind());
        assertEquals("Joseph S. Nye, Jr.", AuthorNames.fullName(sources.get(1).getAuthors().get(0)));
        assertEquals(SourceKind.BOOK_CHAPTER, sources.get(1).getKind());
        assertEquals("CCP Central Committee", sources.get(2).getAuthors().get(0).getLiteral());
        assertEquals(SourceKind.REPORT, sources.get(2).getKind());
        assertEquals("The China Quarterly (Supplement)", sources.get(3).getVenue());
        assertEquals("Müller", sources.get(3).getAuthors().get(1).getFamily());
        assertEquals("Jörg", sources.get(3).getAuthors().get(1).getGiven());
        assertEquals("François", sources.get(3).getAuthors().get(2).getGiven());
    }

    @Test
    void aZoteroCslJsonExportToo() throws Exception {
        Path file = dir.resolve("zotero.json");
        Files.writeString(file, ZOTERO_CSL);
        List<Source> sources = Bibliography.read(file);
        assertEquals(List.of("Sun and Wang 2014", "CCP Central Committee 2011b", "Shambaugh 2015"),
                sources.stream().map(Citations::shortCitation).toList());
        assertEquals("Foreign Affairs", sources.get(0).getVenue());
        assertEquals(SourceKind.JOURNAL_ARTICLE, sources.get(0).getKind());
        assertEquals("Xinhua", sources.get(1).getVenue());
        assertEquals(SourceKind.NEWS_REPORT, sources.get(2).getKind());
        assertEquals("https://example.org/soft-power", sources.get(2).getUrl());
        assertNull(sources.get(2).getDoi());
    }

    @Test
    void aBrokenBibtexFileIsReportedWithItsLineAndColumn() {
        Path file = dir.resolve("broken.bib");
        MapFileException unclosed = assertThrows(MapFileException.class, () -> Bibliography.fromBibtex(file, """
                @article{a,
                  title = {Soft power,
                  year = 2015
                }
                """));
        assertEquals(file + ":2:11: the value that starts here runs into the next field: is a } or \" missing?", unclosed.getMessage());
        MapFileException macro = assertThrows(MapFileException.class, () -> Bibliography.fromBibtex(file, """
                @article{a,
                  journal = undefinedjournal,
                }
                """));
        assertEquals(file + ":2:13: unknown @string 'undefinedjournal'", macro.getMessage());
        MapFileException equals = assertThrows(MapFileException.class, () -> Bibliography.fromBibtex(file, "@book{b, title {x}}"));
        assertEquals(file + ":1:16: expected '=', not '{'", equals.getMessage());
    }

    @Test
    void aBrokenJsonFileIsReportedWithItsLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "[\n  {\"title\": \"Soft power\",\n   \"author\": [}\n]\n");
        MapFileException e = assertThrows(MapFileException.class, () -> Bibliography.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
    }

    @Test
    void sourcesTheMapHoldsAreNotImportedTwice() throws Exception {
        MapSession session = MapSession.create(dir.resolve("m.argmap"), "m");
        List<Source> first = Bibliography.fromBibtex(dir.resolve("a.bib"), ZOTERO_BIBTEX);
        session.getMap().getSources().addAll(first.subList(0, 2));
        List<Source> again = Bibliography.fromBibtex(dir.resolve("a.bib"), ZOTERO_BIBTEX);
        assertEquals(List.of("CCP Central Committee 2011a", "Han et al. 2004"),
                Bibliography.notIn(session.getMap(), again).stream().map(Citations::shortCitation).toList());
    }
}
