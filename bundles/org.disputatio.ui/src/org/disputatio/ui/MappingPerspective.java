package org.disputatio.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The arrangement for mapping a debate: the map editor in the middle, views around it.
 */
public class MappingPerspective implements IPerspectiveFactory {

    public static final String ID = "org.disputatio.ui.mappingPerspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
    }
}
