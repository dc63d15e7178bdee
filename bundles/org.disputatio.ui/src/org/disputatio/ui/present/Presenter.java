// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.present;

import org.disputatio.render.MapRenderer;
import org.disputatio.render.MapSettings;
import org.disputatio.render.VisualStyle;
import org.disputatio.render.SlideDeck;
import org.disputatio.views.Presentation;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Monitor;

/**
 * Starts a presentation: the audience window full screen on the last monitor, the console on
 * the first (both on the one screen when there is only one); closing either ends both. The
 * audience sees the map in the projector scheme, {@link VisualStyle#PROJECTOR}.
 */
public final class Presenter {

    /** The presentation being given, if any: one at a time. */
    private static Presenter running;

    private final AudienceWindow audience;
    private final PresenterConsole console;

    private Presenter(AudienceWindow audience, PresenterConsole console) {
        this.audience = audience;
        this.console = console;
    }

    /**
     * Presents from a step (from 0), in the text format of {@code settings} (the editor's, which
     * laid the diagram out) and the projector's high-contrast colours.
     */
    public static Presenter start(Display display, Presentation presentation, int fromStep, MapSettings settings) {
        if (running != null) {
            // Pressing F5 again while presenting brings the presentation back, where it is.
            running.audience.shell().forceActive();
            running.audience.canvas().setFocus();
            return running;
        }
        MapRenderer renderer = new MapRenderer(settings.withScheme(VisualStyle.Scheme.PROJECTOR));
        SlideDeck deck = new SlideDeck(renderer, presentation);
        Monitor[] monitors = display.getMonitors();
        Monitor primary = display.getPrimaryMonitor();
        Monitor projector = primary;
        for (Monitor m : monitors) {
            if (!m.equals(primary)) {
                projector = m;
            }
        }
        AudienceWindow audience = new AudienceWindow(display, projector, renderer, deck);
        PresenterConsole console = new PresenterConsole(display, primary, presentation, audience);
        audience.shell().addDisposeListener(e -> {
            if (!console.shell().isDisposed()) {
                console.shell().close();
            }
        });
        console.shell().addDisposeListener(e -> {
            if (!audience.shell().isDisposed()) {
                audience.shell().close();
            }
        });
        console.open();
        audience.open();
        audience.showAt(fromStep);
        Presenter presenter = new Presenter(audience, console);
        running = presenter;
        audience.shell().addDisposeListener(e -> running = null);
        return presenter;
    }

    /** The presentation being given now, or null. */
    public static Presenter running() {
        return running;
    }

    public AudienceWindow audience() {
        return audience;
    }

    public PresenterConsole console() {
        return console;
    }
}
