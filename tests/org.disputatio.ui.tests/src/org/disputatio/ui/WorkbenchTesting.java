// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorInput;
import org.disputatio.views.Diagram;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Helpers for tests that drive the running workbench. */
public final class WorkbenchTesting {

    private WorkbenchTesting() {
    }

    /** Runs the event loop until nothing is left, including asynchronous refreshes. */
    public static void spin() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 5; i++) {
            while (display.readAndDispatch()) {
                // drain the queue
            }
        }
    }

    /**
     * Runs the event loop until the condition holds (true) or the time is up (false): for what
     * the X server answers later, such as a window's new size.
     */
    public static boolean spinUntil(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            spin();
            Thread.sleep(10);
        }
        return true;
    }

    /**
     * Runs the event loop until no job of the family is left and what the jobs handed back to the
     * UI thread has run; fails after 20 s.
     */
    public static void awaitJobs(Object family) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (Job.getJobManager().find(family).length > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the jobs of " + family + " did not finish in 20 s");
            }
            spin();
            Thread.sleep(10);
        }
        spin();
    }

    /**
     * Saves a small valid map: Nye's thesis, a reason that supports it and Sun and Wang's rebuttal
     * of it (identifiers {@code thesis}, {@code reason}, {@code rebuttal}), drawn and laid out.
     */
    public static Path saveExchange(Path file) throws Exception {
        return saveExchange(file, map -> {
        });
    }

    /** Like {@link #saveExchange(Path)}, with what a test adds to the map before it is laid out and saved. */
    public static Path saveExchange(Path file, Consumer<ArgumentMap> adding) throws Exception {
        MapSession session = MapSession.create(file, "Nye and Sun and Wang");
        ArgumentMap map = session.getMap();
        Statement thesis = MapElements.statement(StatementKind.CLAIM, "US and Chinese soft power can be mutually reinforcing");
        thesis.setId("thesis");
        Statement reason = MapElements.statement(StatementKind.CLAIM, "Mutual attraction reduces the potential for conflict");
        reason.setId("reason");
        Statement rebuttal = MapElements.statement(StatementKind.REBUTTAL, "Non-zero-sum talk reflects a Western political system");
        rebuttal.setId("rebuttal");
        map.getStatements().addAll(List.of(thesis, reason, rebuttal));
        map.getInferences().add(MapElements.inference(List.of(reason), thesis));
        map.getConflicts().add(MapElements.conflict(List.of(rebuttal), thesis));
        adding.accept(map);
        Diagram diagram = DiagramContents.wholeMap(map, "Exchange");
        DiagramLayouter.applyDirectly(new DiagramLayouter(new AwtTextMeasurer(), NodeFormat.DEFAULT).compute(diagram, null));
        session.getResource().getContents().add(diagram);
        session.save();
        return file;
    }

    /**
     * Copies one of the example maps ({@code examples/NAME} of the checkout) into a folder, so that
     * a test may change and save it.
     */
    public static Path copyExample(String name, Path folder) throws IOException {
        Path copy = folder.resolve(name);
        Files.copy(Path.of(System.getProperty("disputatio.root", ".")).resolve("examples").resolve(name), copy);
        return copy;
    }

    /** Opens a map file in a map editor of the active page, in a window large enough to see it. */
    public static MapEditor open(Path file) throws PartInitException {
        return open(file, 1400, 900);
    }

    /**
     * Opens a map file in a map editor of the active page as the canvas tests drive it: the
     * window 1200 x 800, the canvas at 100 %.
     */
    public static MapEditor openAtHundredPercent(Path file) throws PartInitException {
        MapEditor editor = open(file, 1200, 800);
        editor.getViewer().setZoom(1);
        spin();
        return editor;
    }

    private static MapEditor open(Path file, int width, int height) throws PartInitException {
        MapEditor editor = (MapEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .openEditor(new MapEditorInput(file), MapEditor.ID);
        editor.getSite().getShell().setSize(width, height);
        spin();
        return editor;
    }
}
