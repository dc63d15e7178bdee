// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.disputatio.core.MapClipboard;
import org.disputatio.core.MapCommands;
import org.disputatio.core.MapSession;
import org.disputatio.core.evaluation.Label;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.model.edit.provider.Labels;
import org.disputatio.viewer.MapEditing;
import org.disputatio.viewer.MapViewer;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.disputatio.views.ViewsPackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * What the map editor offers on its tool bar and in the canvas's context menu: new statements,
 * Support and Attack, Edit Label, the clipboard, Delete from Map and Remove from Diagram, Lay
 * Out, zoom, and the shown diagram's layout settings. Each edit is one undoable command on the
 * editor's command stack.
 */
final class MapEditorActions {

    /** How far a paste lands from what was copied, in diagram units, so that both stay visible. */
    private static final double PASTE_OFFSET = 30;

    private final MapEditor editor;
    private final MapEditing editing;

    private final Action newClaim;
    private final Action newEvidence;
    private final Action newRebuttal;
    private final Action support;
    private final Action attack;
    private final Action editLabel;
    private final Action cut = action("Cu&t", "Cut the selected statements", this::cut);
    private final Action copy = action("&Copy", "Copy the selected statements", this::copy);
    private final Action paste = action("&Paste", "Paste the copied statements", this::paste);
    /** Deletes the selected elements from the map, with what cannot stand without them. */
    private final Action delete = action("&Delete from Map", "Delete the selected elements from the map", this::delete);
    private final Action removeFromDiagram = action("Remove from Dia&gram",
            "Remove the selected statements from this diagram; they stay in the map", this::removeFromDiagram);
    private final Action layOut = action("Lay Out", "Lay out the selection, or the whole diagram",
            () -> LayoutJob.start(editor(), !viewer().getSelectedElements().isEmpty()));
    private final Action toggleArgument = action("Collapse or &Open Argument", "Collapse the selected argument into one box, or open it",
            () -> viewer().toggleArguments());
    private final Action showKey = action("Show &Key", "Show or hide the key to shapes and lines",
            () -> viewer().setLegendVisible(!viewer().isLegendVisible()));
    private final Action showEvaluation;
    private final Action assumeAccepted;
    private final Action assumeRejected;
    private final Action clearAssumption;
    private final Action why;
    private final WhatIf whatIf;
    private final SchemeMenus schemes;
    private final Action zoomIn = action("Zoom In", "Zoom in", () -> viewer().zoomIn());
    private final Action zoomOut = action("Zoom Out", "Zoom out", () -> viewer().zoomOut());
    private final Action zoomToFit = action("Fit", "Zoom to fit the map", () -> viewer().zoomToFit());
    private final Action actualSize = action("100%", "Zoom to 100%", () -> viewer().setZoom(1));
    private final List<LayoutChoice> layoutChoices;
    /** The actions behind the editor's commands, by the command's id after {@link #COMMANDS}. */
    private final Map<String, Action> commands;

    /** The prefix of the map editor's command ids. */
    static final String COMMANDS = "org.disputatio.ui.";
    /** The key binding context of the map editor. */
    static final String CONTEXT = "org.disputatio.ui.mapEditorContext";

    MapEditorActions(MapEditor editor, MapEditing editing) {
        this.editor = editor;
        this.editing = editing;
        schemes = new SchemeMenus(editor::getSession, () -> viewer().getSelectedElements());
        whatIf = new WhatIf(viewer(), editor.getEditorSite().getActionBars().getStatusLineManager());
        showEvaluation = action("Show E&valuation", "Show or hide which statements stand under the map's attacks", whatIf::toggle);
        assumeAccepted = action("Assume &Accepted", "What if the selected statements were accepted? The map is not changed",
                () -> whatIf.assume(Label.ACCEPTED));
        assumeRejected = action("Assume &Rejected", "What if the selected statements were rejected? The map is not changed",
                () -> whatIf.assume(Label.REJECTED));
        clearAssumption = action("Clear Assu&mption", "Let the selected statements' labels follow from the map again", whatIf::clear);
        why = action("&Why?", "Why the selected statement has its label; selects the attackers or the missing support", whatIf::why);
        newClaim = action("Claim", "New claim in the middle of the view; its key puts it at the pointer",
                () -> editing.addStatementAtPointer(StatementKind.CLAIM));
        newEvidence = action("Evidence", "New evidence in the middle of the view; its key puts it at the pointer",
                () -> editing.addStatementAtPointer(StatementKind.EVIDENCE));
        newRebuttal = action("Rebuttal", "New rebuttal in the middle of the view; its key puts it at the pointer",
                () -> editing.addStatementAtPointer(StatementKind.REBUTTAL));
        support = action("Support", "The statements selected first support the one selected last, or join the selected inference",
                editing::supportSelection);
        attack = action("Attack", "The statements selected first attack the one selected last, or undercut the selected inference",
                editing::attackSelection);
        newClaim.setImageDescriptor(viewer().sampleOf(StatementKind.CLAIM));
        newEvidence.setImageDescriptor(viewer().sampleOf(StatementKind.EVIDENCE));
        newRebuttal.setImageDescriptor(viewer().sampleOf(StatementKind.REBUTTAL));
        editLabel = action("Edit &Label", "Edit the selected statement's label", editing::editSelectedLabel);
        ViewsPackage v = ViewsPackage.eINSTANCE;
        layoutChoices = List.of(
                new LayoutChoice("Algorithm", v.getDiagram_LayoutAlgorithm(), () -> viewer().getDiagram(), this::relayOut),
                new LayoutChoice("Direction", v.getDiagram_LayoutDirection(), () -> viewer().getDiagram(), this::relayOut),
                new LayoutChoice("Lines", v.getDiagram_LineRouting(), () -> viewer().getDiagram(), this::relayOut));
        viewer().addSelectionChangedListener(e -> update());
        update();
        commands = Map.ofEntries(Map.entry("newClaim", newClaim), Map.entry("newEvidence", newEvidence), Map.entry("newRebuttal", newRebuttal),
                Map.entry("support", support), Map.entry("attack", attack), Map.entry("layOut", layOut),
                Map.entry("toggleArgument", toggleArgument), Map.entry("showKey", showKey), Map.entry("showEvaluation", showEvaluation),
                Map.entry("assumeAccepted", assumeAccepted), Map.entry("assumeRejected", assumeRejected),
                Map.entry("clearAssumption", clearAssumption), Map.entry("why", why), Map.entry("zoomIn", zoomIn),
                Map.entry("zoomOut", zoomOut), Map.entry("zoomToFit", zoomToFit), Map.entry("actualSize", actualSize));
        commands.forEach((id, action) -> action.setActionDefinitionId(COMMANDS + id));
        // The workbench's own commands, so that the context menu shows their keys too.
        cut.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_CUT);
        copy.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
        paste.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_PASTE);
        delete.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_DELETE);
        editLabel.setActionDefinitionId(IWorkbenchCommandConstants.FILE_RENAME);
    }

    /**
     * Makes the actions the handlers of the editor's commands (see plugin.xml), so that their keys
     * can be rebound on the Keys preference page and menus show them. The keys apply while this
     * editor is active, and not while a label is being typed, where the letters are text and
     * the Edit menu's select all, cut, copy, paste and delete act on the field.
     */
    void activateCommands(IWorkbenchPartSite site) {
        IHandlerService handlers = site.getService(IHandlerService.class);
        commands.values().forEach(action -> handlers.activateHandler(action.getActionDefinitionId(), new ActionHandler(action)));
        IContextService contexts = site.getService(IContextService.class);
        IContextActivation[] active = { contexts.activateContext(CONTEXT) };
        editing.onLabelEditing(typing -> {
            if (typing && active[0] != null) {
                contexts.deactivateContext(active[0]);
                active[0] = null;
            } else if (!typing && active[0] == null) {
                active[0] = contexts.activateContext(CONTEXT);
            }
            // Editors share their action bars: only the editor in front puts its own actions back.
            IActionBars bars = editor.getEditorSite().getActionBars();
            if (typing && editing.getLabelField() != null) {
                FieldActions.install(bars, editing.getLabelField());
            } else if (!typing && editor.getSite().getPage().getActiveEditor() == editor) {
                editor.setGlobalActionHandlers(bars);
            }
        });
    }

    /**
     * A plain action that runs {@code run}; the diagram tabs make theirs with it too. A tooltip
     * names no key: for an action behind a command, JFace adds the key bound to it, as rebound
     * on the Keys preference page.
     */
    static Action action(String text, String toolTip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(toolTip);
        return action;
    }

    private MapEditor editor() {
        return editor;
    }

    private MapViewer viewer() {
        return editor.getViewer();
    }

    /**
     * Puts the clipboard and Delete actions behind the workbench's Edit menu and keys, enabled
     * for what was copied meanwhile in another map.
     */
    void setGlobalActionHandlers(IActionBars bars) {
        update();
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), editLabel);
    }

    void fillToolBar(IToolBarManager toolBar) {
        // Each kind's own outline beside its name: the tool bar doubles as a key.
        for (Action create : List.of(newClaim, newEvidence, newRebuttal)) {
            ActionContributionItem item = new ActionContributionItem(create);
            item.setMode(ActionContributionItem.MODE_FORCE_TEXT);
            toolBar.add(item);
        }
        toolBar.add(new Separator());
        toolBar.add(support);
        toolBar.add(attack);
        toolBar.add(new Separator());
        toolBar.add(layOut);
        layoutChoices.forEach(toolBar::add);
        toolBar.add(new Separator());
        toolBar.add(zoomIn);
        toolBar.add(zoomOut);
        toolBar.add(zoomToFit);
        toolBar.add(actualSize);
    }

    /** Filled each time it opens; new statements go where it was opened. */
    void fillContextMenu(IMenuManager menu) {
        Control canvas = viewer().getControl();
        Point at = canvas.toControl(canvas.getDisplay().getCursorLocation());
        MenuManager create = new MenuManager("&New");
        for (StatementKind kind : StatementKind.VALUES) {
            Action here = action(Labels.capitalized(kind.getName()), "New " + kind.getName() + " here",
                    () -> editing.addStatement(kind, at.x, at.y));
            // Shows the key of the command that adds one at the pointer, which is where this one lands.
            here.setActionDefinitionId(COMMANDS + "new" + Labels.capitalized(kind.getName()));
            create.add(here);
        }
        menu.add(create);
        menu.add(support);
        menu.add(attack);
        menu.add(editLabel);
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(new Separator());
        menu.add(delete);
        menu.add(removeFromDiagram);
        menu.add(new Separator());
        menu.add(layOut);
        menu.add(toggleArgument);
        menu.add(showKey);
        menu.add(showEvaluation);
        MenuManager whatIfMenu = new MenuManager("What &If");
        whatIfMenu.add(assumeAccepted);
        whatIfMenu.add(assumeRejected);
        whatIfMenu.add(clearAssumption);
        menu.add(whatIfMenu);
        menu.add(why);
        schemes.fill(menu);
        MenuManager layout = new MenuManager("La&yout");
        layoutChoices.forEach(choice -> layout.add(choice.submenu()));
        menu.add(layout);
        menu.add(editor.getDiagramTabs().newDiagramAction());
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** Enables what the selection, the clipboard and the diagram allow. */
    void update() {
        List<EObject> selected = viewer().getSelectedElements();
        boolean statements = !selectedStatements().isEmpty();
        support.setEnabled(editing.canConnectSelection());
        attack.setEnabled(editing.canConnectSelection());
        editLabel.setEnabled(selected.size() == 1 && selected.get(0) instanceof Statement);
        cut.setEnabled(statements);
        copy.setEnabled(statements);
        Collection<Object> clipboard = session().getEditingDomain().getClipboard();
        paste.setEnabled(clipboard != null && clipboard.stream().anyMatch(Statement.class::isInstance));
        delete.setEnabled(!selected.isEmpty());
        removeFromDiagram.setEnabled(statements);
        toggleArgument.setEnabled(selected.stream().anyMatch(org.disputatio.model.Argument.class::isInstance));
        assumeAccepted.setEnabled(statements);
        assumeRejected.setEnabled(statements);
        clearAssumption.setEnabled(whatIf.canClear());
        why.setEnabled(selected.size() == 1);
        layoutChoices.forEach(LayoutChoice::update);
    }

    /** The editor's what-if assumptions and "Why?". */
    WhatIf whatIf() {
        return whatIf;
    }

    void dispose() {
        layoutChoices.forEach(LayoutChoice::dispose);
    }

    private MapSession session() {
        return editor.getSession();
    }

    private List<Statement> selectedStatements() {
        return viewer().getSelectedElements().stream().filter(Statement.class::isInstance).map(Statement.class::cast).toList();
    }

    /**
     * Copies the selected statements, with the inferences and attacks among them, to the
     * clipboard of every open map, and their labels as text to the system clipboard.
     */
    private void copy() {
        List<Statement> statements = selectedStatements();
        if (statements.isEmpty()) {
            return;
        }
        session().getEditingDomain().setClipboard(new ArrayList<>(MapClipboard.copy(statements, viewer().getDiagram())));
        String text = statements.stream().map(Statement::getLabel).filter(l -> l != null && !l.isBlank())
                .collect(Collectors.joining(System.lineSeparator()));
        if (!text.isEmpty()) {
            Clipboard system = new Clipboard(viewer().getControl().getDisplay());
            try {
                system.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                system.dispose();
            }
        }
        update();
    }

    private void cut() {
        List<Statement> statements = selectedStatements();
        if (statements.isEmpty()) {
            return;
        }
        copy();
        CompoundCommand cutting = new CompoundCommand("Cut");
        cutting.append(MapCommands.delete(session().getEditingDomain(), statements));
        session().execute(cutting);
    }

    /** Pastes beside the originals and selects what was pasted; the next paste lands further along. */
    private void paste() {
        EditingDomain domain = session().getEditingDomain();
        Collection<Object> clipboard = domain.getClipboard();
        Diagram diagram = viewer().getDiagram();
        if (diagram == null) {
            return;
        }
        Command pasting = MapClipboard.paste(domain, session().getMap(), diagram, clipboard, PASTE_OFFSET, PASTE_OFFSET);
        if (!session().execute(pasting)) {
            return;
        }
        for (Object copied : clipboard) {
            if (copied instanceof Shape shape) {
                shape.setX(shape.getX() + PASTE_OFFSET);
                shape.setY(shape.getY() + PASTE_OFFSET);
            }
        }
        viewer().refresh();
        viewer().setSelection(new StructuredSelection(pasting.getResult().stream().filter(Statement.class::isInstance).toList()), true);
    }

    private void delete() {
        if (!viewer().getSelectedElements().isEmpty()) {
            session().execute(MapCommands.delete(session().getEditingDomain(), viewer().getSelectedElements()));
        }
    }

    /** Removes the selected statements' shapes and lines from the diagram; the map keeps them. */
    private void removeFromDiagram() {
        Diagram diagram = viewer().getDiagram();
        List<Statement> statements = selectedStatements();
        List<Shape> shapes = diagram.getShapes().stream().filter(s -> statements.contains(s.getElement())).toList();
        if (!shapes.isEmpty()) {
            EditingDomain domain = session().getEditingDomain();
            session().execute(viewer().edits().drawn("Remove from Diagram", session().getMap(), diagram,
                    MapCommands.removeFromDiagram(domain, shapes)));
        }
    }

    /** Sets a layout setting of the shown diagram and lays it out again: one undoable command. */
    private void relayOut(EAttribute setting, Object value) {
        Diagram diagram = viewer().getDiagram();
        if (diagram == null || value.equals(diagram.eGet(setting))) {
            return;
        }
        session().execute(viewer().edits().changeLayout(diagram, setting, value));
        // The scene now, not after the model's notifications come round: what is in view is asked next.
        viewer().refresh();
        LayoutJob.keepInSight(viewer());
    }
}
