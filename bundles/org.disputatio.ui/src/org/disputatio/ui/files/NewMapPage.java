// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.files;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The one page of the {@link NewMapWizard}: the map's title, its file, and optionally the first
 * source (the article whose arguments the map will hold).
 */
class NewMapPage extends WizardPage {

    private Text title;
    private Text file;
    private Text authors;
    private Text year;
    private Text sourceTitle;

    NewMapPage() {
        super("newMap");
        setTitle("New Argument Map");
        setDescription("A map of one debate, in a file of its own. The first source can be given now or later.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        title = field(page, "&Title of the map:", 2);
        file = field(page, "&File:", 1);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browse());

        Group source = new Group(page, SWT.NONE);
        source.setText("First source (optional)");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(source);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(source);
        authors = field(source, "&Authors (separated by ;):", 1);
        year = field(source, "&Year:", 1);
        sourceTitle = field(source, "Title of the &source:", 1);

        for (Text text : List.of(title, file, authors, year, sourceTitle)) {
            text.addListener(SWT.Modify, e -> validate());
        }
        setControl(page);
    }

    private static Text field(Composite parent, String label, int span) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.argmap", "*.xmi" });
        // Replacing a file is asked about on Finish, with the other checks.
        dialog.setOverwrite(false);
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void validate() {
        setPageComplete(false);
        setMessage(null);
        if (title.getText().isBlank()) {
            setErrorMessage("Give the map a title.");
            return;
        }
        if (file.getText().isBlank()) {
            setErrorMessage("Choose the file to save the map in.");
            return;
        }
        Path chosen;
        try {
            chosen = file();
        } catch (InvalidPathException e) {
            setErrorMessage("'" + file.getText() + "' is not a file name: " + e.getReason() + ".");
            return;
        }
        if (!chosen.isAbsolute()) {
            setErrorMessage("Give the file with its folder (or choose it with Browse).");
            return;
        }
        if (!Files.isDirectory(chosen.getParent())) {
            setErrorMessage("The folder " + chosen.getParent() + " does not exist.");
            return;
        }
        if (!year.getText().isBlank() && !year.getText().strip().matches("-?\\d{1,4}")) {
            setErrorMessage("The year must be a number, such as 2008.");
            return;
        }
        if (sourceTitle.getText().isBlank() && !(authors.getText().isBlank() && year.getText().isBlank())) {
            setErrorMessage("Give the source's title, or leave the source empty.");
            return;
        }
        setErrorMessage(null);
        if (Files.exists(chosen)) {
            setMessage(chosen.getFileName() + " exists already: you will be asked before it is replaced.", IMessageProvider.WARNING);
        }
        setPageComplete(true);
    }

    String mapTitle() {
        return title.getText().strip();
    }

    /** The file chosen; {@code .argmap} is added when the name has no map file extension. */
    Path file() {
        String name = file.getText().strip();
        return Path.of(name.endsWith(".argmap") || name.endsWith(".xmi") ? name : name + ".argmap");
    }

    /** Whether a first source was given. */
    boolean hasSource() {
        return !sourceTitle.getText().isBlank();
    }

    String sourceTitle() {
        return sourceTitle.getText().strip();
    }

    Integer sourceYear() {
        return year.getText().isBlank() ? null : Integer.valueOf(year.getText().strip());
    }

    String[] sourceAuthors() {
        return Arrays.stream(authors.getText().split(";")).map(String::strip).filter(a -> !a.isEmpty()).toArray(String[]::new);
    }
}
