// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A save refused because the file on disk is no longer the one the map was read from: saving
 * would silently overwrite someone else's changes. The caller asks the user, then reloads,
 * saves with {@link MapSession#saveOverwriting()} or saves elsewhere.
 */
public class FileChangedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final boolean deleted;

    public FileChangedException(Path file, boolean deleted) {
        super(file + (deleted ? ": the file was deleted since it was opened; save again to write it back"
                : ": the file was changed by another program since it was opened; not saved over those changes"));
        this.file = file;
        this.deleted = deleted;
    }

    public Path getFile() {
        return file;
    }

    /** Whether the file is gone, rather than changed. */
    public boolean isDeleted() {
        return deleted;
    }
}
