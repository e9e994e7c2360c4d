package com.flagmark.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a QDA-XML document, indented, in one default namespace. Only characters XML 1.0 can
 * hold are written: the others (control characters, lone surrogates) are left out, since the
 * JDK's writer would otherwise put them into the file and break it.
 */
final class QdaXmlWriter {

    private static final String INDENT = "  ";
    /** Indentation stops growing here, so a deep codebook's file grows with its codes, not their square. */
    private static final int DEEPEST_INDENT = 32;
    private static final int BUFFER = 64 * 1024;

    private final OutputStream out;
    private final XMLStreamWriter writer;
    /** For each open element, whether it holds child elements, which puts its end tag on a line of its own. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    private QdaXmlWriter(OutputStream out, XMLStreamWriter writer) {
        this.out = out;
        this.writer = writer;
    }

    /** Starts a UTF-8 document whose root element is in {@code namespace}; attributes of the root follow. */
    static QdaXmlWriter document(OutputStream out, String root, String namespace) throws IOException {
        try {
            // The JDK's writer hands UTF-8 to the stream a byte at a time, too slow for a zip's deflater.
            OutputStream buffered = new BufferedOutputStream(out, BUFFER);
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(buffered, "UTF-8");
            writer.writeStartDocument("utf-8", "1.0");
            writer.writeCharacters("\n");
            QdaXmlWriter xml = new QdaXmlWriter(buffered, writer);
            xml.start(root);
            writer.writeDefaultNamespace(namespace);
            return xml;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Returns an instant as {@code xs:dateTime} in UTC, to the second: {@code 2024-03-01T08:00:00Z}. */
    static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Opens an element; its attributes follow, then its content, then {@link #end()}. */
    QdaXmlWriter start(String name) throws IOException {
        try {
            newLine();
            writer.writeStartElement(name);
            open.push(false);
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Writes an element without content; its attributes follow. */
    QdaXmlWriter empty(String name) throws IOException {
        try {
            newLine();
            writer.writeEmptyElement(name);
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /**
     * Writes an attribute of the element just started. Line breaks and tabs become spaces, as
     * an XML reader would turn them anyway.
     */
    QdaXmlWriter attribute(String name, String value) throws IOException {
        try {
            writer.writeAttribute(name, legal(value).replaceAll("[\t\n\r]", " "));
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /**
     * Writes an element holding only text. Line ends become {@code \n}, as an XML reader would
     * turn them anyway.
     */
    QdaXmlWriter textElement(String name, String text) throws IOException {
        start(name);
        try {
            writer.writeCharacters(legal(text).replace("\r\n", "\n").replace('\r', '\n'));
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return end();
    }

    /** Closes the element last opened. */
    QdaXmlWriter end() throws IOException {
        try {
            if (open.pop()) {
                indent(open.size());
            }
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Closes the root element and the document, and flushes it into the stream, which stays open. */
    void finish() throws IOException {
        try {
            end();
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Returns the text without the characters XML 1.0 cannot hold. */
    static String legal(String text) {
        if (text.codePoints().allMatch(QdaXmlWriter::isLegal)) {
            return text;
        }
        StringBuilder legal = new StringBuilder(text.length());
        text.codePoints().filter(QdaXmlWriter::isLegal).forEach(legal::appendCodePoint);
        return legal.toString();
    }

    private static boolean isLegal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private void newLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
            indent(open.size());
        }
    }

    private void indent(int depth) throws XMLStreamException {
        writer.writeCharacters("\n" + INDENT.repeat(Math.min(depth, DEEPEST_INDENT)));
    }

    private static IOException failure(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e;
        return new IOException(cause.getMessage(), e);
    }
}
