package com.flagmark.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses QDA-XML safely, with no document type, no external entities and no inclusions, and
 * walks it by local name within the document's namespace.
 */
final class QdaXml {

    private QdaXml() {
    }

    /**
     * Parses XML bytes.
     *
     * @throws RefusedFile if they are not well-formed or declare a document type
     */
    static Document parse(byte[] bytes, String fileName) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException malformed) {
            throw new RefusedFile(fileName + " is not well-formed XML (line " + malformed.getLineNumber() + ": "
                    + malformed.getMessage() + "); nothing was imported.");
        } catch (SAXException | IOException malformed) {
            throw new RefusedFile(fileName + " is not well-formed XML (" + malformed.getMessage()
                    + "); nothing was imported.");
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException("The JDK's XML parser supports secure processing", impossible);
        }
    }

    /** Refuses a document whose root is not {@code name} in {@code namespace}. */
    static void checkRoot(Document document, String name, String namespace, String fileName) {
        Element root = document.getDocumentElement();
        if (!name.equals(root.getLocalName())) {
            throw new RefusedFile(fileName + " holds a <" + root.getNodeName() + ">, not a REFI-QDA <" + name
                    + ">; nothing was imported.");
        }
        if (!namespace.equals(root.getNamespaceURI())) {
            throw new RefusedFile(fileName + " is in the namespace " + Optional.ofNullable(root.getNamespaceURI())
                    .map(uri -> "'" + uri + "'").orElse("(none)") + ", not " + namespace
                    + " (QDA-XML 1.0); nothing was imported.");
        }
    }

    /** The child elements of an element, in order. */
    static List<Element> elements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The child elements with this local name, in order. */
    static List<Element> children(Element parent, String name) {
        return elements(parent).stream().filter(element -> name.equals(element.getLocalName())).toList();
    }

    /** The first child element with this local name. */
    static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    /** The text of the first child element with this local name, or empty text. */
    static String childText(Element parent, String name) {
        return child(parent, name).map(Element::getTextContent).orElse("");
    }

    /** An attribute's whole number, or -1 if it is missing or not a number. */
    static int integer(Element element, String attribute) {
        try {
            return Integer.parseInt(element.getAttribute(attribute).strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** Text in UTF-8, without a byte-order mark. */
    static String utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
