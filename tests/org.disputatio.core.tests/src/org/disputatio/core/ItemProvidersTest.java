// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.views.ViewsPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;

class ItemProvidersTest {

    private final MapSession session = TestMaps.everyElementType(Path.of("memory.argmap"));

    private IItemLabelProvider labels(EObject element) {
        return (IItemLabelProvider) session.getAdapterFactory().adapt(element, IItemLabelProvider.class);
    }

    @Test
    void everyTypeHasALabelAndAnIcon() {
        for (var pkg : List.of(ArgmapPackage.eINSTANCE, ViewsPackage.eINSTANCE)) {
            for (var classifier : pkg.getEClassifiers()) {
                if (classifier instanceof EClass type && !type.isAbstract()) {
                    EObject element = EcoreUtil.create(type);
                    IItemLabelProvider provider = labels(element);
                    assertNotNull(provider, type.getName());
                    assertFalse(provider.getText(element).isBlank(), type.getName());
                    assertNotNull(provider.getImage(element), type.getName());
                }
            }
        }
    }

    @Test
    void labelsSayWhatTheElementIs() {
        assertEquals("Rebuttal: Non-zero-sum talk reflects a Western system",
                labels(session.getResource().getEObject("sunwang-rebuttal")).getText(session.getResource().getEObject("sunwang-rebuttal")));
        EObject inference = session.getResource().getEObject("inf-1");
        assertEquals("Inference: Mutual attraction reduces the potential… + Nye 2011, p. 90 \u2192 US and Chinese soft power can reinforce…",
                labels(inference).getText(inference));
        EObject undercut = session.getResource().getEObject("conflict-2");
        assertEquals("Undercut: Non-zero-sum talk reflects a Western… \u2192 inference into US and Chinese soft power can reinforce…",
                labels(undercut).getText(undercut));
    }
}
