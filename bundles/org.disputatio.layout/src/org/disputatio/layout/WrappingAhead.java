// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.List;

import org.disputatio.model.Statement;

/**
 * Wraps the statements' texts on a second core, into the measurer's store of wrapped texts,
 * while the model's thread builds the diagram: the layout then finds most boxes measured. It
 * goes from the last statement back, so that it meets the layout, which measures from the
 * first, in the middle; a text both wrap is wrapped alike twice. In a render of 5,000
 * statements measuring was a quarter of the samples before the layout (JFR), on one core of two.
 */
public final class WrappingAhead {

    private WrappingAhead() {
    }

    /**
     * Starts the wrapping on a daemon thread (the process need not wait for it) and returns it.
     * The texts are read here, on the caller's thread: the other thread touches no model object.
     */
    public static Thread start(List<Statement> statements, NodeFormat format, AwtTextMeasurer measurer) {
        String[] labels = new String[statements.size()];
        String[] captions = new String[labels.length];
        Captions captioned = new Captions();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = NodeText.label(statements.get(i));
            captions[i] = captioned.of(statements.get(i));
        }
        return Thread.ofPlatform().daemon().name("wrapping ahead").start(() -> {
            for (int i = labels.length - 1; i >= 0; i--) {
                NodeText.of(labels[i], captions[i], format, measurer);
            }
        });
    }
}
