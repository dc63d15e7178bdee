// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.disputatio.core.StatementSearch;
import org.disputatio.model.Actor;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.Citations;
import org.disputatio.render.Scene;
import org.disputatio.viewer.MapViewer;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Finds statements of the map in the editor by their words and reveals them one after another,
 * and sets which statements stand out on the canvas (one source, one actor or one tag; the rest
 * washed out). Modeless, so the scholar can keep reading the map while it is open.
 */
public class FindStatementDialog extends Dialog {

    private static final int NEXT = IDialogConstants.CLIENT_ID + 1;
    private static final String EVERYTHING = "Nothing: show every statement alike";

    private final MapEditor editor;
    private final Map<String, Predicate<Statement>> highlights = new LinkedHashMap<>();
    private Text query;
    private Label found;
    private Combo highlight;
    private List<Statement> matches = List.of();
    private int current;

    public FindStatementDialog(Shell parent, MapEditor editor) {
        super(parent);
        this.editor = editor;
        setShellStyle(SWT.MODELESS | SWT.DIALOG_TRIM | SWT.RESIZE);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Find Statement");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText("&Words:");
        query = new Text(area, SWT.BORDER | SWT.SEARCH);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(query);
        query.addModifyListener(e -> search());
        new Label(area, SWT.NONE);
        found = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(found);
        new Label(area, SWT.NONE).setText("&Highlight:");
        highlight = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(highlight);
        fillHighlights(editor.getSession().getMap());
        highlight.setItems(highlights.keySet().toArray(String[]::new));
        highlight.select(0);
        highlight.addListener(SWT.Selection, e -> highlight());
        return area;
    }

    /**
     * Washes out the statements but those chosen; when the diagram draws none of them, says so
     * and shows every statement alike rather than washing out the whole map.
     */
    private void highlight() {
        MapViewer viewer = editor.getViewer();
        Predicate<Statement> chosen = highlights.get(highlight.getText());
        boolean drawn = chosen == null || viewer.getScene() != null && viewer.getScene().nodes().stream()
                .anyMatch(n -> n.shape().getElement() instanceof Statement s && chosen.test(s));
        viewer.setHighlight(drawn ? chosen : null);
        found.setText(drawn ? "" : "No statement on this diagram matches \u201C" + highlight.getText() + "\u201D: nothing is washed out.");
        found.getParent().layout();
    }

    private void fillHighlights(ArgumentMap map) {
        highlights.put(EVERYTHING, null);
        for (Source source : map.getSources()) {
            highlights.put("Source: " + Citations.shortCitation(source), s -> s.getSource() == source);
        }
        for (Actor actor : map.getActors()) {
            highlights.put("Actor: " + actor.getName(), s -> s.getProponent() == actor);
        }
        TreeSet<String> tags = new TreeSet<>();
        map.getStatements().forEach(s -> tags.addAll(s.getTags()));
        for (String tag : tags) {
            highlights.put("Tag: " + tag, s -> s.getTags().contains(tag));
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, NEXT, "&Next", true);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == NEXT) {
            next();
        } else {
            close();
        }
    }

    /** The statements found that the shown diagram draws, in the map's order. */
    private void search() {
        MapViewer viewer = editor.getViewer();
        matches = new ArrayList<>(StatementSearch.find(editor.getSession().getMap(), query.getText()).stream()
                .filter(s -> viewer.nodeOf(s) != null).toList());
        current = -1;
        next();
    }

    /** Selects and reveals the next statement found, after the last one around to the first. */
    private void next() {
        if (matches.isEmpty()) {
            found.setText(query.getText().isBlank() ? "" : "No statement on this diagram says that");
            return;
        }
        current = (current + 1) % matches.size();
        found.setText((current + 1) + " of " + matches.size());
        editor.getViewer().setSelection(new StructuredSelection(matches.get(current)), true);
        keepClearOf(matches.get(current));
    }

    /**
     * Moves the dialog off the statement it revealed, to the first corner of the canvas where it
     * covers nothing of it.
     */
    private void keepClearOf(Statement statement) {
        MapViewer viewer = editor.getViewer();
        Scene.Node node = viewer.nodeOf(statement);
        Shell shell = getShell();
        if (node == null || shell == null) {
            return;
        }
        Control canvas = viewer.getControl();
        int[] topLeft = viewer.toControl(node.x(), node.y());
        int[] bottomRight = viewer.toControl(node.x() + node.width(), node.y() + node.height());
        Point origin = canvas.toDisplay(topLeft[0], topLeft[1]);
        Rectangle box = new Rectangle(origin.x, origin.y, bottomRight[0] - topLeft[0], bottomRight[1] - topLeft[1]);
        Rectangle dialog = shell.getBounds();
        if (!dialog.intersects(box)) {
            return;
        }
        Rectangle area = canvas.getDisplay().map(canvas, null, ((org.eclipse.swt.widgets.Composite) canvas).getClientArea());
        int margin = 8;
        int left = area.x + margin;
        int right = area.x + area.width - dialog.width - margin;
        int top = area.y + margin;
        int bottom = area.y + area.height - dialog.height - margin;
        for (Point corner : new Point[] { new Point(right, top), new Point(left, top), new Point(right, bottom), new Point(left, bottom) }) {
            if (!new Rectangle(corner.x, corner.y, dialog.width, dialog.height).intersects(box)) {
                shell.setLocation(corner);
                return;
            }
        }
    }
}
