// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import org.disputatio.views.Shape;
import org.disputatio.views.Style;

/**
 * The typography and spacing of nodes, shared by the layout (for sizes) and the painters.
 * Sized to be read from the back of a lecture hall at 100%.
 *
 * @param label the font of a statement's label
 * @param caption the font of the proponent and source line below it
 * @param maxTextWidth where labels wrap
 * @param padding between a node's border and its text
 * @param captionGap between the label and the caption
 * @param junctionSize the side of the small node where a linked argument's premises join
 */
public record NodeFormat(FontSpec label, FontSpec caption, double maxTextWidth, double padding, double captionGap,
        double junctionSize) {

    public static final NodeFormat DEFAULT = new NodeFormat(new FontSpec(15, true), new FontSpec(11.5, false), 230, 12, 6, 14);

    /**
     * This format with labels of another size; captions and the wrapping width follow in
     * proportion, so that a label breaks after the same words.
     */
    public NodeFormat withLabelSize(double size) {
        double scale = size / label.size();
        return new NodeFormat(new FontSpec(size, label.bold()), new FontSpec(caption.size() * scale, caption.bold()),
                maxTextWidth * scale, padding, captionGap, junctionSize);
    }

    /** The smallest width a statement node gets, so that short labels do not make slivers. */
    public double minWidth() {
        return 110 * label.size() / DEFAULT.label().size();
    }

    /**
     * The format of one shape: this one, or, when the shape's style sets a font scale (a thesis
     * made prominent for a lecture), this one enlarged or reduced as a whole, so that the text
     * wraps into the same lines in a bigger box.
     */
    public NodeFormat of(Shape shape) {
        Style own = shape.getStyle();
        Double scale = own == null ? null : own.getFontScale();
        if (scale == null || scale <= 0 || scale == 1) {
            return this;
        }
        return new NodeFormat(new FontSpec(label.size() * scale, label.bold()), new FontSpec(caption.size() * scale, caption.bold()),
                maxTextWidth * scale, padding * scale, captionGap * scale, junctionSize);
    }
}
