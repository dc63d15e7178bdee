// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import static org.disputatio.ui.WorkbenchTesting.spin;

import java.nio.file.Path;

import org.disputatio.model.Statement;
import org.disputatio.ui.ExchangeMap;
import org.disputatio.ui.WorkbenchTesting;
import org.disputatio.viewer.MapViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the canvas's editor tests start from: the small exchange map ({@link ExchangeMap}) open, its canvas at 100 %. */
abstract class OnTheExchangeMap {

    @TempDir
    Path dir;

    MapEditor editor;
    MapViewer viewer;

    @BeforeEach
    void openTheExchangeMap() throws Exception {
        editor = WorkbenchTesting.open(ExchangeMap.write(dir.resolve("exchange.argmap")));
        viewer = editor.getViewer();
        viewer.setZoom(1);
        spin();
    }

    @AfterEach
    void closeTheEditors() {
        editor.getSite().getPage().closeAllEditors(false);
    }

    /** The map's statement of that identifier. */
    Statement statement(String id) {
        return (Statement) editor.getSession().getResource().getEObject(id);
    }
}
