// SPDX-License-Identifier: EPL-2.0
package org.disputatio.testing;

/** The hostile cases spelled in Argdown. */
public final class ArgdownDialect implements Dialect {

    /** Each level of Argdown nesting costs a column of indentation, so depth is capped to keep the file small. */
    private static final int DEEPEST = 3000;

    @Override
    public String extension() {
        return ".argdown";
    }

    @Override
    public String valid() {
        return """
                # Nye and his critics

                [Attraction]: Soft power attracts.
                  + <Nye>: Attraction lowers conflict.
                  - [Sun and Wang]: Attraction is not control.

                <Nye>

                (1) Soft power attracts.
                (2) Attraction lowers conflict.
                ----
                (3) Conflict falls.
                """;
    }

    @Override
    public String deepNesting(int depth) {
        StringBuilder s = new StringBuilder("[S0]: The root.\n");
        for (int k = 1; k < Math.min(depth, DEEPEST); k++) {
            s.append("  ".repeat(k)).append(k % 2 == 0 ? "+ " : "- ").append("[S").append(k).append("]: Level ").append(k).append(".\n");
        }
        return s.toString();
    }

    @Override
    public String hugeText(int characters) {
        return "[Huge]: " + "x".repeat(characters) + "\n";
    }

    @Override
    public String futureVersion() {
        return null;
    }

    @Override
    public String duplicateIdentifier() {
        return null;
    }

    @Override
    public String missingIdentifier() {
        return null;
    }

    @Override
    public String referenceToAnotherFile(String otherFile) {
        return null;
    }

    @Override
    public String entityDeclarations(String otherFile) {
        return null;
    }

    @Override
    public String notAMap() {
        return null;
    }
}
