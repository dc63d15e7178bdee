// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import org.disputatio.views.Diagram;
import org.eclipse.jface.viewers.IStructuredContentProvider;

/**
 * The shapes of a diagram, in Zest's terms its nodes; the lines between them come with them.
 */
public class DiagramContentProvider implements IStructuredContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Diagram diagram ? diagram.getShapes().toArray() : new Object[0];
    }
}
