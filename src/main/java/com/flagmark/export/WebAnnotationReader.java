package com.flagmark.export;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads W3C Web Annotations (JSON-LD) as a stream, as {@link WebAnnotationExport} writes them
 * and as other tools do: a collection with its first page, a page, an array or a single
 * annotation. Each annotation is read whole ({@link WebAnnotations}) and handed on before the
 * next is read, so a file of any length is read in little memory; a string longer than the
 * limit of a text, or nesting deeper than the limit, is refused where it stands.
 */
final class WebAnnotationReader {

    static final String FORMAT = "W3C Web Annotation JSON";

    private static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private final String fileName;
    private final ObjectMapper json;
    private final WebAnnotations annotations;
    private boolean context;
    private Optional<String> link = Optional.empty();

    private WebAnnotationReader(String fileName, ImportLimits limits, Incoming incoming) {
        this.fileName = fileName;
        this.json = new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(limits.mostTextLength()).maxNestingDepth(limits.mostDepth()).build()).build());
        this.annotations = new WebAnnotations(fileName, limits, incoming);
    }

    /**
     * Reads the annotations of a stream into {@code incoming}; returns the format's name.
     *
     * @throws RefusedFile if it is not JSON, not Web Annotations, or past a limit, saying where
     */
    static String read(InputStream in, String fileName, ImportLimits limits, Incoming incoming) {
        WebAnnotationReader reader = new WebAnnotationReader(fileName, limits, incoming);
        try (JsonParser parser = reader.json.createParser(in)) {
            reader.document(parser);
        } catch (StreamConstraintsException tooMuch) {
            String what = tooMuch.getMessage().contains("depth") ? "nests deeper than " + limits.mostDepth() + " levels"
                    : "holds a text longer than " + limits.mostTextLength() + " characters";
            throw new RefusedFile(fileName + " " + what + where(tooMuch.getLocation()) + "; nothing was imported.");
        } catch (JacksonException malformed) {
            throw new RefusedFile(fileName + " is not valid JSON" + where(malformed.getLocation())
                    + "; nothing was imported.");
        } catch (IOException unreadable) {
            throw new RefusedFile("Cannot read " + fileName + ": " + unreadable.getMessage());
        }
        return FORMAT;
    }

    private void document(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            items(parser);
        } else if (first == JsonToken.START_OBJECT) {
            root(parser);
        } else {
            throw new RefusedFile(fileName + " holds no JSON object or array of annotations. Nothing was imported.");
        }
        if (!context) {
            throw new RefusedFile(fileName + " is not a W3C Web Annotation file: its @context does not name "
                    + CONTEXT + ". Nothing was imported.");
        }
    }

    /** The root object: a collection, a page or one annotation; pages and items are streamed as they come. */
    private void root(JsonParser parser) throws IOException {
        ObjectNode rest = json.createObjectNode();
        boolean paged = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("first") && value == JsonToken.START_OBJECT) {
                page(parser);
                paged = true;
            } else if (field.equals("first") && value == JsonToken.VALUE_STRING) {
                link = Optional.of(parser.getText());
            } else if (field.equals("items") && value == JsonToken.START_ARRAY) {
                items(parser);
                paged = true;
            } else {
                rest.set(field, parser.readValueAsTree());
            }
        }
        context |= hasAnnotationContext(rest);
        if (!context) {
            return;
        }
        String type = rest.path("type").asText();
        switch (type) {
            case "AnnotationCollection" -> {
                if (!paged && link.isPresent()) {
                    throw new RefusedFile(fileName + " gives its annotations only by a link to " + link.get()
                            + "; save the pages in the file. Nothing was imported.");
                }
            }
            case "AnnotationPage" -> {
            }
            case "Annotation" -> {
                if (context) {
                    annotations.add(rest);
                }
            }
            default -> throw new RefusedFile(fileName + " holds a " + (type.isEmpty() ? "JSON object" : type)
                    + ", not an annotation collection, page or annotation. Nothing was imported.");
        }
    }

    private void page(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (parser.nextToken() == JsonToken.START_ARRAY && field.equals("items")) {
                items(parser);
            } else {
                parser.skipChildren();
            }
        }
    }

    /** The items of an array, each read whole and handed on; an array at the root names its context in its first item. */
    private void items(JsonParser parser) throws IOException {
        boolean atRoot = parser.getParsingContext().getParent().inRoot();
        boolean first = true;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode item = parser.readValueAsTree();
            if (first && atRoot) {
                context |= hasAnnotationContext(item);
            }
            first = false;
            if (atRoot && !context) {
                return;
            }
            annotations.add(item);
        }
    }

    private static boolean hasAnnotationContext(JsonNode node) {
        JsonNode context = node.path("@context");
        if (context.isTextual()) {
            return context.asText().equals(CONTEXT);
        }
        for (JsonNode entry : context) {
            if (entry.isTextual() && entry.asText().equals(CONTEXT)) {
                return true;
            }
        }
        return false;
    }

    private static String where(JsonLocation at) {
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
