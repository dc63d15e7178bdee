// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.edit.provider;

import java.util.List;
import java.util.stream.Collectors;

import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;

/**
 * Short names of elements inside the labels of the relations between them.
 */
public final class Labels {

    private static final int SHORT = 40;

    private Labels() {
    }

    /** A statement's label, cut at a word to a readable length; an inference reads as "inference into …". */
    public static String brief(Element element) {
        if (element == null) {
            return "?";
        }
        if (element instanceof Inference inference) {
            return "inference into " + brief(inference.getConclusion());
        }
        String label = element instanceof Statement s ? s.getLabel() : null;
        if (label == null || label.isBlank()) {
            return element.getId() == null ? "?" : element.getId();
        }
        if (label.length() <= SHORT) {
            return label;
        }
        int cut = label.lastIndexOf(' ', SHORT - 1);
        return label.substring(0, cut > SHORT / 2 ? cut : SHORT - 1).stripTrailing() + "…";
    }

    public static String briefAll(List<? extends Element> elements) {
        return elements.stream().map(Labels::brief).collect(Collectors.joining(" + "));
    }

    public static String capitalized(String word) {
        return word == null || word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
