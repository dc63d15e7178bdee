// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.model.resource.ArgumentMapResource;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading is linear in the file: the work done to resolve ID references, counted as the elements
 * visited by the resource's walks over its contents, grows with the number of references, not
 * with their square. Nothing is timed.
 */
class LoadingWorkTest {

    @TempDir
    Path dir;

    /** An ArgumentMapResource that counts every element its content walks visit. */
    private static final class CountingResource extends ArgumentMapResource {
        long visited;

        CountingResource(org.eclipse.emf.common.util.URI uri) {
            super(uri);
        }

        @Override
        protected TreeIterator<EObject> getAllProperContents(List<EObject> contents) {
            TreeIterator<EObject> walk = super.getAllProperContents(contents);
            return new TreeIterator<>() {
                @Override
                public boolean hasNext() {
                    return walk.hasNext();
                }

                @Override
                public EObject next() {
                    visited++;
                    return walk.next();
                }

                @Override
                public void remove() {
                    walk.remove();
                }

                @Override
                public void prune() {
                    walk.prune();
                }
            };
        }
    }

    /** A chain of statements, each supporting the one before: two ID references a statement. */
    private Path chain(int statements) throws IOException {
        Path file = dir.resolve("chain-" + statements + ".argmap");
        MapSession session = MapSession.create(file, "A chain of " + statements);
        ArgumentMap map = session.getMap();
        Statement previous = null;
        for (int i = 0; i < statements; i++) {
            Statement statement = MapElements.statement(StatementKind.CLAIM, "Statement " + i);
            map.getStatements().add(statement);
            if (previous != null) {
                map.getInferences().add(MapElements.inference(List.of(statement), previous));
            }
            previous = statement;
        }
        session.save();
        return file;
    }

    private long workToLoad(Path file, int expectedStatements) throws IOException {
        ResourceSet resourceSet = MapFiles.newResourceSet();
        CountingResource resource = new CountingResource(MapFiles.uri(file));
        resourceSet.getResources().add(resource);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, null);
        }
        assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
        ArgumentMap map = (ArgumentMap) resource.getContents().get(0);
        assertEquals(expectedStatements, map.getStatements().size());
        // Every reference resolved to the element it names.
        Statement last = map.getStatements().get(expectedStatements - 1);
        assertEquals(map.getStatements().get(expectedStatements - 2), map.getInferences().get(expectedStatements - 2).getConclusion());
        assertEquals(last, map.getInferences().get(expectedStatements - 2).getPremises().get(0));
        return resource.visited;
    }

    @Test
    void resolvingTenTimesTheReferencesTakesAboutTenTimesTheWork() throws IOException {
        // 2,000 and 20,000 ID references.
        long small = workToLoad(chain(1_001), 1_001);
        long large = workToLoad(chain(10_001), 10_001);
        // Linear work grows tenfold; a walk per reference grows a hundredfold.
        assertTrue(large <= 20 * Math.max(small, 1_000),
                "loading 10x the references visited " + large + " elements against " + small + " (" + (large / Math.max(small, 1)) + "x)");
        assertTrue(large <= 3 * 20_000, "a load visits each element a bounded number of times, not once per reference: " + large);
    }
}
