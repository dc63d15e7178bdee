// SPDX-License-Identifier: EPL-2.0
package org.disputatio.ui.exchange;

import org.disputatio.core.MapSession;
import org.disputatio.render.MapSettings;
import org.disputatio.views.Diagram;

/**
 * What an export writes: the editor's map, the diagram it shows (null when none) and the
 * settings it draws with, so that a picture looks as the editor and the command line draw it.
 */
public record ExportSubject(MapSession session, Diagram diagram, MapSettings settings) {
}
