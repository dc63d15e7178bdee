// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core.evaluation;

import java.util.List;

import org.disputatio.model.Element;

/**
 * Why an element has its label: a sentence for the scholar and the elements it names (the
 * attackers that defeat it, or the inferences and premises whose failure leaves it without
 * support), which the editor selects.
 *
 * @param element the statement or inference explained
 * @param label its label
 * @param sentence the explanation, naming the elements by their labels
 * @param reasons the elements the sentence names
 */
public record Explanation(Element element, Label label, String sentence, List<Element> reasons) {

    public Explanation {
        reasons = List.copyOf(reasons);
    }
}
