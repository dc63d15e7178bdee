// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

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
public final class Widgets {

    private Widgets() {
    }

    /**
     * Handles the shell with this title as soon as it shows, from inside the modal loop that
     * the code under test is about to enter.
     */
    public static void whenShellOpens(String title, Consumer<Shell> handler) {
        whenShellOpens(shell -> title.equals(shell.getText()), handler);
    }

    /** Like {@link #whenShellOpens(String, Consumer)}, for the first shell that matches. */
    public static void whenShellOpens(Predicate<Shell> wanted, Consumer<Shell> handler) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 20_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && wanted.test(shell)) {
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

    /**
     * Answers the next dialog with this title by pressing the button with this text (or closing
     * it, so that no test hangs on it).
     *
     * @return the texts of the dialog's labels (its message), filled in when it was answered
     */
    public static List<String> answerDialog(String title, String button) {
        List<String> labels = new ArrayList<>();
        whenShellOpens(title, dialog -> {
            all(dialog, Label.class).forEach(label -> labels.add(label.getText()));
            all(dialog, Button.class).stream().filter(b -> button.equals(b.getText())).findFirst()
                    .ifPresentOrElse(Widgets::press, dialog::close);
        });
        return labels;
    }

    public static <T extends Control> List<T> all(Composite parent, Class<T> type) {
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
    public static String labels(Composite parent) {
        return String.join("\n", all(parent, Label.class).stream().map(Label::getText).toList());
    }

    /** The text field right after the label with this text. */
    public static Text field(Composite parent, String label) {
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

    public static Button button(Composite parent, String text) {
        return all(parent, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    public static void press(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError(button.getText() + " is disabled");
        }
        button.notifyListeners(SWT.Selection, new Event());
    }
}
