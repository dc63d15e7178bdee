// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.workbench;

import static org.disputatio.ui.WorkbenchTesting.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Statement;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.ui.editor.MapEditor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each open map has its own tab, named after its file and marked while it has unsaved changes. */
class EditorTabTest {

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        spin();
    }

    @Test
    void twoMapsHaveTwoTabsWithTheirNamesAndTheDirtyMarker() throws Exception {
        MapEditor first = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("first.argmap")));
        MapEditor second = WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("second.argmap")));

        CTabItem firstTab = tabOf(first);
        CTabItem secondTab = tabOf(second);
        assertEquals("first.argmap", firstTab.getText());
        assertEquals("second.argmap", secondTab.getText());
        assertEquals(firstTab.getParent(), secondTab.getParent(), "both maps are tabs of one folder");
        assertNotNull(secondTab.getImage(), "the tab shows the map icon");
        // The icons are SVG: without a rasterizer the image cannot be drawn, nor the tabs.
        assertNotNull(secondTab.getImage().getImageData(100));
        assertTrue(drawnAsTheTabDrawsIt(secondTab.getImage()), "the tab's icon is drawn");

        Statement thesis = (Statement) second.getSession().getResource().getEObject("thesis");
        second.getSession().execute(SetCommand.create(second.getSession().getEditingDomain(), thesis,
                ArgmapPackage.Literals.STATEMENT__LABEL, "Soft power can be mutually reinforcing"));
        spin();
        assertEquals("*second.argmap", tabOf(second).getText(), "an unsaved map's tab is marked");
        assertEquals("first.argmap", tabOf(first).getText());

        second.doSave(null);
        spin();
        assertEquals("second.argmap", tabOf(second).getText(), "saving clears the mark");
    }

    /**
     * The workspace log after start-up and opening a map holds no error: a missing SVG rasterizer
     * (SPI-Fly unable to weave it) shows up here first.
     */
    @Test
    void startingAndOpeningAMapLogsNoError() throws Exception {
        WorkbenchTesting.open(WorkbenchTesting.saveExchange(dir.resolve("logged.argmap")));
        spin();
        Path log = Platform.getLogFileLocation().toFile().toPath();
        List<String> errors = new ArrayList<>();
        if (Files.exists(log)) {
            List<String> lines = Files.readAllLines(log);
            for (int i = 0; i < lines.size(); i++) {
                // "!ENTRY bundle severity code date": severity 4 is an error.
                String[] entry = lines.get(i).split(" ");
                if (entry.length > 2 && entry[0].equals("!ENTRY") && entry[2].equals("4")) {
                    errors.add(String.join(" | ", lines.subList(i, Math.min(lines.size(), i + 4))));
                }
            }
        }
        assertEquals(List.of(), errors, "errors in " + log);
    }

    /**
     * Draws the icon as the tab folder paints it, at its size (GC.drawImage with a width and
     * height, which rasterizes an SVG icon for that size), on white; true when some of it shows.
     * Without an SVG rasterizer this throws, as it does in the tab folder's paint, which then
     * draws no tabs at all.
     */
    private static boolean drawnAsTheTabDrawsIt(Image icon) {
        Rectangle size = icon.getBounds();
        Image canvas = new Image(icon.getDevice(), size.width, size.height);
        try {
            GC gc = new GC(canvas);
            try {
                gc.setBackground(icon.getDevice().getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, size.width, size.height);
                gc.drawImage(icon, 0, 0, size.width, size.height);
            } finally {
                gc.dispose();
            }
            ImageData data = canvas.getImageData();
            RGB white = new RGB(255, 255, 255);
            for (int x = 0; x < data.width; x++) {
                for (int y = 0; y < data.height; y++) {
                    if (!data.palette.getRGB(data.getPixel(x, y)).equals(white)) {
                        return true;
                    }
                }
            }
            return false;
        } finally {
            canvas.dispose();
        }
    }

    /** The tab whose page holds the editor's canvas. */
    static CTabItem tabOf(MapEditor editor) {
        Control canvas = editor.getViewer().getControl();
        for (Composite parent = canvas.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    if (item.getControl() != null && isAncestor(item.getControl(), canvas)) {
                        return item;
                    }
                }
                throw new AssertionError("the editor's folder has no tab for it (tabs: " + folder.getItemCount() + ")");
            }
        }
        throw new AssertionError("the editor is not in a tab folder");
    }

    private static boolean isAncestor(Control ancestor, Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }
}
