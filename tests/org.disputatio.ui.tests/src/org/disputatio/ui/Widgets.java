package org.disputatio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Finding and driving the widgets of dialogs in UI tests, including modal ones. */
final class Widgets {

    private Widgets() {
    }

    static void spin() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 5; i++) {
            while (display.readAndDispatch()) {
                // drain the queue, including asynchronous refreshes
            }
        }
    }

    /**
     * Handles the shell with this title as soon as it shows, from inside the modal loop that
     * the code under test is about to enter.
     */
    static void whenShellOpens(String title, Consumer<Shell> handler) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 20_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    handler.accept(shell);
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    static <T extends Control> List<T> all(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(all(composite, type));
            }
        }
        return found;
    }

    /** The texts of all labels, which is where dialogs put their messages. */
    static String labels(Composite parent) {
        return String.join("\n", all(parent, Label.class).stream().map(Label::getText).toList());
    }

    /** The text field right after the label with this text. */
    static Text field(Composite parent, String label) {
        for (Label candidate : all(parent, Label.class)) {
            if (candidate.getText().equals(label)) {
                Control[] siblings = candidate.getParent().getChildren();
                for (int i = 0; i < siblings.length - 1; i++) {
                    if (siblings[i] == candidate && siblings[i + 1] instanceof Text text) {
                        return text;
                    }
                }
            }
        }
        throw new AssertionError("no field labelled " + label);
    }

    static Button button(Composite parent, String text) {
        return all(parent, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    static void press(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError(button.getText() + " is disabled");
        }
        button.notifyListeners(SWT.Selection, new Event());
    }
}
