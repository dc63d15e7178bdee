// SPDX-License-Identifier: EPL-2.0
package org.disputatio.app;

import org.disputatio.ui.exchange.ExportAction;
import org.disputatio.ui.exchange.ImportAction;
import org.disputatio.ui.files.NewMapAction;
import org.disputatio.ui.files.OpenMapAction;
import org.disputatio.ui.files.RecentFilesMenu;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The standard workbench actions, so that editors' Save, Undo and Redo work as in any Eclipse,
 * and the File menu's New Map, Open File, Import, Export and recent maps.
 */
class DisputatioActionBarAdvisor extends ActionBarAdvisor {

    DisputatioActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        register(new NewMapAction(window));
        register(new OpenMapAction(window));
        register(new ImportAction(window));
        register(new ExportAction(window));
        for (ActionFactory factory : new ActionFactory[] { ActionFactory.SAVE, ActionFactory.SAVE_AS,
                ActionFactory.REVERT, ActionFactory.CLOSE, ActionFactory.QUIT, ActionFactory.UNDO,
                ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE,
                ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.FIND, ActionFactory.PREFERENCES,
                ActionFactory.RESET_PERSPECTIVE, ActionFactory.ABOUT }) {
            register(factory.create(window));
        }
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(getAction(NewMapAction.ID));
        file.add(new Separator(IWorkbenchActionConstants.NEW_EXT));
        file.add(getAction(OpenMapAction.ID));
        file.add(new Separator(IWorkbenchActionConstants.OPEN_EXT));
        file.add(getAction(ActionFactory.CLOSE.getId()));
        file.add(new Separator(IWorkbenchActionConstants.SAVE_GROUP));
        file.add(getAction(ActionFactory.SAVE.getId()));
        file.add(getAction(ActionFactory.SAVE_AS.getId()));
        file.add(getAction(ActionFactory.REVERT.getId()));
        file.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
        file.add(getAction(ImportAction.ID));
        file.add(getAction(ExportAction.ID));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new RecentFilesMenu(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        file.add(getAction(ActionFactory.QUIT.getId()));

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(getAction(ActionFactory.UNDO.getId()));
        edit.add(getAction(ActionFactory.REDO.getId()));
        edit.add(new Separator(IWorkbenchActionConstants.CUT_EXT));
        edit.add(getAction(ActionFactory.CUT.getId()));
        edit.add(getAction(ActionFactory.COPY.getId()));
        edit.add(getAction(ActionFactory.PASTE.getId()));
        edit.add(getAction(ActionFactory.DELETE.getId()));
        edit.add(getAction(ActionFactory.SELECT_ALL.getId()));
        edit.add(new Separator(IWorkbenchActionConstants.FIND_EXT));
        edit.add(getAction(ActionFactory.FIND.getId()));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
        window.add(showView);
        window.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
        window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        window.add(getAction(ActionFactory.PREFERENCES.getId()));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(getAction(ActionFactory.ABOUT.getId()));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
