// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a map file held when it was read or saved, to tell whether another program (an editor,
 * {@code git pull}, a second window) changed it since. The content decides: a file touched but
 * not changed is the same file.
 */
public record FileStamp(long size, byte[] digest) {

    /** The stamp of the bytes as read from or written to the file. */
    public static FileStamp of(byte[] content) {
        try {
            return new FileStamp(content.length, MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The file's stamp now; null when there is no such file. */
    public static FileStamp ofFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return of(Files.readAllBytes(file));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamp o && size == o.size && Arrays.equals(digest, o.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return size + " bytes";
    }
}
