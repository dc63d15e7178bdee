// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import java.util.ArrayList;
import java.util.List;

import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.LineRouting;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a small made-up debate with the options big maps get, to be run on the second core
 * while a short-lived process (the command line) still reads its map: ELK's classes are then
 * loaded and initialised, and its busiest methods compiled, when the real layout starts. In a
 * render of 1,000 statements the first layout took about 360 ms and a second of the same graph
 * about 220 ms. Nothing of it is kept; ELK lays out each graph with a random seed of its own.
 */
public final class LayoutWarmUp {

    /** Enough boxes for the compiler to see ELK's loops many times, few enough to end well before the map is read. */
    private static final int BOXES = 300;

    private LayoutWarmUp() {
    }

    /** Lays the made-up debate out, on the caller's thread (start a daemon thread for it: the process need not wait for it). */
    public static void run() {
        ElkNode graph = ElkGraphUtil.createGraph();
        LayoutAlgorithms.configure(graph, LayoutAlgorithm.LAYERED, LayoutDirection.UP, LineRouting.ORTHOGONAL);
        List<ElkNode> nodes = new ArrayList<>();
        for (int i = 0; i < BOXES; i++) {
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setDimensions(160 + i % 5 * 20, 60 + i % 3 * 20);
            nodes.add(node);
            if (i > 0) {
                // Each statement answers one of the dozen before it; every tenth also an older one.
                ElkGraphUtil.createSimpleEdge(node, nodes.get(Math.max(0, i - 1 - i * 7 % Math.min(i, 12))));
                if (i % 10 == 0) {
                    ElkGraphUtil.createSimpleEdge(node, nodes.get(i / 3));
                }
            }
        }
        LayoutAlgorithms.forSize(graph, LayoutAlgorithm.LAYERED, LayoutAlgorithms.LARGE);
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
    }
}
