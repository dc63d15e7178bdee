// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.disputatio.model.Statement;
import org.disputatio.render.Scene;
import org.disputatio.ui.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edit > Find Statement: who holds a statement and where it is read are found too; the dialog keeps clear of what it shows. */
class FindStatementTest extends OnTheExchangeMap {

    private Shell dialog;

    @BeforeEach
    void openFind() {
        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.FIND.getId()).run();
        spin();
        dialog = Arrays.stream(editor.getSite().getShell().getDisplay().getShells()).filter(s -> "Find Statement".equals(s.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no Find Statement dialog"));
    }

    @AfterEach
    void closeFind() {
        if (!dialog.isDisposed()) {
            dialog.close();
        }
    }

    private Rectangle onScreen(Statement statement) {
        Scene.Node node = viewer.nodeOf(statement);
        int[] topLeft = viewer.toControl(node.x(), node.y());
        int[] bottomRight = viewer.toControl(node.x() + node.width(), node.y() + node.height());
        Point origin = viewer.getControl().toDisplay(topLeft[0], topLeft[1]);
        return new Rectangle(origin.x, origin.y, bottomRight[0] - topLeft[0], bottomRight[1] - topLeft[1]);
    }

    @Test
    void aProponentsNameFindsTheirStatementsAndTheDialogKeepsClearOfThem() {
        // Put the dialog right over the thesis, which the search is about to reveal.
        Rectangle thesis = onScreen(statement("thesis"));
        dialog.setLocation(thesis.x, thesis.y);
        spin();

        Text words = Widgets.field(dialog, "&Words:");
        words.setText("Nye");
        spin();
        assertEquals(List.of(statement("thesis")), viewer.getSelectedElements(), "Nye holds the thesis, first in the map");
        assertTrue(Widgets.labels(dialog).contains("1 of 2"), Widgets.labels(dialog));
        assertFalse(dialog.getBounds().intersects(onScreen(statement("thesis"))), "the dialog covers the statement it revealed");

        Widgets.press(Widgets.button(dialog, "Next"));
        spin();
        assertEquals(List.of(statement("reason")), viewer.getSelectedElements());
        assertFalse(dialog.getBounds().intersects(onScreen(statement("reason"))));

        words.setText("Edney 2015 Western");
        spin();
        assertEquals(List.of(statement("rebuttal")), viewer.getSelectedElements(), "the source's short citation is searched");
    }

    @Test
    void aHighlightThatMatchesNothingSaysSoAndWashesNothingOut() {
        Combo highlight = Widgets.all(dialog, Combo.class).get(0);
        choose(highlight, "Source: Sun and Wang 2014");
        assertFalse(viewer.isFaded(statement("thesis")), "the map is washed out");
        assertTrue(Widgets.labels(dialog).contains("No statement on this diagram matches"), Widgets.labels(dialog));

        choose(highlight, "Actor: Sun and Wang");
        assertTrue(viewer.isFaded(statement("thesis")));
        assertFalse(viewer.isFaded(statement("rebuttal")));
        assertFalse(Widgets.labels(dialog).contains("No statement"), Widgets.labels(dialog));
    }

    private static void choose(Combo combo, String item) {
        int index = Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(index >= 0, item + " is not offered: " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        spin();
    }
}
