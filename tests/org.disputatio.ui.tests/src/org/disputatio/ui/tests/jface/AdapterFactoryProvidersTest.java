// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.tests.jface;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.model.edit.ui.AdapterFactoryContentProvider;
import org.disputatio.model.edit.ui.AdapterFactoryLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The label and content providers over the item providers, in a plain tree viewer. */
class AdapterFactoryProvidersTest {

    private MapSession session;
    private Statement thesis;
    private Shell shell;
    private TreeViewer viewer;

    @BeforeEach
    void show() {
        session = MapSession.create(Path.of("exchange.argmap"), "Exchange");
        thesis = MapElements.statement(StatementKind.CLAIM, "Soft power can be mutually reinforcing");
        session.getMap().getStatements().add(thesis);
        shell = new Shell(Display.getCurrent());
        viewer = new TreeViewer(shell);
        viewer.setContentProvider(new AdapterFactoryContentProvider(session.getAdapterFactory()));
        viewer.setLabelProvider(new AdapterFactoryLabelProvider(session.getAdapterFactory()));
        viewer.setInput(session.getResource());
        viewer.expandAll();
    }

    @AfterEach
    void close() {
        shell.dispose();
        session.dispose();
    }

    private List<String> rows() {
        viewer.expandAll();
        List<String> rows = new ArrayList<>();
        for (TreeItem map : viewer.getTree().getItems()) {
            rows.add(map.getText());
            Arrays.stream(map.getItems()).map(item -> "  " + item.getText()).forEach(rows::add);
        }
        return rows;
    }

    @Test
    void showsTheItemProvidersTreeWithTheirLabelsAndIcons() {
        assertEquals(List.of("Argument Map Exchange", "  Claim: Soft power can be mutually reinforcing"), rows());
        assertNotNull(viewer.getTree().getItem(0).getItem(0).getImage(), "the item provider's icon");
    }

    @Test
    void aCommandShowsInTheViewerAndUndoTakesItBack() {
        session.execute(MapCommands.add(session.getEditingDomain(), session.getMap(),
                MapElements.statement(StatementKind.REBUTTAL, "Non-zero-sum talk is Western")));
        spin();
        assertEquals(List.of("Argument Map Exchange", "  Claim: Soft power can be mutually reinforcing",
                "  Rebuttal: Non-zero-sum talk is Western"), rows());
        session.getCommandStack().undo();
        spin();
        assertEquals(2, rows().size());
    }

    @Test
    void theLabelProviderReportsLabelChanges() {
        AdapterFactoryLabelProvider labels = (AdapterFactoryLabelProvider) viewer.getLabelProvider();
        List<Object> changed = new ArrayList<>();
        labels.addListener(event -> changed.add(event.getElement()));
        session.execute(MapCommands.set(session.getEditingDomain(), thesis, ArgmapPackage.Literals.STATEMENT__LABEL, "Not zero-sum"));
        assertTrue(changed.contains(thesis), "changed: " + changed);
        assertEquals("Claim: Not zero-sum", labels.getText(thesis));
    }
}
