// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.Objects;

import org.disputatio.model.Actor;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.Citations;

/**
 * {@linkplain Citations#caption Captions} of statements taken in turn in one pass over a map that
 * does not change meanwhile: a statement held by the proponent of the one before, read in the
 * same source at the same place, gets the same caption without making it again (most statements
 * of a debate follow one another out of one source). Making each anew was about a fifth of the
 * command line's time from the map read to the layout at 5,000 statements, in code still cold.
 * Keep one only for the pass: a proponent renamed later would keep the old caption.
 */
public final class Captions {

    private Actor proponent;
    private Source source;
    private String locator;
    private String caption;

    public String of(Statement statement) {
        if (caption == null || statement.getProponent() != proponent || statement.getSource() != source
                || !Objects.equals(statement.getLocator(), locator)) {
            proponent = statement.getProponent();
            source = statement.getSource();
            locator = statement.getLocator();
            caption = Citations.caption(statement);
        }
        return caption;
    }
}
