// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.Author;
import org.disputatio.model.Source;
import org.disputatio.model.edit.provider.AuthorNames;
import org.disputatio.model.edit.provider.Citations;
import org.junit.jupiter.api.Test;

/** Short citations from structured names, and names read as BibTeX writes them. */
class CitationsTest {

    private static Source source(Integer year, Author... authors) {
        Source source = ArgmapFactory.eINSTANCE.createSource();
        source.setYear(year);
        source.getAuthors().addAll(List.of(authors));
        return source;
    }

    @Test
    void theShortCitationNamesFamiliesAndInstitutions() {
        assertEquals("Edney 2015", Citations.shortCitation(source(2015, AuthorNames.person("Edney", "Kingsley"))));
        assertEquals("Sun and Wang 2014", Citations.shortCitation(source(2014, AuthorNames.person("Sun", null), AuthorNames.person("Wang", null))));
        assertEquals("Nye and Wang 2009", Citations.shortCitation(source(2009, AuthorNames.person("Nye", "Joseph S."), AuthorNames.familyFirst("Wang", "Jisi"))));
        assertEquals("CCP Central Committee 2011", Citations.shortCitation(source(2011, AuthorNames.literal("CCP Central Committee"))));
        assertEquals("Han 2004", Citations.shortCitation(source(2004, AuthorNames.familyFirst("Han", "Yuan"))));
        assertEquals("Zhang et al. 2012", Citations.shortCitation(source(2012, AuthorNames.person("Zhang", "Wei"),
                AuthorNames.person("Li", null), AuthorNames.person("Chen", null))));
        Source second = source(2015, AuthorNames.person("Nye", null));
        second.setYearSuffix("a");
        assertEquals("Nye 2015a", Citations.shortCitation(second));
        assertEquals("Nye", Citations.shortCitation(source(null, AuthorNames.person("Nye", null))));
    }

    @Test
    void namesAreWrittenInFullAsTheyAreSpoken() {
        assertEquals("Kingsley Edney", AuthorNames.fullName(AuthorNames.person("Edney", "Kingsley")));
        assertEquals("Wang Jisi", AuthorNames.fullName(AuthorNames.familyFirst("Wang", "Jisi")));
        assertEquals("CCP Central Committee", AuthorNames.fullName(AuthorNames.literal("CCP Central Committee")));
    }

    @Test
    void theAuthorsAreListedAsAReferenceListNamesThem() {
        assertEquals("Nye, Joseph S.; Wang Jisi; CCP Central Committee", Citations.authors(source(2009,
                AuthorNames.person("Nye", "Joseph S."), AuthorNames.familyFirst("Wang", "Jisi"), AuthorNames.literal("CCP Central Committee"))));
        assertEquals("Sun; Nye, Joseph S., Jr.", Citations.authors(source(2014, AuthorNames.person("Sun", null),
                AuthorNames.parse("Nye, Jr., Joseph S."))));
        assertEquals("", Citations.authors(source(2014)));
    }

    @Test
    void namesAreReadInBibtexSyntax() {
        Author comma = AuthorNames.parse("Edney, Kingsley");
        assertEquals("Edney", comma.getFamily());
        assertEquals("Kingsley", comma.getGiven());
        Author spoken = AuthorNames.parse("  Andrew J.   Nathan ");
        assertEquals("Nathan", spoken.getFamily());
        assertEquals("Andrew J.", spoken.getGiven());
        Author institution = AuthorNames.parse("{CCP Central Committee}");
        assertEquals("CCP Central Committee", institution.getLiteral());
        assertNull(institution.getFamily());
        Author junior = AuthorNames.parse("Nye, Jr., Joseph S.");
        assertEquals("Nye", junior.getFamily());
        assertEquals("Jr.", junior.getSuffix());
        assertEquals("Joseph S.", junior.getGiven());
        assertEquals("Nye", AuthorNames.parse("Nye").getFamily());
        assertNull(AuthorNames.parse("  "));
    }

    @Test
    void theCellTextReadsBackToTheSameNames() {
        List<Author> authors = List.of(AuthorNames.person("Nathan", "Andrew J."), AuthorNames.literal("Human Rights Watch"),
                AuthorNames.parse("Nye, Jr., Joseph S."), AuthorNames.person("Sun", null));
        String text = AuthorNames.formatList(authors);
        assertEquals("Nathan, Andrew J.; {Human Rights Watch}; Nye, Jr., Joseph S.; Sun", text);
        List<Author> read = AuthorNames.parseList(text);
        assertEquals(authors.size(), read.size());
        for (int i = 0; i < authors.size(); i++) {
            assertTrue(AuthorNames.same(authors.get(i), read.get(i)), text + " #" + i);
        }
    }
}
