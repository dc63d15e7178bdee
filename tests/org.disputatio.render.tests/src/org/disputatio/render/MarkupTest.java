// SPDX-License-Identifier: EPL-2.0
package org.disputatio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.disputatio.core.DiagramContents;
import org.disputatio.core.MapElements;
import org.disputatio.layout.DiagramLayouter;
import org.disputatio.model.ArgmapFactory;
import org.disputatio.model.ArgumentMap;
import org.disputatio.model.Source;
import org.disputatio.model.Statement;
import org.disputatio.model.StatementKind;
import org.disputatio.views.Diagram;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** Text in exports stays text, and only http, https and DOI links are ever made. */
class MarkupTest {

    private static final String HOSTILE = "<>&\"'\u0000\u0007\uFFFE\uD800]]><!--<script>onload=";

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** What escaping keeps of a text: everything XML can hold. */
    private static String holdable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(c -> c == '\n' || c == '\t' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE || c > 0xFFFF)
                .forEach(out::appendCodePoint);
        return out.toString().replace("\r", "");
    }

    @Test
    void anyTextReadsBackAsWrittenInTextAndInBothKindsOfAttribute() throws Exception {
        Random random = new Random(16);
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                s.append(random.nextInt(3) == 0 ? HOSTILE.charAt(random.nextInt(HOSTILE.length())) : (char) random.nextInt(0x3000));
            }
            String text = s.toString().replace("\r", "");
            String e = Markup.escape(text);
            Document d = parse("<t a=\"" + e + "\" b='" + e + "'>" + e + "</t>");
            Element t = d.getDocumentElement();
            assertEquals(0, t.getElementsByTagName("*").getLength(), "no elements: " + e);
            assertEquals(holdable(text), t.getTextContent());
            // Attribute values normalise line breaks and tabs to spaces.
            assertEquals(holdable(text).replace('\n', ' ').replace('\t', ' '), t.getAttribute("a"));
            assertEquals(t.getAttribute("a"), t.getAttribute("b"));
        }
    }

    @Test
    void everyTextOfAMapIsEscapedInTheSvg() throws Exception {
        ArgumentMap map = MapElements.map("<svg onload=alert(1)>");
        Source source = ArgmapFactory.eINSTANCE.createSource();
        source.setId("src");
        source.setTitle("</title><script>alert('title')</script>");
        source.setUrl("javascript:alert('url')");
        map.getSources().add(source);
        for (int k = 0; k < 3; k++) {
            Statement s = MapElements.statement(StatementKind.values()[k], "<a href=\"javascript:alert(" + k + ")\">label</a> & " + HOSTILE);
            s.setText("<img src=x onerror=alert('text')> " + HOSTILE);
            s.setQuote("]]><script>alert('quote')</script>");
            s.setNotes("<!-- --><foreignObject><iframe src='javascript:1'/></foreignObject>");
            s.setLocator("\" onmouseover=\"alert('locator')");
            s.setSource(source);
            map.getStatements().add(s);
        }
        MapRenderer renderer = new MapRenderer();
        Diagram diagram = DiagramContents.wholeMap(map, "<diagram name=\"x\">");
        DiagramLayouter.applyDirectly(new DiagramLayouter(renderer.measurer(), renderer.format()).compute(diagram, null));
        String svg = renderer.svg(diagram, 1, true);
        Document document = parse(svg);
        Set<String> drawing = Set.of("svg", "g", "title", "text", "rect", "polygon", "polyline", "path", "ellipse", "line", "tspan");
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            assertTrue(drawing.contains(element.getTagName()), "only drawing elements: " + element.getTagName());
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = attributes.item(a).getNodeName();
                assertFalse(name.startsWith("on") || name.contains("href"), "no handlers and no links: " + name);
            }
        }
        // A label is wrapped over text lines and may be shortened: its short words read as written.
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("<a") && text.contains("label</a>"), "the label reads as written: " + text);
    }

    @Test
    void onlyHttpHttpsAndDoiBecomeLinks() {
        assertEquals(Optional.of("https://example.org/a?b=c#d"), Markup.link(" https://example.org/a?b=c#d "));
        assertEquals(Optional.of("http://example.org/"), Markup.link("http://example.org/"));
        assertEquals(Optional.of("https://doi.org/10.1080/09512748.2015.1020855"), Markup.link("doi:10.1080/09512748.2015.1020855"));
        assertEquals(Optional.of("https://doi.org/10.1017/S0305741009990580"), Markup.link("10.1017/S0305741009990580"));
        assertEquals(Optional.of("https://doi.org/10.1002/(SICI)1097-4571%3C3::AID%3E"), Markup.link("doi:10.1002/(SICI)1097-4571<3::AID>"));
        for (String bad : new String[] { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "file:///etc/passwd",
                "mailto:a@b.org", "ftp://example.org/x", "/etc/passwd", "example.org", "https://", "https:///path",
                "https://user:pw@example.org/", "https://exa mple.org/", "https://example.org/\nSet-Cookie", "vbscript:x",
                "doi:javascript:alert(1)", "doi:11.1234/x", "\u0000https://example.org", "", "   " }) {
            assertEquals(Optional.empty(), Markup.link(bad), bad);
        }
        assertEquals(Optional.empty(), Markup.link(null));
    }
}
