// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.disputatio.model.edit.provider.Labels;
import org.disputatio.views.Diagram;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;

/**
 * One layout setting of the shown diagram (its algorithm, direction or lines) as a drop-down on
 * the editor's tool bar and a submenu of its context menu. Choosing a value sets it and lays the
 * diagram out again; the button itself steps to the next value.
 */
final class LayoutChoice extends Action implements IMenuCreator {

    private final String name;
    private final EAttribute setting;
    private final Supplier<Diagram> diagram;
    private final BiConsumer<EAttribute, Object> choose;
    private MenuManager dropDown;

    /**
     * @param choose sets the setting to a value and lays the diagram out, as one command
     */
    LayoutChoice(String name, EAttribute setting, Supplier<Diagram> diagram, BiConsumer<EAttribute, Object> choose) {
        super(name, AS_DROP_DOWN_MENU);
        this.name = name;
        this.setting = setting;
        this.diagram = diagram;
        this.choose = choose;
        setMenuCreator(this);
        update();
    }

    /** Shows the current value on the button. */
    void update() {
        Object current = current();
        setText(current == null ? name : name + ": " + Labels.capitalized(((Enumerator) current).getName()));
        setToolTipText(name + " of the layout (click for the next, or choose)");
        setEnabled(current != null);
    }

    @Override
    public void run() {
        List<EEnumLiteral> literals = ((EEnum) setting.getEAttributeType()).getELiterals();
        Object current = current();
        int index = literals.stream().map(EEnumLiteral::getInstance).toList().indexOf(current);
        choose.accept(setting, literals.get((index + 1) % literals.size()).getInstance());
    }

    /** The values to choose from, the current one checked. */
    List<IAction> choices() {
        List<IAction> choices = new ArrayList<>();
        for (EEnumLiteral literal : ((EEnum) setting.getEAttributeType()).getELiterals()) {
            Action choice = new Action(Labels.capitalized(literal.getName()), AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        choose.accept(setting, literal.getInstance());
                    }
                }
            };
            choice.setChecked(literal.getInstance() == current());
            choices.add(choice);
        }
        return choices;
    }

    /** The choices as a submenu, for the context menu. */
    MenuManager submenu() {
        MenuManager submenu = new MenuManager(name);
        choices().forEach(submenu::add);
        return submenu;
    }

    @Override
    public Menu getMenu(Control parent) {
        dispose();
        dropDown = new MenuManager();
        choices().forEach(dropDown::add);
        return dropDown.createContextMenu(parent);
    }

    @Override
    public Menu getMenu(Menu parent) {
        return null;
    }

    @Override
    public void dispose() {
        if (dropDown != null) {
            dropDown.dispose();
            dropDown = null;
        }
    }

    private Object current() {
        Diagram shown = diagram.get();
        return shown == null ? null : shown.eGet(setting);
    }
}
