// SPDX-License-Identifier: EPL-2.0
package org.disputatio.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Creates {@link ArgumentMapResource}s; registered for the {@code argmap} and {@code xmi}
 * extensions.
 */
public class ArgumentMapResourceFactory extends ResourceFactoryImpl {

    public static final String EXTENSION = "argmap";

    @Override
    public Resource createResource(URI uri) {
        return new ArgumentMapResource(uri);
    }
}
