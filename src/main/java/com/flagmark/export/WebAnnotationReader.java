package com.flagmark.export;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flagmark.export.AnnotationImportReport.Unmatched;
import com.flagmark.export.Incoming.ArticleReference;
import com.flagmark.export.Incoming.IncomingAnnotation;
import com.flagmark.export.Incoming.IncomingCode;
import com.flagmark.model.Anchor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads W3C Web Annotations (JSON-LD) as {@link WebAnnotationExport} writes them, and as other
 * tools do: a collection with its first page, a page, an array or a single annotation. A
 * passage needs a TextQuoteSelector (its TextPositionSelector, where given, says where it
 * was); codes are {@code tagging} bodies holding a code's path, the note is the
 * {@code commenting} bodies. Flagmark's own terms are read with the {@code flagmark:} prefix
 * or as full {@code urn:flagmark:} names.
 */
final class WebAnnotationReader {

    static final String FORMAT = "W3C Web Annotation JSON";

    private static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<IncomingCode> codes = new ArrayList<>();
    private final Map<String, IncomingCode> codesByPath = new LinkedHashMap<>();
    private final List<IncomingAnnotation> annotations = new ArrayList<>();
    private final List<Unmatched> skipped = new ArrayList<>();

    private WebAnnotationReader() {
    }

    /**
     * Reads the annotations in a file's bytes.
     *
     * @throws RefusedFile if the bytes are not JSON or not Web Annotations, saying where
     */
    static Incoming read(byte[] bytes, String fileName) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException malformed) {
            JsonLocation at = malformed.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new RefusedFile(fileName + " is not valid JSON" + where + "; nothing was imported.");
        } catch (IOException unreadable) {
            throw new RefusedFile("Cannot read " + fileName + ": " + unreadable.getMessage());
        }
        if (root == null || !hasAnnotationContext(root)) {
            throw new RefusedFile(fileName + " is not a W3C Web Annotation file: its @context does not name "
                    + CONTEXT + ". Nothing was imported.");
        }
        WebAnnotationReader reader = new WebAnnotationReader();
        reader.items(root, fileName).forEach(reader::annotation);
        return new Incoming(FORMAT, reader.codes, List.of(), reader.annotations, reader.skipped);
    }

    private static boolean hasAnnotationContext(JsonNode root) {
        JsonNode first = root.isArray() && !root.isEmpty() ? root.get(0) : root;
        JsonNode context = first.path("@context");
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

    private List<JsonNode> items(JsonNode root, String fileName) {
        if (root.isArray()) {
            return list(root);
        }
        String type = root.path("type").asText();
        switch (type) {
            case "AnnotationCollection" -> {
                JsonNode first = root.path("first");
                if (first.isTextual()) {
                    throw new RefusedFile(fileName + " gives its annotations only by a link to " + first.asText()
                            + "; save the pages in the file. Nothing was imported.");
                }
                return list(first.path("items"));
            }
            case "AnnotationPage" -> {
                return list(root.path("items"));
            }
            case "Annotation" -> {
                return List.of(root);
            }
            default -> throw new RefusedFile(fileName + " holds a " + (type.isEmpty() ? "JSON object" : type)
                    + ", not an annotation collection, page or annotation. Nothing was imported.");
        }
    }

    private void annotation(JsonNode json) {
        JsonNode target = json.path("target");
        if (target.isArray()) {
            target = target.path(0);
        }
        Optional<String> title = text(flagmark(target, "title"));
        String source = target.isTextual() ? target.asText() : target.path("source").asText("");
        ArticleReference article = reference(target, source, title);
        JsonNode quote = selector(target, "TextQuoteSelector");
        if (quote == null || quote.path("exact").asText("").isEmpty()) {
            skip("", article, "it selects no quoted passage (a TextQuoteSelector is needed)");
            return;
        }
        String exact = quote.path("exact").asText();
        List<List<String>> paths = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (JsonNode body : bodies(json)) {
            String purpose = body.path("purpose").asText(json.path("motivation").asText(""));
            String value = body.path("value").asText("");
            if (purpose.equals("tagging") && !value.isBlank()) {
                paths.add(code(body, value));
            } else if (purpose.equals("commenting") && !value.isEmpty()) {
                notes.add(value);
            }
        }
        if (paths.isEmpty()) {
            skip(exact, article, "it carries no code (no body with purpose tagging)");
            return;
        }
        JsonNode position = selector(target, "TextPositionSelector");
        int start = position == null ? 0 : Math.max(0, position.path("start").asInt(0));
        Anchor anchor = new Anchor(start, start + exact.codePointCount(0, exact.length()), exact,
                quote.path("prefix").asText(""), quote.path("suffix").asText(""));
        annotations.add(new IncomingAnnotation(article, anchor, position != null, paths, String.join("\n\n", notes),
                attributes(flagmark(json, "attributes")), creator(json.path("creator"))));
    }

    private static ArticleReference reference(JsonNode target, String source, Optional<String> title) {
        String urn = flagmark(target, "article").asText(source);
        Optional<String> fingerprint = urn.startsWith(WebAnnotationExport.ARTICLE_URN)
                ? Optional.of(urn.substring(WebAnnotationExport.ARTICLE_URN.length()))
                : Optional.empty();
        Optional<String> url = source.startsWith("http://") || source.startsWith("https://")
                ? Optional.of(source)
                : Optional.empty();
        return new ArticleReference(Optional.empty(), fingerprint, url, title);
    }

    private List<String> code(JsonNode body, String value) {
        List<String> path = Arrays.stream(value.split("/")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        String key = String.join("/", path);
        if (!codesByPath.containsKey(key)) {
            Optional<String> colour = text(flagmark(body, "colour")).filter(hex -> hex.matches("#[0-9A-Fa-f]{6}"));
            String english = flagmark(body, "englishName").asText("");
            IncomingCode code = new IncomingCode(path, true, colour,
                    new RefiQda.CodeDetails("", english, Optional.empty(), List.of(), List.of()));
            codesByPath.put(key, code);
            codes.add(code);
        }
        return path;
    }

    private static List<JsonNode> bodies(JsonNode json) {
        JsonNode body = json.path("body");
        return body.isArray() ? list(body) : body.isObject() ? List.of(body) : List.of();
    }

    private static JsonNode selector(JsonNode target, String type) {
        JsonNode selectors = target.path("selector");
        for (JsonNode selector : selectors.isArray() ? list(selectors) : List.of(selectors)) {
            if (selector.path("type").asText().equals(type)) {
                return selector;
            }
        }
        return null;
    }

    private static Map<String, String> attributes(JsonNode json) {
        Map<String, String> attributes = new LinkedHashMap<>();
        json.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode()) {
                attributes.put(field.getKey(), field.getValue().asText());
            }
        });
        return attributes;
    }

    private static String creator(JsonNode creator) {
        JsonNode first = creator.isArray() ? creator.path(0) : creator;
        return first.isTextual() ? first.asText() : first.path("name").asText("");
    }

    /** A Flagmark term, written with its prefix or as a full name. */
    private static JsonNode flagmark(JsonNode json, String term) {
        JsonNode prefixed = json.path("flagmark:" + term);
        return prefixed.isMissingNode() ? json.path(WebAnnotationExport.NAMESPACE + term) : prefixed;
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private void skip(String quote, ArticleReference article, String reason) {
        skipped.add(new Unmatched(quote, article.describe(), "Not imported: " + reason + "."));
    }
}
