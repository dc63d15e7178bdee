// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.outline;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.disputatio.core.MapCommands;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Statement;
import org.disputatio.render.Scene;
import org.disputatio.ui.ExchangeMap;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.viewer.MapViewer;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.SubContributionItem;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map editor's outline: its groupings, its selection and the canvas's, and model changes. */
class OutlineViewTest {

    @TempDir
    Path dir;

    private IWorkbenchPage page;
    private MapEditor editor;
    private MapViewer viewer;
    private ContentOutline outline;
    private MapOutlinePage outlinePage;

    @BeforeEach
    void open() throws Exception {
        Path file = ExchangeMap.write(dir.resolve("exchange.argmap"));
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = WorkbenchTesting.open(file);
        viewer = editor.getViewer();
        outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        spin();
        outlinePage = (MapOutlinePage) outline.getCurrentPage();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        page.hideView(outline);
    }

    private Tree tree() {
        return (Tree) outlinePage.getControl();
    }

    /** The outline's rows, each expanded as a click on its arrow does, a level indented by two spaces. */
    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        collect(tree().getItems(), "", rows);
        return rows;
    }

    private void collect(TreeItem[] items, String indent, List<String> rows) {
        for (TreeItem item : items) {
            rows.add(indent + item.getText());
            Event expand = new Event();
            expand.item = item;
            tree().notifyListeners(SWT.Expand, expand);
            item.setExpanded(true);
            collect(item.getItems(), indent + "  ", rows);
        }
    }

    /** Chooses a grouping from the outline's view menu. */
    private void group(String label) {
        for (IContributionItem item : outline.getViewSite().getActionBars().getMenuManager().getItems()) {
            IContributionItem inner = item instanceof SubContributionItem sub ? sub.getInnerItem() : item;
            if (inner instanceof ActionContributionItem contribution && contribution.getAction().getText().equals(label)) {
                IAction action = contribution.getAction();
                action.setChecked(true);
                action.run();
                spin();
                return;
            }
        }
        throw new AssertionError("no grouping " + label);
    }

    private TreeItem item(String text) {
        rows();
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem root : tree().getItems()) {
            all.add(root);
            all.addAll(Arrays.asList(root.getItems()));
        }
        return all.stream().filter(i -> i.getText().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no row " + text));
    }

    private Object element(String id) {
        return editor.getSession().getResource().getEObject(id);
    }

    @Test
    void groupsStatementsBySourceActorAndArgument() {
        assertEquals(List.of(
                "Source Building National Cohesion",
                "  Claim: Soft power can be mutually reinforcing",
                "  Rebuttal: Non-zero-sum talk is Western",
                "Source Cultural security",
                "Claim: Attraction reduces conflict"), rows());

        group("By &Actor");
        assertEquals(OutlineGrouping.BY_ACTOR, outlinePage.getGrouping());
        assertEquals(List.of(
                "Actor Joseph Nye",
                "  Claim: Soft power can be mutually reinforcing",
                "  Claim: Attraction reduces conflict",
                "Actor Sun and Wang",
                "  Rebuttal: Non-zero-sum talk is Western"), rows());

        group("By A&rgument");
        assertEquals(List.of(
                "Argument Nye's argument",
                "  Claim: Soft power can be mutually reinforcing",
                "  Claim: Attraction reduces conflict",
                "Rebuttal: Non-zero-sum talk is Western"), rows());
    }

    @Test
    void selectingInTheOutlineSelectsOnTheCanvasAndBack() {
        TreeItem rebuttal = item("Rebuttal: Non-zero-sum talk is Western");
        tree().setSelection(rebuttal);
        Event select = new Event();
        select.item = rebuttal;
        tree().notifyListeners(SWT.Selection, select);
        spin();
        assertEquals(List.of(element("rebuttal")), ((IStructuredSelection) viewer.getSelection()).toList());

        Scene.Node thesis = viewer.nodeOf(element("thesis"));
        int[] p = viewer.toControl(thesis.x() + thesis.width() / 2, thesis.y() + thesis.height() / 2);
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event event = new Event();
            event.x = p[0];
            event.y = p[1];
            event.button = 1;
            viewer.getControl().notifyListeners(type, event);
        }
        spin();
        assertEquals(List.of(element("thesis")), ((IStructuredSelection) outlinePage.getSelection()).toList());
        assertEquals("Claim: Soft power can be mutually reinforcing", tree().getSelection()[0].getText());
    }

    @Test
    void followsCommandsUndoAndRevert() {
        Statement rebuttal = (Statement) element("rebuttal");
        editor.getSession().execute(MapCommands.set(editor.getSession().getEditingDomain(), rebuttal,
                ArgmapPackage.Literals.STATEMENT__SOURCE, element("sunwang")));
        editor.getSession().execute(MapCommands.set(editor.getSession().getEditingDomain(), rebuttal,
                ArgmapPackage.Literals.STATEMENT__LABEL, "Win-win talk is Western"));
        spin();
        assertEquals(List.of(
                "Source Building National Cohesion",
                "  Claim: Soft power can be mutually reinforcing",
                "Source Cultural security",
                "  Rebuttal: Win-win talk is Western",
                "Claim: Attraction reduces conflict"), rows());

        editor.getSession().getCommandStack().undo();
        spin();
        assertEquals("  Rebuttal: Non-zero-sum talk is Western", rows().get(3));

        org.disputatio.ui.Widgets.answerDialog("Revert", "Revert");
        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REVERT.getId()).run();
        spin();
        assertEquals("  Rebuttal: Non-zero-sum talk is Western", rows().get(2), "the reverted map, as saved");
        TreeItem reloaded = item("Rebuttal: Non-zero-sum talk is Western");
        assertSame(element("rebuttal"), reloaded.getData(), "the outline shows the new session's objects");
        editor.getSession().execute(MapCommands.set(editor.getSession().getEditingDomain(), (Statement) element("rebuttal"),
                ArgmapPackage.Literals.STATEMENT__LABEL, "Changed after revert"));
        spin();
        assertEquals("  Rebuttal: Changed after revert", rows().get(2), "the outline follows the new session");
    }
}
