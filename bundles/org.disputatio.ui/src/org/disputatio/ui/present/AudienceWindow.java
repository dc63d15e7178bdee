// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.disputatio.model.Statement;
import org.disputatio.render.MapRenderer;
import org.disputatio.render.Scene;
import org.disputatio.render.SceneBuilder;
import org.disputatio.render.SlideDeck;
import org.disputatio.render.StepScene;
import org.disputatio.render.StepTransition;
import org.disputatio.viewer.SwtResources;
import org.disputatio.viewer.SwtSurface;
import org.disputatio.views.geometry.Box;
import org.disputatio.views.geometry.Scaling;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;

/**
 * The audience's window: only the map, full screen, as the step shows it, painted by the same
 * painter as every export. The camera glides from one step's area to the next while what the step
 * adds fades in and the rest dims around its highlights ({@link StepTransition}); the mouse is a
 * laser dot, its wheel zooms in around the pointer and back out to the step's area; clicking a
 * statement shows its full text and quote with source and page.
 */
public final class AudienceWindow {

    /** Below this the text of a step would not be read from the back of a hall, in pixels. */
    public static final double LEAST_TEXT = 18;
    private static final int GLIDE_MILLIS = 450;
    private static final double WHEEL_ZOOM = 1.25;

    public enum Cover { NONE, BLACK, WHITE }

    private final Shell shell;
    private final Canvas canvas;
    private final SwtResources resources;
    private final MapRenderer renderer;
    private final SlideDeck deck;
    private final Font overlayFont;
    private final List<IntConsumer> listeners = new ArrayList<>();

    private int step;
    private Box camera;
    private Box glideFrom;
    private long glideStart;
    /** The step shown before the one being glided to, whose picture fades into the new one; null when not gliding between steps. */
    private StepScene fadingFrom;
    /** The area zoomed into with the wheel during this step, or null for the step's own. */
    private Box zoomed;
    private Cover cover = Cover.NONE;
    private Point laser;
    private Statement shown;
    private String typed = "";
    /** The what-if painted along the bottom at the last paint, or null. */
    private String whatIfPainted;

    public AudienceWindow(Display display, Monitor monitor, MapRenderer renderer, SlideDeck deck) {
        this.renderer = renderer;
        this.deck = deck;
        shell = new Shell(display, SWT.NO_TRIM | SWT.ON_TOP);
        shell.setText("Disputatio presentation");
        shell.setBounds(monitor.getBounds());
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        canvas = new Canvas(shell, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        resources = new SwtResources(display);
        FontData data = new FontData("DejaVu Sans", 20, SWT.NORMAL);
        overlayFont = new Font(display, data);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.MouseMove, e -> {
            laser = new Point(e.x, e.y);
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseExit, e -> {
            laser = null;
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseDown, e -> click(e.x, e.y));
        canvas.addListener(SWT.MouseVerticalWheel, e -> zoom(e.count > 0, e.x, e.y));
        shell.addDisposeListener(e -> {
            resources.dispose();
            overlayFont.dispose();
        });
        camera = area(0);
    }

    public Shell shell() {
        return shell;
    }

    public Canvas canvas() {
        return canvas;
    }

    public void open() {
        shell.open();
        canvas.setFocus();
    }

    /** Told the new step's index whenever it changes. */
    public void onStep(IntConsumer listener) {
        listeners.add(listener);
    }

    public int step() {
        return step;
    }

    /** What the window shows at the current step. */
    public StepScene scene() {
        return deck.step(step);
    }

    public Cover cover() {
        return cover;
    }

    /** The statement whose text is shown over the map, or null. */
    public Statement shownStatement() {
        return shown;
    }

    /** The area the window is gliding to or shows: the step's camera, or what the wheel zoomed into. */
    public Box camera() {
        return camera;
    }

    /** Whether the wheel has zoomed into part of the step. */
    public boolean isZoomed() {
        return zoomed != null;
    }

    public void go(int index) {
        int target = Math.max(0, Math.min(deck.size() - 1, index));
        shown = null;
        if (target == step) {
            canvas.redraw();
            return;
        }
        fadingFrom = deck.step(step);
        step = target;
        zoomed = null;
        glideTo(area(step));
        listeners.forEach(l -> l.accept(step));
    }

    /** Shows a step at once, without a transition: the first one shown. */
    public void showAt(int index) {
        step = Math.max(0, Math.min(deck.size() - 1, index));
        shown = null;
        zoomed = null;
        glideFrom = null;
        fadingFrom = null;
        camera = area(step);
        canvas.redraw();
        listeners.forEach(l -> l.accept(step));
    }

    private void glideTo(Box area) {
        glideFrom = current();
        glideStart = System.currentTimeMillis();
        camera = area;
        animate();
    }

    /**
     * Zooms in around a pixel, or back out, never beyond the step's own area: once out that far,
     * the step's area is shown again as it was.
     */
    void zoom(boolean in, int x, int y) {
        var at = transform(current()).inverse(x, y);
        Box from = camera;
        double factor = in ? 1 / WHEEL_ZOOM : WHEEL_ZOOM;
        Box area = new Box(at.x() - (at.x() - from.x()) * factor, at.y() - (at.y() - from.y()) * factor, from.width() * factor,
                from.height() * factor);
        Box own = area(step);
        if (!in && area.width() >= own.width() - 1e-6) {
            zoomed = null;
            area = own;
        } else {
            zoomed = area;
        }
        fadingFrom = null;
        glideTo(area);
    }

    private Box area(int index) {
        Scene scene = deck.step(index).scene();
        return new Box(scene.x(), scene.y(), scene.width(), scene.height());
    }

    /** How far the glide has come, eased, from 0 to 1 (1 when not gliding). */
    private double progress() {
        if (glideFrom == null) {
            return 1;
        }
        double t = Math.min(1, (System.currentTimeMillis() - glideStart) / (double) GLIDE_MILLIS);
        return t * t * (3 - 2 * t);
    }

    /** The camera now, part way through a glide. */
    private Box current() {
        if (glideFrom == null) {
            return camera;
        }
        double s = progress();
        if (s >= 1) {
            glideFrom = null;
            fadingFrom = null;
            return camera;
        }
        return glideFrom.towards(camera, s);
    }

    private void animate() {
        if (canvas.isDisposed()) {
            return;
        }
        canvas.redraw();
        if (glideFrom != null) {
            canvas.getDisplay().timerExec(16, this::animate);
        }
    }

    void key(Event e) {
        if (e.character >= '0' && e.character <= '9') {
            typed += e.character;
            return;
        }
        boolean jump = !typed.isEmpty() && (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR);
        String number = typed;
        typed = "";
        if (jump) {
            go(Integer.parseInt(number) - 1);
            return;
        }
        switch (e.keyCode) {
            case SWT.ARROW_RIGHT, SWT.PAGE_DOWN, SWT.CR, SWT.KEYPAD_CR, ' ' -> go(step + 1);
            case SWT.ARROW_LEFT, SWT.PAGE_UP, SWT.BS -> go(step - 1);
            case SWT.HOME -> go(0);
            case SWT.END -> go(deck.size() - 1);
            case SWT.ESC -> {
                if (shown != null) {
                    shown = null;
                    canvas.redraw();
                } else {
                    shell.close();
                }
            }
            default -> {
                if (e.character == 'b' || e.character == 'B' || e.character == '.') {
                    cover = cover == Cover.BLACK ? Cover.NONE : Cover.BLACK;
                } else if (e.character == 'w' || e.character == 'W') {
                    cover = cover == Cover.WHITE ? Cover.NONE : Cover.WHITE;
                } else {
                    return;
                }
                canvas.redraw();
            }
        }
    }

    /** Scale and offset from diagram units to the window for a camera area. */
    private Scaling transform(Box area) {
        Rectangle client = canvas.getClientArea();
        double margin = 40;
        double scale = Math.min((client.width - 2 * margin) / Math.max(area.width(), 1),
                (client.height - 2 * margin) / Math.max(area.height(), 1));
        // Readable from the back of the hall: rather crop the area round its centre than shrink the text.
        scale = Math.max(scale, LEAST_TEXT / renderer.format().label().size());
        double dx = (client.width - area.width() * scale) / 2 - area.x() * scale;
        double dy = (client.height - area.height() * scale) / 2 - area.y() * scale;
        return new Scaling(scale, dx, dy);
    }

    void click(int x, int y) {
        var at = transform(current()).inverse(x, y);
        shown = null;
        for (Scene.Node node : deck.step(step).scene().nodes()) {
            if (node.contains(at.x(), at.y()) && node.shape().getElement() instanceof Statement statement) {
                shown = statement;
            }
        }
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle client = canvas.getClientArea();
        if (cover != Cover.NONE) {
            gc.setBackground(canvas.getDisplay().getSystemColor(cover == Cover.BLACK ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
            gc.fillRectangle(client);
            return;
        }
        gc.setBackground(resources.color(renderer.style().background()));
        gc.fillRectangle(client);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Box area = current();
        Scaling t = transform(area);
        StepScene scene = drawn();
        Transform transform = new Transform(canvas.getDisplay());
        try {
            transform.translate((float) t.dx(), (float) t.dy());
            transform.scale((float) t.scale(), (float) t.scale());
            gc.setTransform(transform);
            // Through the step, so that a step showing the evaluation draws its labels.
            // The whole window shows diagram, not only the camera's area: paint what lies in it.
            var corner = t.inverse(0, 0);
            scene.paint(renderer.painter(), new SwtSurface(gc, resources), corner.x(), corner.y(), client.width / t.scale(),
                    client.height / t.scale(), t.scale());
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
        whatIfPainted = scene.evaluation() == null ? null : scene.evaluation().whatIf();
        if (whatIfPainted != null) {
            paintWhatIf(gc, client, whatIfPainted);
        }
        if (shown != null) {
            paintOverlay(gc, client);
        }
        if (laser != null) {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.fillOval(laser.x - 7, laser.y - 7, 14, 14);
        }
    }

    private void paintOverlay(GC gc, Rectangle client) {
        String text = SceneBuilder.tooltip(shown);
        gc.setFont(overlayFont);
        int width = Math.min(client.width - 80, 1100);
        List<String> lines = wrap(gc, text, width - 48);
        int lineHeight = gc.getFontMetrics().getHeight();
        int height = lines.size() * lineHeight + 48;
        int x = (client.width - width) / 2, y = client.height - height - 40;
        gc.setAlpha(240);
        gc.setBackground(resources.color(0x202020));
        gc.fillRoundRectangle(x, y, width, height, 16, 16);
        gc.setAlpha(255);
        gc.setForeground(resources.color(0xFFFFFF));
        for (int i = 0; i < lines.size(); i++) {
            gc.drawText(lines.get(i), x + 24, y + 24 + i * lineHeight, true);
        }
    }

    /** The step's what-if along the bottom edge, so the hall knows what the labels assume. */
    private void paintWhatIf(GC gc, Rectangle client, String text) {
        gc.setFont(overlayFont);
        List<String> lines = wrap(gc, text, client.width - 80);
        int lineHeight = gc.getFontMetrics().getHeight();
        int y = client.height - 16 - lines.size() * lineHeight;
        gc.setAlpha(230);
        gc.setBackground(resources.color(renderer.style().background()));
        gc.fillRectangle(0, y - 8, client.width, client.height - y + 8);
        gc.setAlpha(255);
        gc.setForeground(resources.color(0x1A1A1A));
        for (int i = 0; i < lines.size(); i++) {
            gc.drawText(lines.get(i), 40, y + i * lineHeight, true);
        }
    }

    private static List<String> wrap(GC gc, String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && gc.textExtent(candidate).x > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The what-if the window painted last along its bottom edge, or null when the step shows no evaluation. */
    public String whatIfPainted() {
        return whatIfPainted;
    }

    /** Where a point of the diagram is in the window now, in pixels. */
    public Point toWindow(double x, double y) {
        Scaling t = transform(current());
        return new Point((int) Math.round(x * t.scale() + t.dx()), (int) Math.round(y * t.scale() + t.dy()));
    }

    /** What is drawn now: the step, or, during a transition, the picture part way from the step before. */
    public StepScene drawn() {
        StepScene now = deck.step(step);
        double s = progress();
        if (fadingFrom == null || s >= 1) {
            return now;
        }
        return StepTransition.between(fadingFrom, now, s, renderer.style().background());
    }

    public MapRenderer renderer() {
        return renderer;
    }

    public SlideDeck deck() {
        return deck;
    }

    /** The size, in pixels, at which the step's statement labels appear now. */
    public double labelPixels() {
        return renderer.format().label().size() * transform(current()).scale();
    }
}
