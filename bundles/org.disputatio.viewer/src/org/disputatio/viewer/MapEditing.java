// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.List;

import org.disputatio.core.MapCommands;
import org.disputatio.core.MapElements;
import org.disputatio.layout.DiagramEdits;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Attackable;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.render.Scene;
import org.disputatio.views.Diagram;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * Building an argument on a {@link MapViewer}: adding statements, connecting them and editing
 * their labels, by keys and mouse gestures and through the operations an editor's tool bar and
 * menus share with them. Every change is one undoable command on the viewer's editing domain,
 * and what it adds to the map is drawn in the shown diagram.
 * <p>
 * Keys: C, E and R add a claim, evidence or rebuttal at the mouse pointer and edit its label;
 * F2 or a double-click edits a statement's label. S and A connect the selection in the order it
 * was selected: with two statements, S makes the first support the second and A makes it attack
 * the second; several statements and then one more are linked premises of one inference (S) or
 * attack together (A); statements and then an inference junction become co-premises (S) or
 * undercut it (A).
 * Alt+drag from a statement to another statement, a junction or an inference's line offers the
 * same choices (a line is how an inference with one premise, which has no junction, is undercut).
 */
public final class MapEditing {

    /** How near a line a connecting drag must end to land on it, in pixels. */
    private static final double LINE_REACH = 6;

    private final MapViewer viewer;
    private final Canvas canvas;
    private final LabelEditor labelEditor;

    private Statement connecting;
    private int[] connectionStart;
    private int connectionEndX;
    private int connectionEndY;
    private Menu connectionMenu;

    public MapEditing(MapViewer viewer) {
        this.viewer = viewer;
        this.canvas = (Canvas) viewer.getControl();
        this.labelEditor = new LabelEditor(viewer);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.Paint, this::paintConnection);
        canvas.addListener(SWT.MenuDetect, this::menuDetect);
    }

    // --- adding statements -----------------------------------------------------------------

    /**
     * Adds a statement at the mouse pointer, or in the middle of the view when the pointer is
     * elsewhere, and edits its label.
     */
    public Statement addStatementAtPointer(StatementKind kind) {
        Point pointer = canvas.toControl(canvas.getDisplay().getCursorLocation());
        return canvas.getClientArea().contains(pointer) ? addStatement(kind, pointer.x, pointer.y) : addStatementAtCentre(kind);
    }

    /**
     * Adds a statement in the middle of the view, or near it with room for the label it is
     * given next, and edits its label.
     */
    public Statement addStatementAtCentre(StatementKind kind) {
        Rectangle client = canvas.getClientArea();
        return addStatement(kind, client.width / 2, client.height / 2, true);
    }

    /** Adds a statement centred on a canvas pixel (or the nearest place clear of boxes and lines), selects it and edits its label. */
    public Statement addStatement(StatementKind kind, int x, int y) {
        return addStatement(kind, x, y, false);
    }

    private Statement addStatement(StatementKind kind, int x, int y, boolean withRoom) {
        EditingDomain domain = viewer.getEditingDomain();
        Diagram diagram = viewer.getDiagram();
        if (domain == null || diagram == null) {
            return null;
        }
        String name = "New " + kind.getName();
        Statement statement = MapElements.statement(kind, name);
        var centre = viewer.toDiagram(x, y);
        DiagramEdits edits = viewer.edits();
        if (!run(withRoom ? edits.addStatementNear(map(diagram), diagram, statement, centre.x(), centre.y())
                : edits.addStatement(map(diagram), diagram, statement, centre.x(), centre.y()))) {
            return null;
        }
        viewer.refresh();
        viewer.setSelection(new StructuredSelection(statement), true);
        labelEditor.edit(statement);
        return statement;
    }

    // --- connecting ------------------------------------------------------------------------

    /**
     * The premises support the target: a statement through a new inference (beside any it
     * already has: a convergent argument), an inference as co-premises.
     *
     * @return false when that connection cannot be made
     */
    public boolean support(List<Statement> premises, Attackable target) {
        EditingDomain domain = viewer.getEditingDomain();
        Diagram diagram = viewer.getDiagram();
        if (domain == null || diagram == null || premises.isEmpty() || premises.contains(target)) {
            return false;
        }
        if (target instanceof Inference inference) {
            return run(viewer.edits().drawn("Add Co-premise", map(diagram), diagram, MapCommands.addPremises(domain, inference, premises)));
        }
        return run(viewer.edits().drawn("Support", map(diagram), diagram,
                MapCommands.support(domain, map(diagram), premises, (Statement) target)));
    }

    /**
     * The attackers attack the target together: a statement (rebut) or an inference (undercut).
     *
     * @return false when that connection cannot be made
     */
    public boolean attack(List<Statement> attackers, Attackable target) {
        EditingDomain domain = viewer.getEditingDomain();
        Diagram diagram = viewer.getDiagram();
        if (domain == null || diagram == null || attackers.isEmpty() || attackers.contains(target)) {
            return false;
        }
        return run(viewer.edits().drawn(target instanceof Inference ? "Undercut" : "Attack", map(diagram), diagram,
                MapCommands.attack(domain, map(diagram), attackers, target)));
    }

    /** Whether the selection is statements and then a statement or inference to connect them to. */
    public boolean canConnectSelection() {
        List<EObject> selected = viewer.getSelectedElements();
        if (selected.size() < 2) {
            return false;
        }
        List<EObject> from = selected.subList(0, selected.size() - 1);
        EObject target = selected.get(selected.size() - 1);
        return target instanceof Attackable && from.stream().allMatch(Statement.class::isInstance) && !from.contains(target);
    }

    /** The statements selected first support the element selected last. */
    public boolean supportSelection() {
        return canConnectSelection() && support(selectedSources(), selectedTarget());
    }

    /** The statements selected first attack the element selected last. */
    public boolean attackSelection() {
        return canConnectSelection() && attack(selectedSources(), selectedTarget());
    }

    private List<Statement> selectedSources() {
        List<EObject> selected = viewer.getSelectedElements();
        return selected.subList(0, selected.size() - 1).stream().map(Statement.class::cast).toList();
    }

    private Attackable selectedTarget() {
        List<EObject> selected = viewer.getSelectedElements();
        return (Attackable) selected.get(selected.size() - 1);
    }

    /** The menu offered where the last connecting drag ended, or null. */
    public Menu getConnectionMenu() {
        return connectionMenu;
    }

    // --- labels ----------------------------------------------------------------------------

    /** Edits the label of the one selected statement in place. */
    public boolean editSelectedLabel() {
        List<EObject> selected = viewer.getSelectedElements();
        return selected.size() == 1 && selected.get(0) instanceof Statement statement && labelEditor.edit(statement);
    }

    /**
     * The field a label is being typed in, or null: while it is open, an editor gives it the
     * keys it would otherwise take (select all, cut, copy, paste, delete).
     */
    public org.eclipse.swt.widgets.Text getLabelField() {
        return labelEditor.field();
    }

    /** Told true when a label starts being typed in place, false when that ends. */
    public void onLabelEditing(java.util.function.Consumer<Boolean> listener) {
        labelEditor.onTyping(listener);
    }

    // --- keys and mouse --------------------------------------------------------------------

    private void key(Event e) {
        if ((e.stateMask & (SWT.MOD1 | SWT.MOD3)) != 0) {
            return;
        }
        // C, E, R, S and A are the editor's commands, bound to those keys (rebindable); F2 stays here.
        if (e.keyCode == SWT.F2) {
            editSelectedLabel();
        }
    }

    private void doubleClick(Event e) {
        Scene.Node node = viewer.nodeAt(e.x, e.y);
        if (e.button == 1 && node != null && node.shape().getElement() instanceof Statement statement) {
            labelEditor.edit(statement);
        }
    }

    private void mouseDown(Event e) {
        Scene.Node node = viewer.nodeAt(e.x, e.y);
        if (e.button == 1 && (e.stateMask & SWT.ALT) != 0 && node != null && node.shape().getElement() instanceof Statement from) {
            connecting = from;
            connectionStart = viewer.toControl(node.x() + node.width() / 2, node.y() + node.height() / 2);
            connectionEndX = e.x;
            connectionEndY = e.y;
        }
    }

    private void mouseMove(Event e) {
        if (connecting != null) {
            connectionEndX = e.x;
            connectionEndY = e.y;
            canvas.redraw();
        }
    }

    private void mouseUp(Event e) {
        if (connecting == null || e.button != 1) {
            return;
        }
        Statement from = connecting;
        connecting = null;
        canvas.redraw();
        Scene.Node node = viewer.nodeAt(e.x, e.y);
        Attackable target = node == null ? inferenceLineAt(e.x, e.y)
                : node.shape().getElement() instanceof Attackable a ? a : null;
        if (target != null && target != from) {
            offerConnections(from, target, e.x, e.y);
        }
    }

    /** The inference whose line passes by a canvas pixel, or null. */
    private Inference inferenceLineAt(int x, int y) {
        if (viewer.getScene() == null) {
            return null;
        }
        var p = viewer.toDiagram(x, y);
        double reach = LINE_REACH / viewer.getZoom();
        for (Scene.Line line : viewer.getScene().lines()) {
            if (line.edge().getElement() instanceof Inference inference && passesBy(line.points(), p, reach)) {
                return inference;
            }
        }
        return null;
    }

    /** Whether a polyline (a spline's control polygon, near enough) passes within reach of a point. */
    private static boolean passesBy(List<org.disputatio.views.geometry.Point> points, org.disputatio.views.geometry.Point p,
            double reach) {
        for (int i = 1; i < points.size(); i++) {
            var a = points.get(i - 1);
            var b = points.get(i);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length));
            if (Math.hypot(a.x() + t * dx - p.x(), a.y() + t * dy - p.y()) <= reach) {
                return true;
            }
        }
        return false;
    }

    /** The rubber band from the statement to the pointer, over the map. */
    private void paintConnection(Event e) {
        if (connecting != null) {
            e.gc.setForeground(viewer.getCanvas().getResources().color(viewer.getSettings().style().selection()));
            e.gc.setLineWidth(2);
            e.gc.setLineDash(new int[] { 6, 4 });
            e.gc.drawLine(connectionStart[0], connectionStart[1], connectionEndX, connectionEndY);
        }
    }

    private void offerConnections(Statement from, Attackable target, int x, int y) {
        if (connectionMenu != null) {
            connectionMenu.dispose();
        }
        connectionMenu = new Menu(canvas);
        boolean onInference = target instanceof Inference;
        MenuItem support = new MenuItem(connectionMenu, SWT.PUSH);
        support.setText(onInference ? "Add as Co-premise" : "Support");
        support.addListener(SWT.Selection, e -> support(List.of(from), target));
        MenuItem attack = new MenuItem(connectionMenu, SWT.PUSH);
        attack.setText(onInference ? "Undercut" : "Attack");
        attack.addListener(SWT.Selection, e -> attack(List.of(from), target));
        connectionMenu.setLocation(canvas.toDisplay(x, y));
        connectionMenu.setVisible(true);
    }

    /** A right click on a shape outside the selection selects it, so the context menu acts on it. */
    private void menuDetect(Event e) {
        Point at = canvas.toControl(e.x, e.y);
        Scene.Node node = viewer.nodeAt(at.x, at.y);
        if (node != null && !viewer.getSelectedElements().contains(node.shape().getElement())) {
            viewer.setSelection(new StructuredSelection(node.shape().getElement()), false);
        }
    }

    private boolean run(Command command) {
        if (!command.canExecute()) {
            command.dispose();
            return false;
        }
        viewer.getEditingDomain().getCommandStack().execute(command);
        return true;
    }

    private static ArgumentMap map(Diagram diagram) {
        return (ArgumentMap) diagram.eResource().getContents().get(0);
    }
}
