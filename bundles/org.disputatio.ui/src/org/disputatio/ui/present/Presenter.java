package org.disputatio.ui.present;

import org.disputatio.render.MapRenderer;
import org.disputatio.render.SlideDeck;
import org.disputatio.views.Presentation;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Monitor;

/**
 * Starts a presentation: the audience window full screen on the last monitor, the console on
 * the first (both on the one screen when there is only one); closing either ends both.
 */
public final class Presenter {

    private final AudienceWindow audience;
    private final PresenterConsole console;

    private Presenter(AudienceWindow audience, PresenterConsole console) {
        this.audience = audience;
        this.console = console;
    }

    public static Presenter start(Display display, Presentation presentation, int fromStep) {
        MapRenderer renderer = new MapRenderer();
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
        audience.go(fromStep);
        return new Presenter(audience, console);
    }

    public AudienceWindow audience() {
        return audience;
    }

    public PresenterConsole console() {
        return console;
    }
}
