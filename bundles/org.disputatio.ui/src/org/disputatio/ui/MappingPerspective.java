// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui;

import org.disputatio.ui.problems.MapProblemsView;
import org.disputatio.ui.schemes.CriticalQuestionsView;
import org.disputatio.ui.sources.SourcesView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The arrangement for mapping a debate: the map editor in the middle; on the left the map's
 * outline above its sources; below the editor the properties of the selection beside the map's
 * problems.
 */
public class MappingPerspective implements IPerspectiveFactory {

    public static final String ID = "org.disputatio.ui.mappingPerspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout outline = layout.createFolder("outline", IPageLayout.LEFT, 0.25f, editorArea);
        outline.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout sources = layout.createFolder("sources", IPageLayout.BOTTOM, 0.5f, "outline");
        sources.addView(SourcesView.ID);
        IFolderLayout details = layout.createFolder("details", IPageLayout.BOTTOM, 0.68f, editorArea);
        details.addView(IPageLayout.ID_PROP_SHEET);
        // Side by side: a scholar fixing a problem reads it while editing the property.
        IFolderLayout problems = layout.createFolder("problems", IPageLayout.RIGHT, 0.55f, "details");
        problems.addView(MapProblemsView.ID);
        problems.addView(CriticalQuestionsView.ID);

        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(SourcesView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(MapProblemsView.ID);
        layout.addShowViewShortcut(CriticalQuestionsView.ID);
    }
}
