// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.schemes;

import java.util.List;

import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.CriticalQuestion;
import org.disputatio.model.Scheme;

/**
 * One scheme of the catalogue, as shipped (catalogue.txt).
 *
 * @param id the catalogue's identifier, e.g. {@code expert-opinion}
 * @param name what the scholar reads, e.g. "Argument from expert opinion"
 * @param aifName the scheme's name in AIF maps (OVA, AIFdb), e.g. "Expert Opinion"
 * @param citation where the scheme is described
 * @param premises its premises, in our words
 * @param conclusion its conclusion
 * @param questions its critical questions
 */
public record CatalogueScheme(String id, String name, String aifName, String citation, List<String> premises,
        String conclusion, List<String> questions) {

    public CatalogueScheme {
        premises = List.copyOf(premises);
        questions = List.copyOf(questions);
    }

    /** The identifier a map's copy of this scheme has: {@code scheme-ID}. */
    public String mapId() {
        return "scheme-" + id;
    }

    /**
     * A copy for a map (which holds the schemes its inferences use, so that a file stands on its
     * own): the premises, conclusion and citation go into the description, the critical questions
     * keep their order under identifiers {@code scheme-ID-q1}, {@code -q2}, ...
     */
    public Scheme toModel() {
        Scheme scheme = ArgmapFactory.eINSTANCE.createScheme();
        scheme.setId(mapId());
        scheme.setName(name);
        StringBuilder description = new StringBuilder();
        for (String premise : premises) {
            description.append("Premise: ").append(premise).append('\n');
        }
        description.append("Conclusion: ").append(conclusion).append('\n').append("After ").append(citation).append('.');
        scheme.setDescription(description.toString());
        int n = 1;
        for (String text : questions) {
            CriticalQuestion question = ArgmapFactory.eINSTANCE.createCriticalQuestion();
            question.setId(mapId() + "-q" + n++);
            question.setText(text);
            scheme.getCriticalQuestions().add(question);
        }
        return scheme;
    }
}
