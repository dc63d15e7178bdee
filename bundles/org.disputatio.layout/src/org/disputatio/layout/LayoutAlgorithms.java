// SPDX-License-Identifier: EPL-2.0
package org.disputatio.layout;

import org.disputatio.views.LayoutAlgorithm;
import org.disputatio.views.LayoutDirection;
import org.disputatio.views.LineRouting;
import org.eclipse.elk.alg.force.options.ForceMetaDataProvider;
import org.eclipse.elk.alg.force.options.ForceOptions;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.SplineRoutingMode;
import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.alg.mrtree.options.MrTreeOptions;
import org.eclipse.elk.alg.radial.options.RadialMetaDataProvider;
import org.eclipse.elk.alg.radial.options.RadialOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkNode;

/**
 * The ELK algorithms behind each {@link LayoutAlgorithm}, and their options, set in Java.
 */
final class LayoutAlgorithms {

    private LayoutAlgorithms() {
    }

    /** The algorithms whose ELK meta data is registered; each is registered when first used. */
    private static final java.util.Set<LayoutAlgorithm> REGISTERED = java.util.EnumSet.noneOf(LayoutAlgorithm.class);

    /**
     * Outside OSGi nothing registers the algorithms; inside, registering them again is harmless.
     * Only the one asked for: registering all five cost a command line run about 0.1 s.
     */
    private static synchronized void register(LayoutAlgorithm algorithm) {
        if (REGISTERED.add(algorithm)) {
            service().registerLayoutMetaDataProviders(switch (algorithm) {
                case TREE -> new MrTreeMetaDataProvider();
                case RADIAL -> new RadialMetaDataProvider();
                case FORCE -> new ForceMetaDataProvider();
                default -> new LayeredMetaDataProvider();
            });
        }
    }

    /**
     * ELK's meta data service, made (when nothing made it before) without the layout providers
     * {@link java.util.ServiceLoader} finds: outside OSGi it would build the meta data of all
     * six providers on the class path, every option of every algorithm, about 20 ms of a command
     * line's start, where {@link #register} registers the one algorithm a layout uses.
     */
    private static LayoutMetaDataService service() {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(WITHOUT_SERVICES);
        try {
            return LayoutMetaDataService.getInstance();
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    /** This bundle's class loader, in which {@link java.util.ServiceLoader} finds no service. */
    private static final ClassLoader WITHOUT_SERVICES = new ClassLoader(LayoutAlgorithms.class.getClassLoader()) {
        @Override
        public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
            return name.startsWith("META-INF/services/") ? java.util.Collections.emptyEnumeration() : super.getResources(name);
        }
    };

    static void configure(ElkNode graph, LayoutAlgorithm algorithm, LayoutDirection direction, LineRouting routing) {
        register(algorithm);
        graph.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(30));
        switch (algorithm) {
            case TREE -> {
                graph.setProperty(CoreOptions.ALGORITHM, MrTreeOptions.ALGORITHM_ID);
                graph.setProperty(CoreOptions.DIRECTION, elk(direction));
                graph.setProperty(MrTreeOptions.SPACING_NODE_NODE, 40.0);
            }
            case RADIAL -> {
                graph.setProperty(CoreOptions.ALGORITHM, RadialOptions.ALGORITHM_ID);
                graph.setProperty(RadialOptions.SPACING_NODE_NODE, 40.0);
            }
            case FORCE -> {
                graph.setProperty(CoreOptions.ALGORITHM, ForceOptions.ALGORITHM_ID);
                graph.setProperty(ForceOptions.SPACING_NODE_NODE, 60.0);
                graph.setProperty(ForceOptions.RANDOM_SEED, 1);
            }
            default -> {
                graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
                graph.setProperty(CoreOptions.DIRECTION, elk(direction));
                graph.setProperty(CoreOptions.EDGE_ROUTING, routing == LineRouting.SPLINES ? EdgeRouting.SPLINES : EdgeRouting.ORTHOGONAL);
                // The sloppy mode's curves may cut through boxes, hiding text.
                graph.setProperty(LayeredOptions.EDGE_ROUTING_SPLINES_MODE, SplineRoutingMode.CONSERVATIVE);
                graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 36.0);
                graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
                graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
                graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 12.0);
                graph.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 60.0);
                graph.setProperty(LayeredOptions.RANDOM_SEED, 1);
            }
        }
    }

    /** From this many boxes on, layered spends one pass where it would spend seven. */
    static final int LARGE = 1000;

    /**
     * Big diagrams get one pass of layered's layering and crossing minimisation instead of
     * seven: at 5,000 statements that takes the layout from about 5 s to about 1 s (measured by
     * the benchmark), for a drawing that looks the same at the zoom a map that size is seen at.
     */
    static void forSize(ElkNode graph, LayoutAlgorithm algorithm, int boxes) {
        if (algorithm == LayoutAlgorithm.LAYERED && boxes >= LARGE) {
            graph.setProperty(LayeredOptions.THOROUGHNESS, 1);
            // Longest paths put each statement one layer below what it supports, as network
            // simplex does for a tree of reasons, in linear time: network simplex was a fifth of
            // rendering 10,000 statements (JFR samples).
            graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH);
            // Brandes & Koepf computes four alignments and keeps the narrowest; one of them is
            // as readable and a quarter of the work (node placement was a sixth of rendering
            // 5,000 statements, JFR samples).
            graph.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.LEFTDOWN);
            // A debate's lines seldom run in a circle (a statement answers an earlier one): a
            // depth-first search finds the few lines to turn, as the greedy breaker does, for
            // less work (the greedy breaker was 3% of layered at 5,000 statements).
            graph.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.DEPTH_FIRST);
            if (graph.getChildren().stream().allMatch(box -> box.getChildren().isEmpty())) {
                // Each row in the order of a depth-first walk of the debate instead of layer
                // sweeps: at 5,000 statements a third of the time (about 0.1 s instead of 0.3 s),
                // a drawing 15% narrower with 7% more crossings (measured, README).
                Direction direction = graph.getProperty(CoreOptions.DIRECTION);
                DebateOrder.place(graph, direction == Direction.UP || direction == Direction.DOWN);
                graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.INTERACTIVE);
            }
        }
    }

    /** Where conclusions go: arrows point from premises towards their conclusions. */
    private static Direction elk(LayoutDirection direction) {
        return switch (direction) {
            case DOWN -> Direction.DOWN;
            case LEFT -> Direction.LEFT;
            case RIGHT -> Direction.RIGHT;
            default -> Direction.UP;
        };
    }
}
