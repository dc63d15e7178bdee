// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.editor;

import java.util.List;
import java.util.function.Supplier;

import org.disputatio.core.MapSession;
import org.disputatio.core.schemes.CatalogueScheme;
import org.disputatio.core.schemes.CriticalQuestions;
import org.disputatio.core.schemes.SchemeCatalogue;
import org.disputatio.core.schemes.SchemeCommands;
import org.disputatio.model.Conflict;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.QuestionStatus;
import org.disputatio.model.Statement;
import org.disputatio.model.edit.provider.Labels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;

/**
 * The context menu's Scheme and Critical Questions submenus for the inference at hand: a
 * selected junction, or else the one inference whose premises and conclusion are all selected
 * (an inference from one premise has no junction to click). Each choice or mark is one
 * undoable command through {@link SchemeCommands}. The Critical Questions view asks it the same.
 */
public final class SchemeMenus {

    private final Supplier<MapSession> session;
    private final Supplier<List<EObject>> selection;

    public SchemeMenus(Supplier<MapSession> session, Supplier<List<EObject>> selection) {
        this.session = session;
        this.selection = selection;
    }

    /** The inference the menus act on, or null. */
    public Inference inference() {
        List<EObject> selected = selection.get();
        List<Inference> junctions = selected.stream().filter(Inference.class::isInstance).map(Inference.class::cast).toList();
        if (junctions.size() == 1) {
            return junctions.get(0);
        }
        if (!junctions.isEmpty() || session.get().getMap() == null) {
            return null;
        }
        List<Inference> spanned = session.get().getMap().getInferences().stream()
                .filter(i -> selected.contains(i.getConclusion()) && selected.containsAll(i.getPremises())).toList();
        return spanned.size() == 1 ? spanned.get(0) : null;
    }

    void fill(IMenuManager menu) {
        Inference inference = inference();
        if (inference == null) {
            return;
        }
        MenuManager schemes = new MenuManager("Sc&heme");
        CatalogueScheme current = inference.getScheme() == null ? null : SchemeCatalogue.shipped().of(inference.getScheme());
        schemes.add(choice("(None)", inference, null, inference.getScheme() == null));
        schemes.add(new Separator());
        for (CatalogueScheme scheme : SchemeCatalogue.shipped().schemes()) {
            schemes.add(choice(scheme.name(), inference, scheme, scheme.equals(current)));
        }
        menu.add(schemes);
        if (inference.getScheme() == null) {
            return;
        }
        List<CriticalQuestions.State> states = CriticalQuestions.of(inference);
        MenuManager questions = new MenuManager("Critical &Questions (" + CriticalQuestions.open(inference) + " open)");
        Conflict conflict = raisingConflict(inference);
        Statement statement = answeringStatement(inference);
        int n = 1;
        for (CriticalQuestions.State state : states) {
            MenuManager question = new MenuManager(n++ + ". " + state.question().getText() + "  \u2014 " + describe(state));
            question.add(mark("Raised by the Selected Conflict" + (conflict == null ? "" : " (" + Labels.briefAll(conflict.getAttackers()) + ")"),
                    inference, state, QuestionStatus.RAISED, conflict));
            question.add(mark("Answered by the Selected Statement" + (statement == null ? "" : " (" + Labels.brief(statement) + ")"),
                    inference, state, QuestionStatus.ANSWERED, statement));
            Action reopen = mark("Open Again", inference, state, null, null);
            reopen.setEnabled(state.status() != CriticalQuestions.Status.OPEN);
            question.add(reopen);
            questions.add(question);
        }
        menu.add(questions);
    }

    /** "open", "raised by “…”", "answered by “…”". */
    public static String describe(CriticalQuestions.State state) {
        if (state.by() == null) {
            return state.status().word();
        }
        String by = state.by() instanceof Conflict c ? Labels.briefAll(c.getAttackers()) : Labels.brief(state.by());
        return state.status().word() + " by \u201C" + by + "\u201D";
    }

    /**
     * A selected joint-attack junction, or else the conflict from a selected statement against
     * the inference, its conclusion or one of its premises: what can raise its questions.
     */
    public Conflict raisingConflict(Inference inference) {
        List<EObject> selected = selection.get();
        for (EObject object : selected) {
            if (object instanceof Conflict conflict) {
                return conflict;
            }
        }
        return session.get().getMap().getConflicts().stream()
                .filter(c -> c.getTarget() == inference || c.getTarget() == inference.getConclusion()
                        || inference.getPremises().contains(c.getTarget()))
                .filter(c -> c.getAttackers().stream().anyMatch(selected::contains)).findFirst().orElse(null);
    }

    /** The one selected statement outside the inference, which may answer a question. */
    public Statement answeringStatement(Inference inference) {
        List<Statement> outside = selection.get().stream().filter(Statement.class::isInstance).map(Statement.class::cast)
                .filter(s -> s != inference.getConclusion() && !inference.getPremises().contains(s)).toList();
        return outside.size() == 1 ? outside.get(0) : null;
    }

    private Action choice(String name, Inference inference, CatalogueScheme scheme, boolean checked) {
        Action action = new Action(name, IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                if (!checked) {
                    MapSession s = session.get();
                    s.execute(SchemeCommands.choose(s.getEditingDomain(), s.getMap(), inference, scheme));
                }
            }
        };
        action.setChecked(checked);
        return action;
    }

    private Action mark(String text, Inference inference, CriticalQuestions.State state, QuestionStatus status, Element by) {
        MapSession s = session.get();
        Command command = SchemeCommands.mark(s.getEditingDomain(), inference, state.question(), status, by);
        Action action = new Action(text) {
            @Override
            public void run() {
                s.execute(command);
            }
        };
        action.setEnabled((status == null || by != null) && command.canExecute());
        return action;
    }
}
