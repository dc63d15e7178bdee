package org.disputatio.viewer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.disputatio.layout.DiagramEdits;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.layout.TextMeasurer;
import org.disputatio.model.Conflict;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.render.MapSettings;
import org.disputatio.render.Scene;
import org.disputatio.render.ScenePainter;
import org.disputatio.render.VisualStyle;
import org.disputatio.render.VisualStyle.NodeStyle;
import org.disputatio.views.Diagram;
import org.disputatio.views.Shape;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ContentViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * Shows a {@link Diagram} of an argument map on an SWT canvas, in the role Zest's
 * {@code GraphViewer} plays in the JFace world: set a diagram as input, follow and set the
 * selection (of map elements, so that Properties and Outline can follow it), reveal elements,
 * zoom and pan. Dragging shapes moves them through undoable commands on the editing domain;
 * the viewer never changes the model itself. Model changes repaint without a new layout.
 * <p>
 * Mouse: click selects (Ctrl adds), Shift+drag on the background draws a marquee, dragging the
 * background pans, dragging a shape moves the selection, Ctrl+wheel zooms. Keys: arrows move
 * to the nearest shape in that direction, Tab and Shift+Tab cycle, + and - zoom, 0 is 100%,
 * F fits the map, L lays out the selection (or everything), K shows or hides the key.
 */
public class MapViewer extends ContentViewer {

    private static final double MARGIN = 40;
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 8;

    private final Canvas canvas;
    private final SwtResources resources;
    private final SwtTextMeasurer measurer;
    private MapSettings settings = MapSettings.DEFAULT;
    private ScenePainter painter;
    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && !canvas.isDisposed()) {
                canvas.getDisplay().asyncExec(MapViewer.this::modelChanged);
            }
        }
    };

    private EditingDomain domain;
    private Scene scene;
    private Predicate<Statement> highlighted;
    private double zoom = 1;
    private final Set<Scene.Node> selection = new LinkedHashSet<>();
    private boolean refreshPending;
    private boolean legendVisible;

    private Interaction interaction = Interaction.NONE;
    /** The shapes a move drags along, found once when it starts rather than on every frame. */
    private Set<Shape> dragged = Set.of();
    private int pressX;
    private int pressY;
    private int lastX;
    private int lastY;
    private int originX;
    private int originY;
    private Scene.Node pressed;

    private enum Interaction {
        NONE, MOVE, MARQUEE, PAN
    }

    public MapViewer(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        resources = new SwtResources(canvas.getDisplay());
        measurer = new SwtTextMeasurer(canvas.getDisplay(), resources);
        painter = new ScenePainter(measurer, style());
        canvas.setBackground(resources.color(style().background()));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> updateScrollBars());
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseHover, this::hover);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = false;
                cycle(e.detail == SWT.TRAVERSE_TAB_NEXT ? 1 : -1);
            }
        });
        canvas.addListener(SWT.Dispose, e -> {
            unhook(getInput());
            measurer.dispose();
            resources.dispose();
        });
        setContentProvider(new DiagramContentProvider());
        hookControl(canvas);
    }

    /** The domain whose command stack the viewer's moves go to. */
    public void setEditingDomain(EditingDomain domain) {
        this.domain = domain;
    }

    /**
     * Changes the typography, colours and layout defaults (from the preferences) and repaints,
     * without a new layout. Whatever lays out or sizes the shown diagram takes them from here.
     */
    public void setSettings(MapSettings newSettings) {
        settings = newSettings;
        painter = new ScenePainter(measurer, style());
        canvas.setBackground(resources.color(style().background()));
        refresh();
    }

    public MapSettings getSettings() {
        return settings;
    }

    private VisualStyle style() {
        return settings.style();
    }

    /**
     * A small picture of how this viewer draws a kind of statement, for tool bars and menus;
     * drawn on a colour the picture does not use, which is then made transparent.
     */
    public ImageDescriptor sampleOf(StatementKind kind) {
        NodeStyle sample = style().statement(kind);
        return ImageDescriptor.createFromImageDataProvider(zoom -> {
            if (zoom != 100) {
                return null;
            }
            Image image = new Image(canvas.getDisplay(), 22, 16);
            GC gc = new GC(image);
            try {
                gc.setAntialias(SWT.OFF);
                gc.setBackground(resources.color(0xFF00FF));
                gc.fillRectangle(0, 0, 22, 16);
                ScenePainter.paintOutline(new SwtSurface(gc, resources), sample, 1, 2, 20, 12);
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            image.dispose();
            data.transparentPixel = data.palette.getPixel(new RGB(0xFF, 0x00, 0xFF));
            return data;
        });
    }

    /** A layouter for this viewer's text measure, format and layout defaults. */
    public DiagramLayouter layouter() {
        return settings.layouter(measurer);
    }

    /** The commands of gestures on the shown diagram, sized and laid out as this viewer draws. */
    public DiagramEdits edits() {
        return new DiagramEdits(domain, layouter());
    }

    public EditingDomain getEditingDomain() {
        return domain;
    }

    SwtResources getResources() {
        return resources;
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    public Diagram getDiagram() {
        return getInput() instanceof Diagram d ? d : null;
    }

    /** The measurer of the viewer's fonts, for laying out what it shows. */
    public TextMeasurer getTextMeasurer() {
        return measurer;
    }

    public Scene getScene() {
        return scene;
    }

    @Override
    protected void inputChanged(Object input, Object oldInput) {
        unhook(oldInput);
        if (input instanceof Diagram diagram) {
            diagram.eAdapters().add(modelListener);
            if (diagram.eResource() != null && !diagram.eResource().getContents().isEmpty()) {
                diagram.eResource().getContents().get(0).eAdapters().add(modelListener);
            }
        }
        selection.clear();
        scene = null;
        refresh();
    }

    private void unhook(Object input) {
        if (input instanceof Diagram diagram) {
            diagram.eAdapters().remove(modelListener);
            if (diagram.eResource() != null && !diagram.eResource().getContents().isEmpty()) {
                diagram.eResource().getContents().get(0).eAdapters().remove(modelListener);
            }
        }
    }

    /** Coalesces a burst of notifications (one command) into one repaint. */
    private void modelChanged() {
        if (refreshPending || canvas.isDisposed()) {
            return;
        }
        refreshPending = true;
        canvas.getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!canvas.isDisposed()) {
                refresh();
            }
        });
    }

    /** Rebuilds the scene from the model (no layout) and repaints. */
    @Override
    public void refresh() {
        Diagram diagram = getDiagram();
        Set<Object> selected = selectedElements();
        double[] before = scene == null ? null : frame();
        scene = diagram == null ? null : faded(settings.sceneBuilder(measurer).build(diagram), diagram);
        selection.clear();
        // In the order they were selected: connecting takes the first as premise or attacker.
        if (scene != null) {
            selection.addAll(nodesOf(selected));
        }
        updateScrollBars();
        if (before != null) {
            keepInPlace(before);
        }
        canvas.redraw();
    }

    /**
     * Sets which statements stand out: the others, and the lines and junctions that touch only
     * them, are washed out. {@code null} shows every statement alike.
     */
    public void setHighlight(Predicate<Statement> highlighted) {
        this.highlighted = highlighted;
        refresh();
    }

    /** Whether a statement is washed out by the highlight. */
    public boolean isFaded(Statement statement) {
        return highlighted != null && !highlighted.test(statement);
    }

    private Scene faded(Scene built, Diagram diagram) {
        if (highlighted == null) {
            return built;
        }
        Set<Shape> faded = new HashSet<>();
        for (Shape shape : diagram.getShapes()) {
            List<Statement> statements = switch (shape.getElement()) {
                case Statement statement -> List.of(statement);
                case Inference inference -> statementsOf(inference.getPremises(), inference.getConclusion());
                case Conflict conflict -> statementsOf(conflict.getAttackers(),
                        conflict.getTarget() instanceof Statement target ? target : null);
                default -> List.of();
            };
            if (!statements.isEmpty() && statements.stream().allMatch(this::isFaded)) {
                faded.add(shape);
            }
        }
        int background = style().background();
        List<Scene.Node> nodes = built.nodes().stream().map(n -> faded.contains(n.shape()) ? n.withStyle(n.style().faded(background)) : n).toList();
        List<Scene.Line> lines = built.lines().stream().map(l -> faded.contains(l.edge().getSource()) || faded.contains(l.edge().getTarget())
                ? l.withStyle(l.style().faded(background)) : l).toList();
        return new Scene(nodes, lines, built.x(), built.y(), built.width(), built.height());
    }

    private static List<Statement> statementsOf(List<Statement> some, Statement another) {
        List<Statement> all = new ArrayList<>(some);
        if (another != null) {
            all.add(another);
        }
        return all;
    }

    /**
     * When the map grows or shrinks at its top or left edge, scrolls so that what is in view
     * stays where it is on screen (a statement added at the pointer stays under it).
     */
    private void keepInPlace(double[] frameBefore) {
        double[] frame = frame();
        ScrollBar h = canvas.getHorizontalBar();
        ScrollBar v = canvas.getVerticalBar();
        h.setSelection(h.getSelection() + (int) Math.round((frameBefore[0] - frame[0]) * zoom));
        v.setSelection(v.getSelection() + (int) Math.round((frameBefore[1] - frame[1]) * zoom));
    }

    // --- selection -------------------------------------------------------------------------

    @Override
    public ISelection getSelection() {
        return new StructuredSelection(new ArrayList<>(selectedElements()));
    }

    private Set<Object> selectedElements() {
        Set<Object> elements = new LinkedHashSet<>();
        selection.forEach(n -> elements.add(n.shape().getElement()));
        return elements;
    }

    @Override
    public void setSelection(ISelection newSelection, boolean reveal) {
        Set<Scene.Node> before = Set.copyOf(selection);
        selection.clear();
        if (scene != null && newSelection instanceof IStructuredSelection structured) {
            selection.addAll(nodesOf(structured.toList()));
        }
        if (reveal && !selection.isEmpty()) {
            reveal(selection.iterator().next().shape().getElement());
        }
        redrawNodes(before);
        redrawNodes(selection);
        fireSelectionChanged(new SelectionChangedEvent(this, getSelection()));
    }

    /** The nodes drawing the given elements (or shapes), in their order. */
    private List<Scene.Node> nodesOf(Collection<?> elements) {
        java.util.Map<Object, Scene.Node> drawing = new java.util.HashMap<>();
        for (Scene.Node node : scene.nodes()) {
            drawing.putIfAbsent(node.shape().getElement(), node);
            drawing.put(node.shape(), node);
        }
        return elements.stream().map(drawing::get).filter(java.util.Objects::nonNull).toList();
    }

    private void select(Collection<Scene.Node> nodes, boolean add) {
        Set<Scene.Node> before = Set.copyOf(selection);
        if (!add) {
            selection.clear();
        }
        selection.addAll(nodes);
        redrawNodes(before);
        redrawNodes(selection);
        fireSelectionChanged(new SelectionChangedEvent(this, getSelection()));
    }

    public void selectAll() {
        if (scene != null) {
            select(scene.nodes(), false);
        }
    }

    /** Scrolls so that the element's shape is in view. */
    public void reveal(Object element) {
        Scene.Node node = nodeOf(element);
        if (node == null) {
            return;
        }
        Rectangle client = canvas.getClientArea();
        int[] topLeft = toControl(node.x(), node.y());
        int[] bottomRight = toControl(node.x() + node.width(), node.y() + node.height());
        ScrollBar h = canvas.getHorizontalBar();
        ScrollBar v = canvas.getVerticalBar();
        if (topLeft[0] < 0 || bottomRight[0] > client.width) {
            h.setSelection(h.getSelection() + (topLeft[0] + bottomRight[0]) / 2 - client.width / 2);
        }
        if (topLeft[1] < 0 || bottomRight[1] > client.height) {
            v.setSelection(v.getSelection() + (topLeft[1] + bottomRight[1]) / 2 - client.height / 2);
        }
        canvas.redraw();
    }

    /** The scene node drawing a map element (or a shape), or null. */
    public Scene.Node nodeOf(Object element) {
        if (scene == null) {
            return null;
        }
        return scene.nodes().stream().filter(n -> n.shape() == element || n.shape().getElement() == element).findFirst().orElse(null);
    }

    // --- zoom and scrolling ---------------------------------------------------------------

    public double getZoom() {
        return zoom;
    }

    public void setZoom(double newZoom) {
        zoomAround(newZoom, canvas.getClientArea().width / 2, canvas.getClientArea().height / 2);
    }

    public void zoomIn() {
        setZoom(zoom * 1.25);
    }

    public void zoomOut() {
        setZoom(zoom / 1.25);
    }

    /** Zooms so that the whole map fits the window (never beyond 100%). */
    public void zoomToFit() {
        if (scene == null) {
            return;
        }
        Rectangle client = canvas.getClientArea();
        double[] frame = frame();
        setZoom(Math.min(1, Math.min(client.width / frame[2], client.height / frame[3])));
    }

    /** Keeps the diagram point under (x, y) in place while the zoom changes. */
    private void zoomAround(double newZoom, int x, int y) {
        newZoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        double[] anchor = toDiagram(x, y);
        zoom = newZoom;
        updateScrollBars();
        int[] moved = toControl(anchor[0], anchor[1]);
        ScrollBar h = canvas.getHorizontalBar();
        ScrollBar v = canvas.getVerticalBar();
        h.setSelection(h.getSelection() + moved[0] - x);
        v.setSelection(v.getSelection() + moved[1] - y);
        canvas.redraw();
    }

    /** The scrolled area in diagram units: the scene and a margin. */
    private double[] frame() {
        if (scene == null) {
            return new double[] { 0, 0, 1, 1 };
        }
        return new double[] { scene.x() - MARGIN, scene.y() - MARGIN, scene.width() + 2 * MARGIN, scene.height() + 2 * MARGIN };
    }

    private void updateScrollBars() {
        Rectangle client = canvas.getClientArea();
        double[] frame = frame();
        configure(canvas.getHorizontalBar(), (int) Math.ceil(frame[2] * zoom), client.width);
        configure(canvas.getVerticalBar(), (int) Math.ceil(frame[3] * zoom), client.height);
    }

    private static void configure(ScrollBar bar, int content, int visible) {
        int selection = bar.getSelection();
        bar.setMaximum(Math.max(content, 1));
        bar.setThumb(Math.max(1, Math.min(visible, content)));
        bar.setPageIncrement(Math.max(1, visible * 9 / 10));
        bar.setIncrement(20);
        bar.setSelection(Math.min(selection, Math.max(0, content - visible)));
        bar.setVisible(content > visible);
    }

    /** Canvas pixel to diagram units. */
    public double[] toDiagram(int x, int y) {
        double[] frame = frame();
        return new double[] { (x + canvas.getHorizontalBar().getSelection()) / zoom + frame[0],
                (y + canvas.getVerticalBar().getSelection()) / zoom + frame[1] };
    }

    /** Diagram units to canvas pixel. */
    public int[] toControl(double x, double y) {
        double[] frame = frame();
        return new int[] { (int) Math.round((x - frame[0]) * zoom - canvas.getHorizontalBar().getSelection()),
                (int) Math.round((y - frame[1]) * zoom - canvas.getVerticalBar().getSelection()) };
    }

    // --- painting --------------------------------------------------------------------------

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setBackground(resources.color(style().background()));
        gc.fillRectangle(e.x, e.y, e.width, e.height);
        if (scene == null) {
            return;
        }
        // Smoothing thousands of tiny outlines costs more than it shows when the map is shrunk.
        gc.setAntialias(zoom < 0.35 ? SWT.OFF : SWT.ON);
        gc.setTextAntialias(SWT.ON);
        double[] frame = frame();
        Transform transform = new Transform(canvas.getDisplay());
        try {
            transform.translate(-canvas.getHorizontalBar().getSelection(), -canvas.getVerticalBar().getSelection());
            transform.scale((float) zoom, (float) zoom);
            transform.translate((float) -frame[0], (float) -frame[1]);
            gc.setTransform(transform);
            double[] from = toDiagram(e.x, e.y);
            Set<Scene.Node> shownSelection = new LinkedHashSet<>(selection);
            Scene shown = displayedScene(shownSelection);
            // Only what lies in the damaged rectangle is painted.
            painter.paint(shown, new SwtSurface(gc, resources), shownSelection, from[0], from[1], e.width / zoom, e.height / zoom, zoom);
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
        if (legendVisible) {
            // At screen size whatever the zoom, so it stays readable from the back of the room.
            painter.paintLegend(new SwtSurface(gc, resources), 10, canvas.getClientArea().height - painter.legendHeight() - 10);
        }
        if (interaction == Interaction.MARQUEE) {
            gc.setForeground(resources.color(style().selection()));
            gc.setLineWidth(1);
            gc.setLineDash(new int[] { 4, 3 });
            gc.drawRectangle(Math.min(pressX, lastX), Math.min(pressY, lastY), Math.abs(lastX - pressX), Math.abs(lastY - pressY));
        }
    }

    /**
     * While shapes are dragged they are drawn where they will land (the model moves on release);
     * {@code shownSelection} is updated to the moved copies.
     */
    private Scene displayedScene(Set<Scene.Node> shownSelection) {
        if (interaction != Interaction.MOVE || (lastX == pressX && lastY == pressY)) {
            return scene;
        }
        double dx = (lastX - pressX) / zoom;
        double dy = (lastY - pressY) / zoom;
        List<Scene.Node> nodes = new ArrayList<>();
        for (Scene.Node n : scene.nodes()) {
            nodes.add(dragged.contains(n.shape()) ? n.movedBy(dx, dy) : n);
        }
        shownSelection.clear();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) != scene.nodes().get(i)) {
                shownSelection.add(nodes.get(i));
            }
        }
        return new Scene(nodes, scene.lines(), scene.x(), scene.y(), scene.width(), scene.height());
    }

    private void redrawNodes(Collection<Scene.Node> nodes) {
        for (Scene.Node node : nodes) {
            int[] a = toControl(node.x() - 8, node.y() - 8);
            int[] b = toControl(node.x() + node.width() + 8, node.y() + node.height() + 8);
            canvas.redraw(a[0], a[1], b[0] - a[0], b[1] - a[1], false);
        }
    }

    // --- mouse and keys --------------------------------------------------------------------

    /** The topmost node under a canvas pixel. */
    public Scene.Node nodeAt(int x, int y) {
        if (scene == null) {
            return null;
        }
        double[] p = toDiagram(x, y);
        List<Scene.Node> nodes = scene.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).contains(p[0], p[1])) {
                return nodes.get(i);
            }
        }
        return null;
    }

    private void mouseDown(Event e) {
        // Alt+drag draws a connection (MapEditing), it neither selects nor moves.
        if (e.button != 1 || (e.stateMask & SWT.ALT) != 0) {
            return;
        }
        canvas.setFocus();
        pressX = lastX = e.x;
        pressY = lastY = e.y;
        Scene.Node hit = nodeAt(e.x, e.y);
        pressed = hit;
        if (hit != null) {
            if ((e.stateMask & SWT.MOD1) != 0) {
                Set<Scene.Node> toggled = new LinkedHashSet<>(selection);
                if (!toggled.remove(hit)) {
                    toggled.add(hit);
                }
                select(toggled, false);
            } else if (!selection.contains(hit)) {
                select(List.of(hit), false);
            }
            interaction = Interaction.MOVE;
            dragged = DiagramEdits.carried(getDiagram(), selectedShapes());
        } else if ((e.stateMask & SWT.SHIFT) != 0) {
            interaction = Interaction.MARQUEE;
        } else {
            interaction = Interaction.PAN;
            originX = canvas.getHorizontalBar().getSelection();
            originY = canvas.getVerticalBar().getSelection();
        }
    }

    private void mouseMove(Event e) {
        if (interaction == Interaction.NONE) {
            return;
        }
        lastX = e.x;
        lastY = e.y;
        if (interaction == Interaction.PAN) {
            canvas.getHorizontalBar().setSelection(originX - (e.x - pressX));
            canvas.getVerticalBar().setSelection(originY - (e.y - pressY));
        }
        canvas.redraw();
    }

    private void mouseUp(Event e) {
        if (e.button != 1) {
            return;
        }
        Interaction finished = interaction;
        interaction = Interaction.NONE;
        lastX = e.x;
        lastY = e.y;
        boolean dragged = Math.abs(e.x - pressX) > 2 || Math.abs(e.y - pressY) > 2;
        if (finished == Interaction.MOVE && dragged) {
            moveSelection((e.x - pressX) / zoom, (e.y - pressY) / zoom);
        } else if (finished == Interaction.MOVE && (e.stateMask & SWT.MOD1) == 0 && selection.size() > 1) {
            // A click (no drag) on one of several selected shapes selects just that one.
            select(List.of(pressed), false);
        } else if (finished == Interaction.MARQUEE) {
            double[] a = toDiagram(Math.min(pressX, e.x), Math.min(pressY, e.y));
            double[] b = toDiagram(Math.max(pressX, e.x), Math.max(pressY, e.y));
            select(scene == null ? List.of() : scene.nodes().stream().filter(n -> n.x() < b[0] && n.x() + n.width() > a[0]
                    && n.y() < b[1] && n.y() + n.height() > a[1]).toList(), (e.stateMask & SWT.MOD1) != 0);
        } else if (finished == Interaction.PAN && !dragged) {
            select(List.of(), false);
        }
        canvas.redraw();
    }

    private List<Shape> selectedShapes() {
        return selection.stream().map(Scene.Node::shape).toList();
    }

    /**
     * Moves the selected shapes by a distance in diagram units, as one undoable command; a frame
     * carries its argument's shapes along, and frames are fitted again around shapes that left or
     * moved inside them.
     */
    public void moveSelection(double dx, double dy) {
        if (domain != null && !selection.isEmpty()) {
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
     * Collapses the selected open arguments into single boxes, or opens the selected collapsed
     * ones, and lays the diagram out again: one undoable command.
     */
    public void toggleArguments() {
        if (domain != null && getDiagram() != null) {
            execute(edits().toggleArguments(getDiagram(), selectedShapes()));
        }
        refresh();
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        } else {
            command.dispose();
        }
    }

    public boolean isLegendVisible() {
        return legendVisible;
    }

    /** Shows the key to shapes and lines in the window's corner. */
    public void setLegendVisible(boolean visible) {
        legendVisible = visible;
        canvas.redraw();
    }

    private void hover(Event e) {
        Scene.Node node = nodeAt(e.x, e.y);
        canvas.setToolTipText(node == null ? null : node.tooltip());
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            zoomAround(e.count > 0 ? zoom * 1.15 : zoom / 1.15, e.x, e.y);
        }
    }

    private void key(Event e) {
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> step(-1, 0);
            case SWT.ARROW_RIGHT -> step(1, 0);
            case SWT.ARROW_UP -> step(0, -1);
            case SWT.ARROW_DOWN -> step(0, 1);
            default -> {
                switch (e.character) {
                    case '+', '=' -> zoomIn();
                    case '-' -> zoomOut();
                    case '0' -> setZoom(1);
                    case 'f', 'F' -> zoomToFit();
                    case 'l', 'L' -> layOut(!selection.isEmpty());
                    case 'k', 'K' -> setLegendVisible(!legendVisible);
                    case SWT.CR -> toggleArguments();
                    default -> {
                        return;
                    }
                }
            }
        }
    }

    /** Selects the nearest node whose centre lies in the given direction from the selection. */
    private void step(int dx, int dy) {
        if (scene == null || scene.nodes().isEmpty()) {
            return;
        }
        if (selection.isEmpty()) {
            select(List.of(scene.nodes().get(0)), false);
            return;
        }
        Scene.Node from = selection.iterator().next();
        double cx = from.x() + from.width() / 2;
        double cy = from.y() + from.height() / 2;
        scene.nodes().stream().filter(n -> n != from).filter(n -> {
            double ox = n.x() + n.width() / 2 - cx;
            double oy = n.y() + n.height() / 2 - cy;
            return dx != 0 ? ox * dx > Math.abs(oy) * 0.5 : oy * dy > Math.abs(ox) * 0.5;
        }).min(Comparator.comparingDouble(n -> {
            double ox = n.x() + n.width() / 2 - cx;
            double oy = n.y() + n.height() / 2 - cy;
            return Math.hypot(ox * (dx != 0 ? 1 : 2.5), oy * (dy != 0 ? 1 : 2.5));
        })).ifPresent(n -> {
            select(List.of(n), false);
            reveal(n.shape());
        });
    }

    private void cycle(int direction) {
        if (scene == null || scene.nodes().isEmpty()) {
            return;
        }
        List<Scene.Node> nodes = scene.nodes();
        int index = selection.isEmpty() ? -1 : nodes.indexOf(selection.iterator().next());
        Scene.Node next = nodes.get(Math.floorMod(index + direction, nodes.size()));
        select(List.of(next), false);
        reveal(next.shape());
    }

    /** The elements whose shapes are selected, in the model's terms. */
    public List<EObject> getSelectedElements() {
        return selection.stream().map(n -> n.shape().getElement()).map(EObject.class::cast).toList();
    }
}
