// SPDX-License-Identifier: EPL-2.0
package org.disputatio.testing;

/**
 * How one file format spells the hostile cases of {@link HostileInputs}; a case the format has
 * no way to express is null, and the harness says so rather than pretending to test it.
 */
public interface Dialect {

    /** The file name extension, with its dot: {@code .argmap}. */
    String extension();

    /** A small, valid file. */
    String valid();

    /** Structure nested the given number of levels deep. */
    String deepNesting(int depth);

    /** A valid file whose one text holds the given number of characters. */
    String hugeText(int characters);

    /** A file in a format version newer than this build reads; null when the format has none. */
    String futureVersion();

    /** Two elements with one identifier; null when the format merges them by design. */
    String duplicateIdentifier();

    /** A reference to an identifier that is nowhere in the file; null when the format creates it. */
    String missingIdentifier();

    /** A reference into another file; null when the format has no such reference. */
    String referenceToAnotherFile(String otherFile);

    /** A declaration of entities (internal expansion, external file); null when the format has none. */
    String entityDeclarations(String otherFile);

    /** Well-formed for the syntax, but not a map. */
    String notAMap();

    /** Whether the reader must refuse {@link #hugeText(int)} below the size limit (it need not). */
    default boolean readsHugeText() {
        return true;
    }
}
