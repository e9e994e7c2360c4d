package com.flagmark.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.flagmark.export.Incoming.ArticleReference;
import com.flagmark.export.Incoming.IncomingAnnotation;
import com.flagmark.export.Incoming.IncomingCode;
import com.flagmark.model.Anchor;
import com.flagmark.model.CanonicalText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One W3C Web Annotation at a time, as Flagmark and other tools write it. A passage needs a
 * TextQuoteSelector; its TextPositionSelector, where given, says where it was (a position
 * that is no offset in code points is kept as such, so that the passage found by its quote
 * counts as moved). Codes are {@code tagging} bodies holding a code's path, the note is the
 * {@code commenting} bodies. Flagmark's own terms are read with the {@code flagmark:} prefix
 * or as full {@code urn:flagmark:} names.
 */
final class WebAnnotations {

    private final String fileName;
    private final ImportLimits limits;
    private final Incoming incoming;
    private final Set<String> codes = new HashSet<>();
    private int count;

    WebAnnotations(String fileName, ImportLimits limits, Incoming incoming) {
        this.fileName = fileName;
        this.limits = limits;
        this.incoming = incoming;
    }

    /** Hands on one annotation, its codes first, or why it cannot be imported. */
    void add(JsonNode json) {
        count++;
        JsonNode target = json.path("target");
        if (target.isArray()) {
            target = target.path(0);
        }
        Optional<String> title = text(flagmark(target, "title"));
        String source = target.isTextual() ? target.asText() : target.path("source").asText("");
        ArticleReference article = reference(target, source, title);
        JsonNode quote = selector(target, "TextQuoteSelector");
        if (quote == null || quote.path("exact").asText("").isEmpty()) {
            skip("", article, "it selects no quoted passage (a TextQuoteSelector is needed)", "noQuote");
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
            skip(exact, article, "it carries no code (no body with purpose tagging)", "noCode");
            return;
        }
        JsonNode position = selector(target, "TextPositionSelector");
        OptionalInt given = position == null ? OptionalInt.empty() : OptionalInt.of(offset(position.path("start")));
        int start = Math.max(0, given.orElse(0));
        Anchor anchor = new Anchor(start, start + CanonicalText.length(exact), exact,
                quote.path("prefix").asText(""), quote.path("suffix").asText(""));
        incoming.annotation(new IncomingAnnotation(article, anchor, given, paths, String.join("\n\n", notes),
                notes.size(), attributes(flagmark(json, "attributes")), creator(json.path("creator")),
                instant(json.path("created")), instant(json.path("modified"))));
    }

    /** A whole number of code points, or -1 for anything else. */
    private static int offset(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToInt() && value.asInt() >= 0 ? value.asInt() : -1;
    }

    private void skip(String quote, ArticleReference article, String reason, String key) {
        incoming.unmatched(Unmatched.because(quote, article.describe(), "Not imported: " + reason + ".", key));
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
        CodeNames.check(path, limits, fileName, "annotation " + count);
        if (codes.add(String.join("/", path))) {
            Optional<String> colour = text(flagmark(body, "colour")).filter(hex -> hex.matches("#[0-9A-Fa-f]{6}"));
            String english = flagmark(body, "englishName").asText("");
            incoming.code(new IncomingCode(path, true, colour,
                    new RefiQda.CodeDetails("", english, Optional.empty(), List.of(), List.of())));
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

    private static Optional<Instant> instant(JsonNode value) {
        try {
            return text(value).map(OffsetDateTime::parse).map(OffsetDateTime::toInstant);
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    /** A Flagmark term, written with its prefix or as a full name. */
    private static JsonNode flagmark(JsonNode json, String term) {
        JsonNode prefixed = json.path("flagmark:" + term);
        return prefixed.isMissingNode() ? json.path(WebAnnotationExport.NAMESPACE + term) : prefixed;
    }

    private static Optional<String> text(JsonNode value) {
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }
}
