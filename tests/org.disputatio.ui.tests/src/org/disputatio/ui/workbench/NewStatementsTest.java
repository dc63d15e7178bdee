// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.workbench;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.model.Actor;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.render.Scene;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.editor.MapEditorInput;
import org.disputatio.ui.Widgets;
import org.disputatio.viewer.MapViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** New statements land at the pointer, the first on an empty map too, and take the source and proponent last used. */
class NewStatementsTest {

    private IWorkbenchPage page;
    private MapEditor editor;
    private MapViewer viewer;
    private MapSession session;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (MapEditor) page.openEditor(MapEditorInput.untitled(), MapEditor.ID);
        editor.getSite().getShell().setSize(1400, 900);
        spin();
        viewer = editor.getViewer();
        session = editor.getSession();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        spin();
    }

    /** Moves the real pointer over the canvas and presses the key of "New Claim" (its command). */
    private Statement newClaimAt(int x, int y) throws Exception {
        Display display = viewer.getControl().getDisplay();
        Point at = viewer.getControl().toDisplay(x, y);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        display.post(move);
        spin();
        assertEquals(at, display.getCursorLocation(), "the pointer moved");
        int before = session.getMap().getStatements().size();
        editor.getSite().getService(IHandlerService.class).executeCommand("org.disputatio.ui.newClaim", null);
        spin();
        List<Statement> statements = session.getMap().getStatements();
        assertEquals(before + 1, statements.size());
        Statement added = statements.get(statements.size() - 1);
        // Type its label and press Enter, as the user does.
        Text field = Widgets.all((org.eclipse.swt.widgets.Composite) viewer.getControl(), Text.class).get(0);
        field.setText("Claim at " + x + "," + y);
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        field.notifyListeners(SWT.KeyDown, enter);
        spin();
        return added;
    }

    private void assertCentredAt(Statement statement, int x, int y) {
        Scene.Node node = viewer.nodeOf(statement);
        assertNotNull(node);
        int[] centre = viewer.toControl(node.x() + node.width() / 2, node.y() + node.height() / 2);
        assertEquals(x, centre[0], 3, "x of " + statement.getLabel());
        assertEquals(y, centre[1], 3, "y of " + statement.getLabel());
    }

    @Test
    void theFirstStatementOfAnEmptyMapAndTheNextLandAtThePointer() throws Exception {
        assertEquals(0, session.getMap().getStatements().size());
        Control canvas = viewer.getControl();
        int x = canvas.getSize().x * 2 / 3;
        int y = canvas.getSize().y * 2 / 3;
        Statement first = newClaimAt(x, y);
        assertCentredAt(first, x, y);
        Statement second = newClaimAt(x - 400, y - 250);
        assertCentredAt(second, x - 400, y - 250);
        assertCentredAt(first, x, y);
    }

    @Test
    void newStatementsTakeTheSourceAndProponentLastUsed() throws Exception {
        Source edney = MapElements.source("Chinese soft power", 2015, "Edney, Kingsley");
        session.execute(MapCommands.add(session.getEditingDomain(), session.getMap(), edney));
        Statement first = newClaimAt(300, 300);
        assertSame(edney, first.getSource(), "the map's one source");

        Source nye = MapElements.source("Soft power", 2011, "Nye, Joseph");
        Actor sun = MapElements.actor("Sun Jisi");
        session.execute(MapCommands.add(session.getEditingDomain(), session.getMap(), nye));
        session.execute(MapCommands.add(session.getEditingDomain(), session.getMap(), sun));
        session.execute(MapCommands.set(session.getEditingDomain(), first, ArgmapPackage.Literals.STATEMENT__SOURCE, nye));
        session.execute(MapCommands.set(session.getEditingDomain(), first, ArgmapPackage.Literals.STATEMENT__PROPONENT, sun));
        Statement second = newClaimAt(700, 500);
        assertSame(nye, second.getSource(), "the source last given");
        assertSame(sun, second.getProponent(), "the proponent last given");
    }
}
