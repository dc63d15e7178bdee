// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.tests.jface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.disputatio.core.MapElements;
import org.disputatio.core.MapSession;
import org.disputatio.model.Actor;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.model.edit.ui.ItemPropertySourceProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The property source over the item providers, without the Properties view. */
class ItemPropertySourceTest {

    private MapSession session;
    private Statement thesis;
    private Actor nye;

    @BeforeEach
    void map() {
        session = MapSession.create(Path.of("exchange.argmap"), "Exchange");
        thesis = MapElements.statement(StatementKind.CLAIM, "Soft power can be mutually reinforcing");
        thesis.getTags().add("nye");
        nye = MapElements.actor("Joseph Nye");
        session.getMap().getStatements().add(thesis);
        session.getMap().getActors().add(nye);
    }

    private IPropertySource2 properties(Object object) {
        return (IPropertySource2) new ItemPropertySourceProvider(session::getEditingDomain).getPropertySource(object);
    }

    private static Object id(IPropertySource2 source, String name) {
        return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(name)).findFirst()
                .map(IPropertyDescriptor::getId).orElseThrow(() -> new AssertionError("no property " + name));
    }

    @Test
    void theScholarsAttributesAreProperties() {
        assertEquals(List.of("Id", "Notes", "Kind", "Label", "Text", "Quote", "Locator", "Source", "Proponent", "Tags"),
                Arrays.stream(properties(thesis).getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList());
        Source source = MapElements.source("Building National Cohesion", 2015, "Kingsley Edney");
        assertEquals(List.of("Id", "Notes", "Title", "Authors", "Year", "Year Suffix", "Venue", "Url", "Doi", "Kind"),
                Arrays.stream(properties(source).getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList());
    }

    @Test
    void settingIsACommandOnTheSessionsStackEvenWithoutAnEditingDomainProvider() {
        IPropertySource2 source = properties(thesis);
        source.setPropertyValue(id(source, "Quote"), "mutually reinforcing");
        source.setPropertyValue(id(source, "Proponent"), nye);
        assertEquals("mutually reinforcing", thesis.getQuote());
        assertSame(nye, source.getPropertyValue(id(source, "Proponent")));
        assertTrue(session.isDirty());
        session.getCommandStack().undo();
        session.getCommandStack().undo();
        assertNull(thesis.getQuote());
        assertNull(thesis.getProponent());
        assertFalse(session.isDirty());
    }

    @Test
    void valuesArePlainAndResetIsUndoable() {
        IPropertySource2 source = properties(thesis);
        Object tags = id(source, "Tags");
        assertEquals(List.of("nye"), source.getPropertyValue(tags));
        source.setPropertyValue(tags, List.of("nye", "zero-sum"));
        assertEquals(List.of("nye", "zero-sum"), thesis.getTags());
        Object label = id(source, "Label");
        assertTrue(source.isPropertySet(label));
        source.resetPropertyValue(label);
        assertNull(thesis.getLabel());
        session.getCommandStack().undo();
        assertEquals("Soft power can be mutually reinforcing", thesis.getLabel());
    }
}
