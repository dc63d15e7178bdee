// SPDX-License-Identifier: EPL-2.0
package org.disputatio.viewer;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.disputatio.core.evaluation.Evaluation;
import org.disputatio.core.evaluation.EvaluationOptions;
import org.disputatio.layout.DiagramEdits;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.DiagramRoot;
import org.disputatio.layout.TextMeasurer;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.render.MapSettings;
import org.disputatio.render.Scene;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.Shape;
import org.disputatio.views.geometry.Point;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ContentViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Shows a {@link Diagram} of an argument map, in the role Zest's {@code GraphViewer} plays in the
 * JFace world: set a diagram as input, follow and set the selection (of map elements, so that
 * Properties and Outline can follow it), reveal elements. The drawing is a {@link MapCanvas}, what
 * is in view its {@link Viewport}, the mouse and keys for choosing and moving a
 * {@link SelectionTool}. Gestures end in commands that {@link DiagramEdits} builds, run on the
 * editing domain; the viewer never changes the model itself. Model changes repaint without a
 * new layout; shapes never laid out are drawn at the size their text needs, in the scene only.
 */
public class MapViewer extends ContentViewer {

    private final MapCanvas canvas;
    private MapSettings settings = MapSettings.DEFAULT;
    private EditingDomain domain;
    private final MapSelection selection = new MapSelection();
    private final Overlays overlays = new Overlays();
    /** The evaluation drawn now, or null when it is off. */
    private Evaluation evaluation;

    public MapViewer(Composite parent) {
        canvas = new MapCanvas(parent);
        canvas.setMarked(selection.nodes());
        canvas.setMarkedLines(selection.lines());
        new SelectionTool(this, canvas);
        setContentProvider(new DiagramContentProvider());
        hookControl(getControl());
    }

    /** The domain whose command stack the viewer's gestures go to. */
    public void setEditingDomain(EditingDomain domain) {
        this.domain = domain;
    }

    public EditingDomain getEditingDomain() {
        return domain;
    }

    /**
     * Changes the typography, colours and layout defaults (from the preferences) and repaints,
     * without a new layout. Whatever lays out or sizes the shown diagram takes them from here.
     */
    public void setSettings(MapSettings newSettings) {
        settings = newSettings;
        canvas.setStyle(settings.style());
        refresh();
    }

    public MapSettings getSettings() {
        return settings;
    }

    /** A layouter for this viewer's text measure, format and layout defaults. */
    public DiagramLayouter layouter() {
        return settings.layouter(canvas.getTextMeasurer());
    }

    /** The commands of gestures on the shown diagram, sized and laid out as this viewer draws. */
    public DiagramEdits edits() {
        return new DiagramEdits(domain, layouter());
    }

    /** A small picture of how this viewer draws a kind of statement, for tool bars and menus. */
    public ImageDescriptor sampleOf(StatementKind kind) {
        return canvas.sampleOf(settings.style().statement(kind));
    }

    public MapCanvas getCanvas() {
        return canvas;
    }

    @Override
    public Control getControl() {
        return canvas.getControl();
    }

    public Diagram getDiagram() {
        return getInput() instanceof Diagram d ? d : null;
    }

    /** The measurer of the viewer's fonts, for laying out what it shows. */
    public TextMeasurer getTextMeasurer() {
        return canvas.getTextMeasurer();
    }

    public Scene getScene() {
        return canvas.getScene();
    }

    /** The content provider follows the new input's changes (and lets the old one go). */
    @Override
    protected void inputChanged(Object input, Object oldInput) {
        selection.clear();
        canvas.setScene(null);
        refresh();
    }

    /** Rebuilds the scene from the model (no layout) and repaints. */
    @Override
    public void refresh() {
        Diagram diagram = getDiagram();
        Set<Object> selected = selection.elements();
        Scene built = diagram == null ? null : settings.sceneBuilder(canvas.getTextMeasurer()).build(diagram);
        Overlays.Drawn drawn = overlays.over(built, diagram, settings.style());
        canvas.setStressed(drawn.stressed());
        canvas.setFrame(drawn.frame());
        canvas.setScene(drawn.scene());
        evaluation = drawn.evaluation();
        canvas.setEvaluation(evaluation == null ? null : evaluation::label);
        selection.restore(drawn.scene(), selected);
    }

    /**
     * Sets which statements stand out: the others, and the lines and junctions that touch only
     * them, are washed out. {@code null} shows every statement alike.
     */
    public void setHighlight(Predicate<Statement> highlighted) {
        overlays.setHighlight(highlighted);
        refresh();
    }

    /**
     * Draws a step of a presentation of the shown diagram as it will be presented: what the step
     * does not show yet as ghosts, its highlights stressed and the rest dimmed, the area the
     * audience will see outlined. Only the picture changes; {@code null} ends the preview.
     */
    public void setStepPreview(Presentation presentation, int step) {
        overlays.setStepPreview(presentation, step);
        refresh();
    }

    /** Whether a step is being previewed on the canvas now. */
    public boolean isPreviewingStep() {
        return overlays.previews(getDiagram());
    }

    /** Whether a statement is washed out by the highlight. */
    public boolean isFaded(Statement statement) {
        return overlays.isFaded(statement);
    }

    // --- selection -------------------------------------------------------------------------

    @Override
    public ISelection getSelection() {
        return selection.structured();
    }

    /**
     * The elements whose shapes are selected, in the model's terms, in the order they were
     * selected; then those of selected lines.
     */
    public List<EObject> getSelectedElements() {
        return selection.elements().stream().map(EObject.class::cast).toList();
    }

    Set<Scene.Node> selectedNodes() {
        return selection.nodes();
    }

    List<Shape> selectedShapes() {
        return selection.shapes();
    }

    @Override
    public void setSelection(ISelection newSelection, boolean reveal) {
        List<?> wanted = newSelection instanceof IStructuredSelection structured ? structured.toList() : List.of();
        select(MapSelection.nodesOf(getScene(), wanted), false);
        List<Scene.Line> lines = MapSelection.linesOf(getScene(), wanted);
        if (!lines.isEmpty()) {
            selection.addLines(lines);
            selectionChanged();
        }
        if (reveal && !selection.nodes().isEmpty()) {
            canvas.getViewport().reveal(selection.nodes().iterator().next());
        }
    }

    /** Ctrl+click on a shape: takes it out of the selection or adds it, keeping the rest (lines too). */
    void toggle(Scene.Node node) {
        selection.toggle(node);
        canvas.redrawNodes(List.of(node));
        fireSelectionChanged(new SelectionChangedEvent(this, getSelection()));
    }

    /** Selects a line (a relation without a junction), alone or, toggling, with what is selected. */
    void selectLine(Scene.Line line, boolean toggle) {
        if (!toggle) {
            canvas.redrawNodes(selection.nodes());
        }
        selection.selectLine(line, toggle);
        selectionChanged();
    }

    void select(Collection<Scene.Node> nodes, boolean add) {
        Set<Scene.Node> before = Set.copyOf(selection.nodes());
        if (selection.select(nodes, add)) {
            getControl().redraw();
        }
        canvas.redrawNodes(before);
        canvas.redrawNodes(selection.nodes());
        fireSelectionChanged(new SelectionChangedEvent(this, getSelection()));
    }

    /** Lines are not redrawn one by one: the whole canvas is. */
    private void selectionChanged() {
        getControl().redraw();
        fireSelectionChanged(new SelectionChangedEvent(this, getSelection()));
    }

    public void selectAll() {
        if (getScene() != null) {
            select(getScene().nodes(), false);
        }
    }

    /** Scrolls so that the element's shape is in view. */
    public void reveal(Object element) {
        Scene.Node node = nodeOf(element);
        if (node != null) {
            canvas.getViewport().reveal(node);
        }
    }

    /** The scene node drawing a map element (or a shape), or null. */
    public Scene.Node nodeOf(Object element) {
        return canvas.nodeOf(element);
    }

    /** The topmost node under a canvas pixel. */
    public Scene.Node nodeAt(int x, int y) {
        return canvas.nodeAt(x, y);
    }

    // --- what is in view: the viewport's ---------------------------------------------------

    public Viewport getViewport() {
        return canvas.getViewport();
    }

    public double getZoom() {
        return getViewport().getZoom();
    }

    public void setZoom(double zoom) {
        getViewport().setZoom(zoom);
    }

    public void zoomIn() {
        getViewport().zoomIn();
    }

    public void zoomOut() {
        getViewport().zoomOut();
    }

    public void zoomToFit() {
        getViewport().zoomToFit();
    }

    /** The least size at which a label is read at a desk, in pixels on screen. */
    public static final double READABLE_LABEL_PIXELS = 12;

    /** The least zoom at which this viewer's labels are {@linkplain #READABLE_LABEL_PIXELS readable}. */
    public double readableZoom() {
        return Math.min(1, READABLE_LABEL_PIXELS / settings.format().label().size());
    }

    /**
     * Shows the diagram as it should open: whole when it is readable so, else at a readable
     * zoom on its main question or thesis ({@link DiagramRoot}).
     */
    public void showReadable() {
        Diagram diagram = getDiagram();
        Shape root = diagram == null ? null : DiagramRoot.of(diagram);
        getViewport().open(root == null ? null : nodeOf(root), readableZoom());
    }

    /** Canvas pixel to diagram units. */
    public Point toDiagram(int x, int y) {
        return getViewport().toDiagram(x, y);
    }

    /** Diagram units to canvas pixel. */
    public int[] toControl(double x, double y) {
        return getViewport().toControl(x, y);
    }

    /**
     * Shows each statement's and inference's label under these options (with their what-if
     * assumptions; the map is not changed), or hides them with null.
     */
    public void setEvaluation(EvaluationOptions options) {
        overlays.setEvaluation(options);
        refresh();
    }

    /** The evaluation shown, or null when it is off. */
    public Evaluation getEvaluation() {
        return evaluation;
    }

    /** Turns the evaluation overlay on (grounded, no what-if) or off. */
    public void toggleEvaluation() {
        setEvaluation(overlays.getEvaluationOptions() == null ? EvaluationOptions.grounded() : null);
    }

    public boolean isLegendVisible() {
        return canvas.isLegendVisible();
    }

    /** Shows the key to shapes and lines in the window's corner. */
    public void setLegendVisible(boolean visible) {
        canvas.setLegendVisible(visible);
    }

    // --- gestures: commands built by DiagramEdits ------------------------------------------

    /**
     * Moves the selected shapes by a distance in diagram units, as one undoable command; a frame
     * carries its argument's shapes along, and frames are fitted again around shapes that left or
     * moved inside them.
     */
    public void moveSelection(double dx, double dy) {
        if (domain != null && !selection.nodes().isEmpty()) {
            execute(edits().move(getDiagram(), selectedShapes(), dx, dy));
        }
        refresh();
    }

    /**
     * Lays the diagram out with ELK as one undoable command: only the selected shapes when asked
     * (the rest stay), else every shape that is not pinned.
     */
    public void layOut(boolean selectionOnly) {
        if (domain != null && getDiagram() != null) {
            execute(edits().layOut(getDiagram(), selectionOnly ? selectedShapes() : null));
        }
        refresh();
    }

    /**
     * The first step of {@link #layOut(boolean)}, for laying out in a job: the layout of the
     * selected shapes or of every one, prepared on this thread; null when nothing is shown.
     */
    public DiagramLayouter.Pending prepareLayout(boolean selectionOnly) {
        return domain == null || getDiagram() == null ? null : layouter().prepare(getDiagram(), selectionOnly ? selectedShapes() : null);
    }

    /**
     * Collapses the selected open arguments into single boxes, or opens the selected collapsed
     * ones, where they stand (the rest of the map stays): one undoable command. The result is
     * scrolled into view.
     */
    public void toggleArguments() {
        if (domain == null || getDiagram() == null) {
            return;
        }
        List<Shape> toggled = selectedShapes().stream().filter(s -> s.getElement() instanceof org.disputatio.model.Argument).toList();
        execute(edits().toggleArguments(getDiagram(), toggled));
        refresh();
        if (!toggled.isEmpty()) {
            reveal(toggled.get(0));
        }
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        } else {
            command.dispose();
        }
    }
}
