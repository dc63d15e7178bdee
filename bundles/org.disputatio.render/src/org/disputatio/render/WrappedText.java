// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

import org.disputatio.layout.NodeText;

/**
 * A node's label and caption, wrapped the first time either is read. Wrapping measures the text
 * word by word, which for the thousands of boxes of a big map was most of opening it on screen,
 * while a window shows a few of them; the lines read the same as when wrapped at once.
 */
final class WrappedText {

    private final Supplier<NodeText> wrap;
    private final boolean captioned;
    private NodeText text;

    /** {@code captioned}: whether there is a caption at all (so that asking needs no wrapping). */
    WrappedText(Supplier<NodeText> wrap, boolean captioned) {
        this.wrap = wrap;
        this.captioned = captioned;
    }

    private NodeText text() {
        if (text == null) {
            text = wrap.get();
        }
        return text;
    }

    /** The label's lines: never empty (a blank label is one empty line), so asking so wraps nothing. */
    List<String> label() {
        return new Lines(true);
    }

    List<String> caption() {
        return new Lines(false);
    }

    private final class Lines extends AbstractList<String> {

        private final boolean label;

        Lines(boolean label) {
            this.label = label;
        }

        private List<String> lines() {
            return label ? text().labelLines() : text().captionLines();
        }

        @Override
        public String get(int index) {
            return lines().get(index);
        }

        @Override
        public int size() {
            return lines().size();
        }

        @Override
        public boolean isEmpty() {
            // Wrapping gives a caption's lines only for a caption, and always a line for a label.
            return !label && !captioned;
        }
    }
}
