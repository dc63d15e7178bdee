// SPDX-License-Identifier: EPL-2.0
package org.disputatio.testing;

import org.disputatio.core.MapFiles;

/** The hostile cases spelled in the map file format (XMI). */
public final class XmiDialect implements Dialect {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private static String open(String version, String title) {
        return "<argmap:ArgumentMap xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
                + "    xmlns:argmap=\"http://disputatio.org/argmap/" + version + "\" id=\"m\" title=\"" + title + "\">\n";
    }

    private static String map(String version, String title, String body) {
        return HEAD + open(version, title) + body + "</argmap:ArgumentMap>\n";
    }

    private static final String STATEMENTS = """
              <statements id="a" label="Soft power attracts"/>
              <statements id="b" label="Attraction lowers conflict" kind="evidence"/>
              <statements id="c" label="Conflict falls"/>
            """;

    @Override
    public String extension() {
        return ".argmap";
    }

    @Override
    public String valid() {
        return map(MapFiles.FORMAT_VERSION, "Nye", STATEMENTS + "  <inferences id=\"i\" premises=\"a b\" conclusion=\"c\"/>\n");
    }

    @Override
    public String deepNesting(int depth) {
        return map(MapFiles.FORMAT_VERSION, "Deep", "<statements id=\"a\" label=\"A\">" + "<notes>".repeat(depth)
                + "</notes>".repeat(depth) + "</statements>\n");
    }

    @Override
    public String hugeText(int characters) {
        return map(MapFiles.FORMAT_VERSION, "x".repeat(characters), STATEMENTS);
    }

    @Override
    public String futureVersion() {
        return map("99.0", "Future", STATEMENTS);
    }

    @Override
    public String duplicateIdentifier() {
        return map(MapFiles.FORMAT_VERSION, "Twice", STATEMENTS + "  <statements id=\"b\" label=\"A second b\"/>\n");
    }

    @Override
    public String missingIdentifier() {
        return map(MapFiles.FORMAT_VERSION, "Missing", STATEMENTS + "  <inferences id=\"i\" premises=\"a nowhere\" conclusion=\"c\"/>\n");
    }

    @Override
    public String referenceToAnotherFile(String otherFile) {
        return map(MapFiles.FORMAT_VERSION, "Elsewhere", STATEMENTS
                + "  <inferences id=\"i\" premises=\"a file:" + otherFile + "#x\" conclusion=\"c\"/>\n");
    }

    @Override
    public String entityDeclarations(String otherFile) {
        return HEAD + "<!DOCTYPE map [ <!ENTITY lol \"lol\"> <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + " <!ENTITY other SYSTEM \"file://" + otherFile + "\"> ]>\n" + open(MapFiles.FORMAT_VERSION, "&lol2;&other;")
                + STATEMENTS + "</argmap:ArgumentMap>\n";
    }

    @Override
    public String notAMap() {
        return HEAD + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Not a map</p></body></html>\n";
    }
}
