package com.flagmark.export;

import java.io.InputStream;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming reader of one QDA-XML document (StAX), safe with hostile files: a document type
 * is refused (so no entity is ever expanded and nothing external is fetched), elements may
 * nest only so deep, and a text is gathered only up to its limit; nothing else is held. The
 * reader walks elements by local name: {@link #nextChild(int)} moves to the next child of an
 * element, which the caller then reads whole ({@link #text()}) or {@link #skip()}s.
 */
final class QdaXml implements AutoCloseable {

    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader reader;
    private final String fileName;
    private final ImportLimits limits;
    private int depth;

    private QdaXml(XMLStreamReader reader, String fileName, ImportLimits limits) {
        this.reader = reader;
        this.fileName = fileName;
        this.limits = limits;
    }

    /**
     * Starts reading a document and moves to its root element, which must be {@code name} in
     * {@code namespace}.
     *
     * @throws RefusedFile if it is malformed, declares a document type, or has another root
     */
    static QdaXml open(InputStream in, String fileName, ImportLimits limits, String name, String namespace) {
        QdaXml xml;
        try {
            xml = new QdaXml(FACTORY.createXMLStreamReader(in), fileName, limits);
        } catch (XMLStreamException malformed) {
            throw malformed(fileName, malformed);
        }
        if (!xml.nextChild(0)) {
            throw new RefusedFile(fileName + " holds no XML element; nothing was imported.");
        }
        xml.checkRoot(name, namespace);
        return xml;
    }

    /** Returns the local name of the root element of a document, reading no further than it. */
    static String rootName(InputStream in, String fileName, ImportLimits limits) {
        try (QdaXml xml = new QdaXml(FACTORY.createXMLStreamReader(in), fileName, limits)) {
            if (!xml.nextChild(0)) {
                throw new RefusedFile(fileName + " holds no XML element; nothing was imported.");
            }
            return xml.name();
        } catch (XMLStreamException malformed) {
            throw malformed(fileName, malformed);
        }
    }

    /** The depth of the element the reader is at: 1 for the root. */
    int depth() {
        return depth;
    }

    /** The local name of the element the reader is at. */
    String name() {
        return reader.getLocalName();
    }

    /** An attribute of the element the reader is at, or empty text. */
    String attribute(String name) {
        return Optional.ofNullable(reader.getAttributeValue(null, name)).orElse("");
    }

    /**
     * Moves to the next child of the element at {@code parentDepth} (0: to the root); returns
     * false once that element has ended. The previous child must have been read whole.
     */
    boolean nextChild(int parentDepth) {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth < parentDepth) {
                    return false;
                }
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                return false;
            }
        }
    }

    /** Reads the text inside the element the reader is at, to its end, up to the limit of a text. */
    String text() {
        StringBuilder text = new StringBuilder();
        String element = name();
        int own = depth;
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> enter();
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth < own) {
                        return text.toString();
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + reader.getTextLength() > limits.mostTextLength()) {
                        throw new RefusedFile(fileName + " holds a <" + element + "> text longer than "
                                + limits.mostTextLength() + " characters (line " + line() + "); nothing was imported.");
                    }
                    text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                }
                default -> {
                }
            }
        }
    }

    /** Reads past the element the reader is at, and all inside it. */
    void skip() {
        int own = depth;
        while (depth >= own) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The line the reader is at, for messages. */
    int line() {
        Location location = reader.getLocation();
        return location == null ? -1 : location.getLineNumber();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException alreadyDone) {
            // Only read from; nothing is lost.
        }
    }

    private void checkRoot(String name, String namespace) {
        if (!name.equals(name())) {
            throw new RefusedFile(fileName + " holds a <" + reader.getName().getLocalPart() + ">, not a REFI-QDA <"
                    + name + ">; nothing was imported.");
        }
        String actual = reader.getNamespaceURI();
        if (!namespace.equals(actual)) {
            throw new RefusedFile(fileName + " is in the namespace " + (actual == null || actual.isEmpty() ? "(none)"
                    : "'" + actual + "'") + ", not " + namespace + " (QDA-XML 1.0); nothing was imported.");
        }
    }

    private void enter() {
        depth++;
        if (depth > limits.mostDepth()) {
            throw new RefusedFile(fileName + " nests its elements more than " + limits.mostDepth() + " levels deep (line "
                    + line() + "); nothing was imported.");
        }
    }

    private int next() {
        try {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new RefusedFile(fileName + " declares a document type (<!DOCTYPE …>), which QDA-XML never has;"
                        + " nothing was imported.");
            }
            return event;
        } catch (XMLStreamException malformed) {
            Throwable cause = malformed.getNestedException();
            if (cause instanceof RefusedFile refused) {
                throw refused;
            }
            throw malformed(fileName, malformed);
        } catch (NoSuchElementException ended) {
            throw new RefusedFile(fileName + " ends before its XML does; nothing was imported.");
        }
    }

    private static RefusedFile malformed(String fileName, XMLStreamException malformed) {
        Location at = malformed.getLocation();
        String where = at == null ? "" : "line " + at.getLineNumber() + ": ";
        String message = Optional.ofNullable(malformed.getMessage()).orElse("")
                .replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return new RefusedFile(fileName + " is not well-formed XML (" + where + message.lines().findFirst().orElse("")
                + "); nothing was imported.");
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
