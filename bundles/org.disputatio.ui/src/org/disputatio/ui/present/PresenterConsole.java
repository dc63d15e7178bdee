// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.present;

import java.time.Duration;

import org.disputatio.core.PresentationCommands;
import org.disputatio.render.Scene;
import org.disputatio.render.StepScene;
import org.disputatio.viewer.SwtResources;
import org.disputatio.viewer.SwtSurface;
import org.disputatio.views.Presentation;
import org.disputatio.views.Step;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The lecturer's console: the current step and the next (its title, and its picture drawn small
 * by the same painter as the audience's), the notes in large type, the step number of how many,
 * the time spent against the time planned, and the steps to jump to.
 */
public final class PresenterConsole {

    private final Shell shell;
    private final Presentation presentation;
    private final AudienceWindow audience;
    private final Label where;
    private final Label clock;
    private final Label next;
    private final Canvas nextPicture;
    private final SwtResources resources;
    private final Text notes;
    private final List steps;
    private final Font large;
    private final long started = System.currentTimeMillis();

    public PresenterConsole(Display display, Monitor monitor, Presentation presentation, AudienceWindow audience) {
        this.presentation = presentation;
        this.audience = audience;
        shell = new Shell(display, SWT.SHELL_TRIM);
        shell.setText("Presenter console: " + presentation.getName());
        shell.setLayout(new GridLayout(2, false));
        FontData data = shell.getFont().getFontData()[0];
        large = new Font(display, data.getName(), Math.max(20, (int) (data.getHeight() * 2)), SWT.NORMAL);
        where = new Label(shell, SWT.NONE);
        where.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        where.setFont(large);
        clock = new Label(shell, SWT.RIGHT);
        clock.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        clock.setFont(large);
        notes = new Text(shell, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        notes.setFont(large);
        notes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        steps = new List(shell, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        GridData list = new GridData(SWT.FILL, SWT.FILL, false, true);
        list.widthHint = 320;
        steps.setLayoutData(list);
        for (int i = 0; i < presentation.getSteps().size(); i++) {
            steps.add((i + 1) + ". " + title(presentation.getSteps().get(i)));
        }
        steps.addListener(SWT.Selection, e -> audience.go(steps.getSelectionIndex()));
        next = new Label(shell, SWT.WRAP);
        next.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        nextPicture = new Canvas(shell, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        GridData picture = new GridData(SWT.FILL, SWT.FILL, false, false);
        picture.widthHint = 320;
        picture.heightHint = 180;
        nextPicture.setLayoutData(picture);
        resources = new SwtResources(display);
        nextPicture.addPaintListener(e -> paintNext(e.gc));
        shell.setBounds(monitor.getClientArea());
        shell.addDisposeListener(e -> {
            large.dispose();
            resources.dispose();
        });
        audience.onStep(i -> show());
        show();
        tick();
    }

    public Shell shell() {
        return shell;
    }

    public void open() {
        shell.open();
    }

    private static String title(Step step) {
        return step.getTitle() == null || step.getTitle().isBlank() ? "(untitled)" : step.getTitle();
    }

    private void show() {
        if (shell.isDisposed()) {
            return;
        }
        int k = audience.step();
        java.util.List<Step> all = presentation.getSteps();
        where.setText("Step " + (k + 1) + " of " + all.size() + ": " + title(all.get(k)));
        notes.setText(all.get(k).getSpeakerNotes() == null ? "" : all.get(k).getSpeakerNotes());
        next.setText(k + 1 < all.size() ? "Next: " + title(all.get(k + 1)) : "Next: the end");
        steps.setSelection(k);
        shell.layout(true, true);
        nextPicture.redraw();
    }

    /** The next step's scene, as the preview draws it, or null after the last step. */
    public StepScene nextScene() {
        int k = audience.step() + 1;
        return k < audience.deck().size() ? audience.deck().step(k) : null;
    }

    public Canvas nextPicture() {
        return nextPicture;
    }

    /** The next step fitted into the small canvas, as the audience will see it when it comes. */
    private void paintNext(GC gc) {
        Rectangle box = nextPicture.getClientArea();
        StepScene scene = nextScene();
        int background = audience.renderer().style().background();
        gc.setBackground(resources.color(scene == null ? 0x303030 : background));
        gc.fillRectangle(box);
        if (scene == null || box.width < 4 || box.height < 4) {
            return;
        }
        Scene s = scene.scene();
        double scale = Math.min((box.width - 8) / Math.max(s.width(), 1), (box.height - 8) / Math.max(s.height(), 1));
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Transform transform = new Transform(gc.getDevice());
        try {
            transform.translate((float) ((box.width - s.width() * scale) / 2 - s.x() * scale),
                    (float) ((box.height - s.height() * scale) / 2 - s.y() * scale));
            transform.scale((float) scale, (float) scale);
            gc.setTransform(transform);
            scene.paint(audience.renderer().painter(), new SwtSurface(gc, resources), s.x(), s.y(), s.width(), s.height(), scale);
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
    }

    private void tick() {
        if (shell.isDisposed()) {
            return;
        }
        clock.setText(clockText());
        shell.getDisplay().timerExec(1000, this::tick);
    }

    /** Elapsed of planned, as m:ss of m:ss. */
    public String clockText() {
        Duration elapsed = Duration.ofMillis(System.currentTimeMillis() - started);
        double planned = PresentationCommands.plannedMinutes(presentation);
        String text = minutes(elapsed);
        return planned > 0 ? text + " of " + minutes(Duration.ofSeconds(Math.round(planned * 60))) : text;
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + ":" + String.format("%02d", d.toSecondsPart());
    }

    public String currentText() {
        return where.getText();
    }

    public String nextText() {
        return next.getText();
    }

    public String notesText() {
        return notes.getText();
    }
}
