// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

/**
 * Measures text, so that nodes are as large as their wrapped labels. The layout is headless;
 * the screen supplies a measurer backed by its own graphics, exports one backed by java.awt.
 */
public interface TextMeasurer {

    /** The advance width of the text, in diagram units. */
    double width(String text, FontSpec font);

    /** The distance from one line's baseline to the next. */
    double lineHeight(FontSpec font);

    /** The distance from the top of a line to its baseline. */
    double ascent(FontSpec font);

    /**
     * {@code text} wrapped at {@code maxWidth} as a node shows it. A measurer may keep what it
     * wrapped: the layout and then the scene ask for every box's text, and boxes share captions.
     */
    default NodeText.Block wrapped(String text, FontSpec font, double maxWidth) {
        return NodeText.block(text, font, maxWidth, this);
    }
}
