// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import org.disputatio.model.edit.provider.Citations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.disputatio.core.Problem.Severity;
import org.disputatio.core.schemes.CriticalQuestions;
import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Conflict;
import org.disputatio.model.ConflictKind;
import org.disputatio.model.Element;
import org.disputatio.model.Inference;
import org.disputatio.model.Statement;
import org.disputatio.views.Edge;
import org.disputatio.views.ViewElement;
import org.disputatio.views.ViewsPackage;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Checks the rules a valid map keeps (see docs/metamodel.md). Problems are reported, never
 * fixed. Usable as an {@link EValidator} for both packages, or through {@link #validate(Resource)}.
 */
public class MapValidator implements EValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.disputatio.core";

    private static final ArgmapPackage M = ArgmapPackage.eINSTANCE;

    /** Validates every root of a map file (the map, its diagrams and presentations). */
    public static List<Problem> validate(Resource resource) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        MapValidator validator = new MapValidator();
        registry.put(ArgmapPackage.eINSTANCE, validator);
        registry.put(ViewsPackage.eINSTANCE, validator);
        Diagnostician diagnostician = new Diagnostician(registry);
        List<Problem> problems = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            BasicDiagnostic chain = diagnostician.createDefaultDiagnostic(root);
            diagnostician.validate(root, chain, diagnostician.createDefaultContext());
            for (Diagnostic d : chain.getChildren()) {
                problems.add(new Problem(d.getSeverity() == Diagnostic.ERROR ? Severity.ERROR
                        : d.getSeverity() == Diagnostic.INFO ? Severity.INFO : Severity.WARNING,
                        (EObject) d.getData().get(0), (String) d.getData().get(1), d.getMessage()));
            }
        }
        return problems;
    }

    static String idOf(EObject element) {
        String id = element instanceof Element e ? e.getId() : element instanceof ViewElement v ? v.getId() : null;
        return id == null || id.isBlank() ? "(" + element.eClass().getName() + " without id)" : id;
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Reporter report = new Reporter(object, diagnostics);
        if (object instanceof Element || object instanceof ViewElement) {
            String id = object instanceof Element e ? e.getId() : ((ViewElement) object).getId();
            if (id == null || id.isBlank()) {
                report.error("identifier", describe(object) + " has no identifier");
            }
        }
        if (object instanceof ArgumentMap map) {
            checkUniqueIdentifiers(map, diagnostics);
            checkSupportCycles(map, diagnostics);
        }
        if (object instanceof Statement statement) {
            checkQuote(statement, report);
        } else if (object instanceof Inference inference) {
            if (inference.getPremises().isEmpty()) {
                report.error("inference-premise", describe(inference) + " has no premise");
            }
            if (inference.getConclusion() == null) {
                report.error("inference-conclusion", describe(inference) + " has no conclusion");
            }
            for (CriticalQuestions.State state : CriticalQuestions.of(inference)) {
                if (state.status() == CriticalQuestions.Status.OPEN) {
                    report.info("critical-question-open", describe(inference) + " (" + inference.getScheme().getName()
                            + ") leaves a critical question open: " + state.question().getText());
                }
            }
        } else if (object instanceof Conflict conflict) {
            checkConflict(conflict, report);
        }
        checkReferencesStayInMap(object, report);
        return report.valid;
    }

    private static void checkQuote(Statement statement, Reporter report) {
        if (isBlank(statement.getQuote())) {
            return;
        }
        if (isBlank(statement.getLocator())) {
            report.error("quote-locator", describe(statement) + " quotes its source but does not say where (no locator)");
        }
        if (statement.getSource() == null) {
            report.error("quote-source", describe(statement) + " has a quote but no source it is quoted from");
        }
    }

    private static void checkConflict(Conflict conflict, Reporter report) {
        if (conflict.getAttackers().isEmpty()) {
            report.error("conflict-attacker", describe(conflict) + " has no attacker");
        }
        if (conflict.getTarget() == null) {
            report.error("conflict-target", describe(conflict) + " has no target");
            return;
        }
        boolean onInference = conflict.getTarget() instanceof Inference;
        if (onInference && conflict.getKind() != ConflictKind.UNDERCUT) {
            report.error("conflict-kind", describe(conflict) + " attacks an inference, so it is an undercut, not a "
                    + conflict.getKind().getLiteral());
        } else if (!onInference && conflict.getKind() == ConflictKind.UNDERCUT) {
            report.error("conflict-kind", describe(conflict) + " is an undercut but attacks a statement, not an inference");
        }
    }

    /** No reference of a map element or a view may point outside the map of its own file. */
    private static void checkReferencesStayInMap(EObject object, Reporter report) {
        Resource resource = object.eResource();
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<EObject> targets = reference.isMany() ? (List<EObject>) object.eGet(reference, false)
                    : object.eGet(reference, false) == null ? List.of() : List.of((EObject) object.eGet(reference, false));
            for (EObject target : targets) {
                if (target.eIsProxy() || target.eResource() == null || target.eResource() != resource) {
                    report.error("reference-outside-map", describe(object) + " refers to "
                            + (target.eIsProxy() ? "'" + EcoreUtil.getURI(target).fragment() + "'" : describe(target))
                            + ", which is not in this map");
                }
            }
            if (reference.isRequired() && targets.isEmpty() && !(object instanceof Inference || object instanceof Conflict)) {
                report.error("required-" + reference.getName(), describe(object) + " has no " + words(reference.getName()));
            }
        }
        if (object instanceof Edge edge && edge.getSource() != null && edge.getTarget() != null
                && (edge.getSource().eContainer() != edge.eContainer() || edge.getTarget().eContainer() != edge.eContainer())) {
            report.error("edge-diagram", describe(edge) + " connects shapes of another diagram");
        }
    }

    private static void checkUniqueIdentifiers(ArgumentMap map, DiagnosticChain diagnostics) {
        if (map.eResource() == null) {
            return;
        }
        Map<String, List<EObject>> byId = new HashMap<>();
        map.eResource().getAllContents().forEachRemaining(o -> {
            String id = o instanceof Element e ? e.getId() : o instanceof ViewElement v ? v.getId() : null;
            if (!isBlank(id)) {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(o);
            }
        });
        byId.forEach((id, owners) -> {
            if (owners.size() > 1) {
                for (EObject owner : owners) {
                    new Reporter(owner, diagnostics).error("identifier-unique",
                            "the identifier '" + id + "' is used by " + owners.size() + " elements");
                }
            }
        });
    }

    /**
     * Support should flow one way: an inference whose conclusion is (through other inferences)
     * one of its own premises argues in a circle. Worth a warning, not forbidden.
     */
    private static void checkSupportCycles(ArgumentMap map, DiagnosticChain diagnostics) {
        Map<Statement, List<Inference>> supportsFrom = new LinkedHashMap<>();
        for (Inference inference : map.getInferences()) {
            for (Statement premise : inference.getPremises()) {
                supportsFrom.computeIfAbsent(premise, k -> new ArrayList<>()).add(inference);
            }
        }
        Map<Statement, Integer> component = components(supportsFrom);
        for (Inference inference : map.getInferences()) {
            Statement conclusion = inference.getConclusion();
            if (conclusion == null || inference.getPremises().stream()
                    .noneMatch(p -> p == conclusion || component.get(p) != null && component.get(p).equals(component.get(conclusion)))) {
                // Only a premise in the conclusion's strongly connected part can be reached from it.
                continue;
            }
            Set<Statement> premises = Set.copyOf(inference.getPremises());
            List<Statement> path = pathToAny(conclusion, premises, supportsFrom);
            if (path != null) {
                String chain = path.stream().map(MapValidator::describeShort).collect(Collectors.joining(" -> "));
                new Reporter(inference, diagnostics).warning("support-cycle",
                        describe(inference) + " supports its own premise through a cycle: " + chain);
            }
        }
    }

    /**
     * The strongly connected parts of the support graph (premise to conclusion), numbered, by
     * Tarjan's algorithm without recursion: one pass over the graph, where searching from every
     * conclusion grew with the depth of the map.
     */
    private static Map<Statement, Integer> components(Map<Statement, List<Inference>> supportsFrom) {
        Map<Statement, Integer> index = new HashMap<>();
        Map<Statement, Integer> low = new HashMap<>();
        Map<Statement, Integer> component = new HashMap<>();
        java.util.ArrayDeque<Statement> stack = new java.util.ArrayDeque<>();
        int next = 0;
        int components = 0;
        for (Statement root : supportsFrom.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            // Each frame: a statement and how many of its outgoing inferences have been followed.
            java.util.ArrayDeque<Object[]> frames = new java.util.ArrayDeque<>();
            index.put(root, next);
            low.put(root, next++);
            stack.push(root);
            frames.push(new Object[] { root, 0 });
            while (!frames.isEmpty()) {
                Object[] frame = frames.peek();
                Statement v = (Statement) frame[0];
                List<Inference> out = supportsFrom.getOrDefault(v, List.of());
                int i = (Integer) frame[1];
                if (i < out.size()) {
                    frame[1] = i + 1;
                    Statement w = out.get(i).getConclusion();
                    if (w == null) {
                        continue;
                    }
                    if (!index.containsKey(w)) {
                        index.put(w, next);
                        low.put(w, next++);
                        stack.push(w);
                        frames.push(new Object[] { w, 0 });
                    } else if (!component.containsKey(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                frames.pop();
                if (low.get(v).equals(index.get(v))) {
                    Statement w;
                    do {
                        w = stack.pop();
                        component.put(w, components);
                    } while (w != v);
                    components++;
                }
                if (!frames.isEmpty()) {
                    Statement parent = (Statement) frames.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
            }
        }
        return component;
    }

    private static List<Statement> pathToAny(Statement from, Set<Statement> goals, Map<Statement, List<Inference>> supportsFrom) {
        Map<Statement, Statement> cameFrom = new HashMap<>();
        java.util.ArrayDeque<Statement> queue = new java.util.ArrayDeque<>(List.of(from));
        cameFrom.put(from, null);
        while (!queue.isEmpty()) {
            Statement current = queue.poll();
            if (goals.contains(current)) {
                List<Statement> path = new ArrayList<>();
                for (Statement s = current; s != null; s = cameFrom.get(s)) {
                    path.add(0, s);
                }
                return path;
            }
            for (Inference next : supportsFrom.getOrDefault(current, List.of())) {
                Statement c = next.getConclusion();
                if (c != null && !cameFrom.containsKey(c)) {
                    cameFrom.put(c, current);
                    queue.add(c);
                }
            }
        }
        return null;
    }

    static String describe(EObject object) {
        String kind = object instanceof Statement s && s.getKind() != null ? s.getKind().getLiteral()
                : words(object.eClass().getName());
        String name = describeShort(object);
        return "the " + kind + (name.isEmpty() ? "" : " " + name);
    }

    private static String describeShort(EObject object) {
        if (object instanceof Statement s && !isBlank(s.getLabel())) {
            return "'" + s.getLabel() + "'";
        }
        if (object instanceof org.disputatio.model.Source source) {
            return "'" + org.disputatio.model.edit.provider.Citations.shortCitation(source) + "'";
        }
        return "'" + idOf(object) + "'";
    }

    private static String words(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Adds problems about one element to the chain, with the element and the rule as data. */
    private static final class Reporter {
        private final EObject element;
        private final DiagnosticChain chain;
        boolean valid = true;

        Reporter(EObject element, DiagnosticChain chain) {
            this.element = element;
            this.chain = chain;
        }

        void error(String rule, String message) {
            add(Diagnostic.ERROR, rule, message);
            valid = false;
        }

        void warning(String rule, String message) {
            add(Diagnostic.WARNING, rule, message);
        }

        void info(String rule, String message) {
            add(Diagnostic.INFO, rule, message);
        }

        private void add(int severity, String rule, String message) {
            if (chain != null) {
                chain.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, 0, message, new Object[] { element, rule }));
            }
        }
    }
}
