// SPDX-License-Identifier: EPL-2.0
package org.disputatio.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.disputatio.model.ArgmapPackage;
import org.disputatio.model.Author;
import org.disputatio.model.edit.provider.AuthorNames;
import org.disputatio.views.ViewsPackage;
import org.eclipse.emf.ecore.EPackage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The old map formats this version still reads, in one table: each old namespace, the package
 * that reads it now, and the step that turns what the old format wrote into what the current one
 * writes. A file in an old format is migrated as it is read; it is written in the current format
 * only when it is saved.
 */
final class FormatMigrations {

    /** An old namespace, the package whose current namespace replaces it, and what else changes. */
    record Migration(String namespace, EPackage current, Consumer<Document> step) {
    }

    static final List<Migration> TABLE = List.of(
            // 1.0 -> 1.1: authors were one string each; now family and given names, or a literal name.
            new Migration("http://disputatio.org/argmap/1.0", ArgmapPackage.eINSTANCE, FormatMigrations::structuredAuthors),
            // views 1.0 -> 1.1: steps gained hide, camera and minutes; nothing old is written differently.
            new Migration("http://disputatio.org/argmap/views/1.0", ViewsPackage.eINSTANCE, document -> {
            }),
            // views 1.1 -> 1.2: steps gained evaluate and their own what-if; nothing old is written differently.
            new Migration("http://disputatio.org/argmap/views/1.1", ViewsPackage.eINSTANCE, document -> {
            }));

    private static final Pattern SUFFIX = Pattern.compile("(.*\\S)\\s*,\\s*(Jr\\.?|Sr\\.?|II|III|IV)");

    private FormatMigrations() {
    }

    /** The content in the current format; the same bytes when no old namespace is declared. */
    static byte[] migrate(byte[] content) throws IOException, SAXException {
        // A map declares its namespaces on its root element, so only that start tag is looked at:
        // a current file (every load) is not copied or scanned as a whole.
        String root = rootStartTag(content);
        List<Migration> due = new ArrayList<>();
        for (Migration migration : TABLE) {
            if (root.contains("\"" + migration.namespace() + "\"") || root.contains("'" + migration.namespace() + "'")) {
                due.add(migration);
            }
        }
        if (due.isEmpty()) {
            return content;
        }
        String text = new String(content, StandardCharsets.ISO_8859_1);
        // The namespace is renamed in the text (the bytes stay as they were: ISO-8859-1 maps each
        // byte to one char); the steps then change what the old format wrote differently.
        for (Migration migration : due) {
            text = text.replace("\"" + migration.namespace() + "\"", "\"" + migration.current().getNsURI() + "\"")
                    .replace("'" + migration.namespace() + "'", "'" + migration.current().getNsURI() + "'");
        }
        Document document = parse(text.getBytes(StandardCharsets.ISO_8859_1));
        for (Migration migration : due) {
            migration.step().accept(document);
        }
        return write(document);
    }

    /** The first element's start tag (after the XML declaration and comments); the whole content when there is none. */
    private static String rootStartTag(byte[] content) {
        for (int i = 0; i + 1 < content.length; i++) {
            if (content[i] == '<' && Character.isLetter(content[i + 1])) {
                for (int end = i; end < content.length; end++) {
                    if (content[end] == '>') {
                        return new String(content, i, end + 1 - i, StandardCharsets.ISO_8859_1);
                    }
                }
                break;
            }
        }
        return new String(content, StandardCharsets.ISO_8859_1);
    }

    private static void structuredAuthors(Document document) {
        NodeList authors = document.getElementsByTagName("authors");
        List<Element> old = new ArrayList<>();
        for (int i = 0; i < authors.getLength(); i++) {
            Element element = (Element) authors.item(i);
            if (element.getParentNode() instanceof Element parent && parent.getTagName().equals("sources")
                    && element.getAttributes().getLength() == 0) {
                old.add(element);
            }
        }
        for (Element element : old) {
            String name = element.getTextContent();
            while (element.hasChildNodes()) {
                element.removeChild(element.getFirstChild());
            }
            // Old names were written as in running text ("Joseph S. Nye, Jr."); the old short
            // citation took the last word as the family name, and so does the migration, so that
            // old files keep their citations (apart from a suffix, which is now its own part).
            Matcher suffixed = SUFFIX.matcher(name.strip());
            String suffix = suffixed.matches() ? suffixed.group(2) : null;
            Author author = AuthorNames.parse((suffix == null ? name : suffixed.group(1)).replace(",", " "));
            if (author == null) {
                element.getParentNode().removeChild(element);
                continue;
            }
            set(element, "family", author.getFamily());
            set(element, "given", author.getGiven());
            set(element, "suffix", suffix);
        }
    }

    private static void set(Element element, String attribute, String value) {
        if (value != null && !value.isEmpty()) {
            element.setAttribute(attribute, value);
        }
    }

    private static Document parse(byte[] content) throws IOException, SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // As for current files: no DOCTYPE, so nothing makes the reader fetch other files.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder.parse(new ByteArrayInputStream(content));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] write(Document document) throws IOException {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException("cannot migrate the map: " + e.getMessage(), e);
        }
    }
}
