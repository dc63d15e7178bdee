// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.exchange;

import static org.disputatio.ui.Widgets.answerDialog;
import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.disputatio.core.MapSession;
import org.disputatio.core.PresentationCommands.Gesture;
import org.disputatio.core.PresentationCommands;
import org.disputatio.interchange.MapFormats;
import org.disputatio.model.Element;
import org.disputatio.model.Statement;
import org.disputatio.render.MapRenderer;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.disputatio.ui.files.RecentFiles;
import org.disputatio.ui.preferences.MapPreferences;
import org.disputatio.views.Diagram;
import org.disputatio.views.Presentation;
import org.disputatio.views.Shape;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; Import and File &gt; Export, chosen from the window's real File menu. The native file
 * dialog cannot be driven by a test, so each test puts its own {@link FileChooser} in its place
 * (the one seam); everything after the choice - the format table, the writers, the dialogs that
 * report - is the workbench's own.
 */
class ImportExportTest {

    @TempDir
    Path dir;

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
    }

    @AfterEach
    void tearDown() {
        FileChooser.Current.set(null);
        page.closeAllEditors(false);
    }

    @Test
    void theFileMenuOffersImportAndExport() {
        List<String> items = Arrays.stream(fileMenu().getItems()).map(i -> i.getText().replace("&", "").split("\t")[0]).toList();
        assertTrue(items.contains("Import..."), items.toString());
        assertTrue(items.contains("Export..."), items.toString());
        assertTrue(items.indexOf("Import...") < items.indexOf("Export..."), items.toString());
    }

    @Test
    void argdownWrittenByExportReadsBackAndSaysTheDiagramIsNotKept() throws Exception {
        MapEditor editor = openExchange();
        Path chosen = dir.resolve("exported");
        List<String> said = answerDialog(ExportAction.TITLE, "OK");
        export(chosen, ExportFormats.ALL.indexOf(ExportFormats.ARGDOWN));
        Path file = dir.resolve("exported.argdown");
        assertTrue(Files.exists(file), "the format's extension is added to a name without one");
        assertTrue(String.join("\n", said).contains("1 diagram(s) not kept"), said.toString());
        MapSession back = MapFormats.open(file);
        assertEquals(texts(editor.getSession()), texts(back));
        back.dispose();
    }

    @Test
    void aifWrittenByExportReadsBack() throws Exception {
        MapEditor editor = openExchange();
        List<String> said = answerDialog(ExportAction.TITLE, "OK");
        export(dir.resolve("exported.json"), -1);
        assertTrue(String.join("\n", said).contains("AIF has no place"), said.toString());
        MapSession back = MapFormats.open(dir.resolve("exported.json"));
        assertEquals(texts(editor.getSession()), texts(back));
        assertEquals(1, back.getMap().getInferences().size());
        assertEquals(1, back.getMap().getConflicts().size());
        back.dispose();
    }

    @Test
    void svgOfTheDiagramParsesAndShowsItsStatements() throws Exception {
        openExchange();
        export(dir.resolve("diagram.svg"), -1);
        String svg = Files.readString(dir.resolve("diagram.svg"));
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getLocalName() != null ? document.getDocumentElement().getLocalName()
                : document.getDocumentElement().getTagName());
        assertTrue(svg.contains("Mutual attraction"), "the reason is drawn");
    }

    @Test
    void pngOfTheDiagramHasTheSizeTheRendererDrawsAt() throws Exception {
        MapEditor editor = openExchange();
        export(dir.resolve("diagram.png"), -1);
        BufferedImage png = ImageIO.read(dir.resolve("diagram.png").toFile());
        assertNotNull(png, "a PNG image");
        BufferedImage expected = new MapRenderer(MapPreferences.settings(MapPreferences.store()))
                .image(editor.getViewer().getDiagram(), ExportFormats.SCALE, false);
        assertEquals(expected.getWidth(), png.getWidth());
        assertEquals(expected.getHeight(), png.getHeight());
        assertTrue(png.getWidth() > 100 && png.getHeight() > 50, png.getWidth() + "x" + png.getHeight());
    }

    @Test
    void pdfOfTheDiagramAndSlidesOfThePresentation() throws Exception {
        MapEditor editor = openExchange();
        export(dir.resolve("diagram.pdf"), ExportFormats.ALL.indexOf(ExportFormats.PDF));
        assertTrue(new String(Files.readAllBytes(dir.resolve("diagram.pdf")), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));

        List<String> refused = answerDialog(ExportAction.ERROR_TITLE, "OK");
        export(dir.resolve("slides.html"), -1);
        assertTrue(String.join("\n", refused).contains("no presentation"), refused.toString());
        assertFalse(Files.exists(dir.resolve("slides.html")), "nothing is written without a presentation");

        MapSession session = editor.getSession();
        session.execute(PresentationCommands.newPresentation(session.getEditingDomain(), editor.getViewer().getDiagram(), "Nye and his critics"));
        Presentation lecture = session.getPresentations().get(0);
        session.execute(PresentationCommands.addStep(session.getEditingDomain(), lecture, -1, "The thesis", Gesture.REVEAL,
                List.of(session.getMap().getStatements().get(0))));
        export(dir.resolve("slides.html"), -1);
        assertTrue(Files.readString(dir.resolve("slides.html")).contains("The thesis"));
        export(dir.resolve("slides.pdf"), ExportFormats.ALL.indexOf(ExportFormats.SLIDES_PDF));
        assertTrue(Files.size(dir.resolve("slides.pdf")) > Files.size(dir.resolve("diagram.pdf")) / 4);
        assertTrue(new String(Files.readAllBytes(dir.resolve("slides.pdf")), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
    }

    @Test
    void importBringsArgdownIntoTheMapAsOneUndoableStep() throws Exception {
        MapEditor editor = openExchange();
        Path file = dir.resolve("critics.argdown");
        Files.writeString(file, "[Thesis]: Soft power is a tool of the state.\n  <- [Edney]: Regime security comes first.\n");
        Diagram diagram = editor.getViewer().getDiagram();
        Map<Shape, List<Double>> before = diagram.getShapes().stream().collect(Collectors.toMap(s -> s, ImportExportTest::box));
        int edges = diagram.getEdges().size();
        List<String> said = answerDialog(ImportAction.TITLE, "OK");
        importFile(file);
        MapSession session = editor.getSession();
        assertEquals(5, session.getMap().getStatements().size());
        before.forEach((shape, box) -> assertEquals(box, box(shape), "the shapes already drawn stay where they were"));
        List<Shape> added = diagram.getShapes().stream().filter(s -> !before.containsKey(s)).toList();
        assertEquals(2, added.stream().filter(s -> s.getElement() instanceof Statement).count(), "the statements are drawn");
        for (Shape shape : added) {
            assertTrue(shape.getWidth() > 0 && shape.getHeight() > 0, "sized for its text");
            for (Shape old : before.keySet()) {
                assertFalse(overlap(shape, old), "laid out clear of " + old.getElement());
            }
        }
        assertEquals(edges + 1, diagram.getEdges().size(), "the new attack is drawn too");
        assertEquals(2, session.getMap().getConflicts().size());
        assertTrue(String.join("\n", said).contains("Imported 2 statements from critics.argdown"), said.toString());
        assertTrue(editor.isDirty());
        assertEquals(countElements(session), ids(session).size(), "identifiers stay unique");
        session.getCommandStack().undo();
        assertEquals(3, session.getMap().getStatements().size(), "one Undo takes the whole import back");
        assertEquals(before.keySet(), Set.copyOf(diagram.getShapes()), "its shapes too");
        assertEquals(1, session.getMap().getConflicts().size());
    }

    @Test
    void clashingIdentifiersAreRenamedInWhatComesIn() throws Exception {
        MapEditor editor = openExchange();
        MapSession twin = MapSession.open(WorkbenchTesting.saveExchange(dir.resolve("twin.argmap")));
        twin.dispose();
        answerDialog(ImportAction.TITLE, "OK");
        importFile(dir.resolve("twin.argmap"));
        MapSession session = editor.getSession();
        assertEquals(6, session.getMap().getStatements().size());
        assertEquals(countElements(session), ids(session).size(), "identifiers stay unique");
        assertTrue(ids(session).contains("thesis-2"), ids(session).toString());
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndTheMapIsUnchanged() throws Exception {
        MapEditor editor = openExchange();
        Path file = dir.resolve("broken.argdown");
        Files.writeString(file, "[A]: fine\n\n  + [B]: a relation after a blank line\n");
        List<String> said = answerDialog(ImportAction.ERROR_TITLE, "OK");
        importFile(file);
        String message = String.join("\n", said);
        assertTrue(message.contains("Line 3, column 3"), message);
        assertTrue(message.contains("broken.argdown"), message);
        assertEquals(3, editor.getSession().getMap().getStatements().size());
        assertFalse(editor.isDirty());
    }

    @Test
    void withNoMapOpenImportOpensTheFileAsAMap() throws Exception {
        page.closeAllEditors(false);
        Path file = dir.resolve("debate.argdown");
        Files.writeString(file, "[Thesis]: Soft power can be mutually reinforcing.\n  <+ [Reason]: Mutual attraction reduces conflict.\n");
        importFile(file);
        IEditorPart opened = page.getActiveEditor();
        assertTrue(opened instanceof MapEditor, String.valueOf(opened));
        assertEquals(2, ((MapEditor) opened).getSession().getMap().getStatements().size());
        assertTrue(new RecentFiles(MapPreferences.store()).remove(file), "opened as Open opens it, into the recent maps");
    }

    private MapEditor openExchange() throws Exception {
        MapEditor editor = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("exchange.argmap")));
        assertNotNull(editor.getViewer().getDiagram());
        return editor;
    }

    /** Export from the File menu, as if the scholar had chosen this file and filter in the dialog. */
    private void export(Path file, int filter) {
        FileChooser.Current.set((shell, title, names, extensions, save) -> {
            assertTrue(save);
            assertEquals(ExportFormats.ALL.size(), names.length);
            return new FileChooser.Choice(file, filter);
        });
        choose("Export...");
    }

    private void importFile(Path file) {
        FileChooser.Current.set((shell, title, names, extensions, save) -> new FileChooser.Choice(file, 0));
        choose("Import...");
    }

    private void choose(String label) {
        MenuItem item = Arrays.stream(fileMenu().getItems()).filter(i -> i.getText().replace("&", "").startsWith(label)).findFirst()
                .orElseThrow();
        assertTrue(item.isEnabled(), label);
        item.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    private Menu fileMenu() {
        Menu menu = Arrays.stream(window.getShell().getMenuBar().getItems()).filter(i -> i.getText().replace("&", "").equals("File"))
                .findFirst().orElseThrow().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        return menu;
    }

    /** What each statement says, by its text or else its label (the exchange map has labels only; AIF keeps one wording). */
    private static List<String> texts(MapSession session) {
        return session.getMap().getStatements().stream().map(s -> s.getText() != null ? s.getText() : s.getLabel()).sorted().toList();
    }

    private static List<Double> box(Shape shape) {
        return List.of(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight());
    }

    private static boolean overlap(Shape a, Shape b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth() && a.getY() < b.getY() + b.getHeight()
                && b.getY() < a.getY() + a.getHeight();
    }

    private static Set<String> ids(MapSession session) {
        Set<String> ids = new java.util.HashSet<>();
        session.getResource().getAllContents().forEachRemaining(o -> {
            if (o instanceof Element e && e.getId() != null) {
                ids.add(e.getId());
            }
        });
        return ids;
    }

    private static int countElements(MapSession session) {
        int[] n = { 0 };
        session.getResource().getAllContents().forEachRemaining(o -> {
            if (o instanceof Element e && e.getId() != null) {
                n[0]++;
            }
        });
        return n[0];
    }
}
