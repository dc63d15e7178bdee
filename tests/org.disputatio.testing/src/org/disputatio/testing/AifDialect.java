// SPDX-License-Identifier: EPL-2.0
package org.disputatio.testing;

/** The hostile cases spelled in AIF JSON. */
public final class AifDialect implements Dialect {

    private static String aif(String nodes, String edges) {
        return "{\"nodes\":[\n" + nodes + "\n],\n\"edges\":[\n" + edges + "\n]}\n";
    }

    private static final String NODES = """
            {"nodeID":"1","text":"Soft power attracts","type":"I"},
            {"nodeID":"2","text":"Conflict falls","type":"I"},
            {"nodeID":"3","text":"RA","type":"RA"}""";

    private static final String EDGES = """
            {"edgeID":"10","fromID":"1","toID":"3"},
            {"edgeID":"11","fromID":"3","toID":"2"}""";

    @Override
    public String extension() {
        return ".json";
    }

    @Override
    public String valid() {
        return aif(NODES, EDGES);
    }

    @Override
    public String deepNesting(int depth) {
        return aif(NODES + ",\n{\"nodeID\":\"4\",\"text\":" + "[".repeat(depth) + "]".repeat(depth) + ",\"type\":\"I\"}", EDGES);
    }

    @Override
    public String hugeText(int characters) {
        return aif(NODES + ",\n{\"nodeID\":\"4\",\"text\":\"" + "x".repeat(characters) + "\",\"type\":\"I\"}", EDGES);
    }

    @Override
    public String futureVersion() {
        return null;
    }

    @Override
    public String duplicateIdentifier() {
        return aif(NODES + ",\n{\"nodeID\":\"2\",\"text\":\"A second node 2\",\"type\":\"I\"}", EDGES);
    }

    @Override
    public String missingIdentifier() {
        return aif(NODES, EDGES + ",\n{\"edgeID\":\"12\",\"fromID\":\"404\",\"toID\":\"3\"}");
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
        return "{\"name\":\"not a map\",\"values\":[1,2,3]}\n";
    }
}
