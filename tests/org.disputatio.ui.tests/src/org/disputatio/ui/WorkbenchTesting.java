package org.disputatio.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.layout.AwtTextMeasurer;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.NodeFormat;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
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
     * Saves a small valid map: Nye's thesis, a reason that supports it and Sun and Wang's rebuttal
     * of it (identifiers {@code thesis}, {@code reason}, {@code rebuttal}), drawn and laid out.
     */
    public static Path saveExchange(Path file) throws Exception {
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
        Diagram diagram = DiagramContents.wholeMap(map, "Exchange");
        DiagramLayouter.applyDirectly(new DiagramLayouter(new AwtTextMeasurer(), NodeFormat.DEFAULT).compute(diagram, null));
        session.getResource().getContents().add(diagram);
        session.save();
        return file;
    }

    /** Opens a map file in a map editor of the active page, in a window large enough to see it. */
    public static MapEditor open(Path file) throws PartInitException {
        MapEditor editor = (MapEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .openEditor(new MapEditorInput(file), MapEditor.ID);
        editor.getSite().getShell().setSize(1400, 900);
        spin();
        return editor;
    }

    /**
     * Answers the next dialog with the given title, once it is open, by pressing one of its buttons.
     *
     * @return the texts of the dialog's labels (its message), filled in when it was answered
     */
    public static List<String> answerDialog(String title, String button) {
        Display display = Display.getCurrent();
        List<String> labels = new ArrayList<>();
        display.asyncExec(new Runnable() {
            private int tries;

            @Override
            public void run() {
                Shell dialog = Stream.of(display.getShells()).filter(s -> s.isVisible() && title.equals(s.getText()))
                        .findFirst().orElse(null);
                if (dialog == null) {
                    if (++tries < 50) {
                        display.timerExec(20, this);
                    }
                    return;
                }
                List<Control> controls = descendants(dialog);
                controls.stream().filter(Label.class::isInstance).map(c -> ((Label) c).getText()).forEach(labels::add);
                // Without the button the dialog is closed all the same, so that no test hangs on it.
                controls.stream().filter(Button.class::isInstance).map(Button.class::cast)
                        .filter(b -> button.equals(b.getText())).findFirst()
                        .ifPresentOrElse(b -> b.notifyListeners(SWT.Selection, new Event()), dialog::close);
            }
        });
        return labels;
    }

    /** Every control inside a composite, depth first. */
    public static List<Control> descendants(Composite composite) {
        List<Control> all = new ArrayList<>();
        for (Control child : composite.getChildren()) {
            all.add(child);
            if (child instanceof Composite inner) {
                all.addAll(descendants(inner));
            }
        }
        return all;
    }
}
