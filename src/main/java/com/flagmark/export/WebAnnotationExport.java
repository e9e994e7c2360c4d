package com.flagmark.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flagmark.annotate.Codebook;
import com.flagmark.library.Library;
import com.flagmark.library.StoredArticle;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import com.flagmark.model.Fingerprint;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The W3C Web Annotation export: an AnnotationCollection in JSON-LD
 * ({@code http://www.w3.org/ns/anno.jsonld}). Each annotation's target names its article by a
 * URN made from the hash of the article's text (and by its original URL as {@code source}
 * where known), and selects the passage twice: by position in code points
 * (TextPositionSelector) and by quote with context (TextQuoteSelector). Each code is a
 * {@code tagging} body, the note a {@code commenting} body; attributes sit under Flagmark's
 * namespace.
 */
public final class WebAnnotationExport {

    /** Flagmark's JSON-LD namespace for what the Web Annotation model has no term for. */
    public static final String NAMESPACE = "urn:flagmark:";
    /** The URN prefix of an article, followed by the SHA-256 of its text. */
    public static final String ARTICLE_URN = "urn:flagmark:article:sha256:";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Library library;

    public WebAnnotationExport(Library library) {
        this.library = library;
    }

    /** Writes the annotations in scope as one collection; returns how many were written. */
    public int write(Path out, ExportScope scope) {
        return write(out, scope, Progress.NONE);
    }

    /**
     * Writes the annotations in scope as one collection, telling the progress how far it got;
     * returns how many were written.
     *
     * @throws FlagmarkException if the user cancels, having written nothing
     */
    public int write(Path out, ExportScope scope, Progress progress) {
        Codebook codebook = new Codebook(library.codebook().all());
        ExportSelection selection = new ExportSelection(library, codebook, scope);
        List<Long> articleIds = selection.articleIds();
        int[] written = {0};
        AtomicFile.write(out, stream -> {
            JsonGenerator json = JSON.getFactory().createGenerator(stream).useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("@context");
            json.writeString("http://www.w3.org/ns/anno.jsonld");
            json.writeStartObject();
            json.writeStringField("flagmark", NAMESPACE);
            json.writeEndObject();
            json.writeEndArray();
            json.writeStringField("type", "AnnotationCollection");
            json.writeStringField("label", "Flagmark annotations");
            json.writeObjectFieldStart("first");
            json.writeStringField("type", "AnnotationPage");
            json.writeArrayFieldStart("items");
            Steps steps = new Steps(progress, articleIds.size(), "Writing annotations");
            for (long articleId : articleIds) {
                steps.step();
                List<Annotation> annotations = selection.annotationsOf(articleId);
                Optional<StoredArticle> article = annotations.isEmpty() ? Optional.empty() : library.articles().find(articleId);
                String urn = article.map(stored -> ARTICLE_URN + Fingerprint.of(stored.article())).orElse("");
                for (Annotation annotation : article.isPresent() ? annotations : List.<Annotation>of()) {
                    JSON.writeTree(json, annotation(annotation, article.get(), urn, codebook));
                    written[0]++;
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            // Counted while written, so it follows the page: JSON-LD gives the order of keys no meaning.
            json.writeNumberField("total", written[0]);
            json.writeEndObject();
            json.flush();
        });
        return written[0];
    }

    private static ObjectNode annotation(Annotation annotation, StoredArticle article, String urn, Codebook codebook) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", "urn:flagmark:annotation:" + annotation.id());
        json.put("type", "Annotation");
        json.put("created", annotation.created().toString());
        json.put("modified", annotation.modified().toString());
        json.putObject("creator").put("type", "Person").put("name", annotation.coder());
        ArrayNode bodies = json.putArray("body");
        for (long codeId : annotation.codeIds()) {
            Code code = codebook.find(codeId).orElseThrow();
            bodies.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", codebook.path(code))
                    .put("flagmark:englishName", code.englishName()).put("flagmark:colour", code.colour());
        }
        if (!annotation.note().isEmpty()) {
            bodies.addObject().put("type", "TextualBody").put("purpose", "commenting").put("value", annotation.note());
        }
        ObjectNode target = json.putObject("target");
        target.put("type", "SpecificResource");
        target.put("source", article.article().url().orElse(urn));
        target.put("flagmark:article", urn);
        article.article().title().ifPresent(title -> target.put("flagmark:title", title));
        ArrayNode selectors = target.putArray("selector");
        if (annotation.orphaned()) {
            // The text no longer holds the passage where its offsets point: only its quote is given.
            json.put("flagmark:orphaned", true);
        } else {
            selectors.addObject().put("type", "TextPositionSelector").put("start", annotation.anchor().start())
                    .put("end", annotation.anchor().end());
        }
        selectors.addObject().put("type", "TextQuoteSelector").put("exact", annotation.anchor().exact())
                .put("prefix", annotation.anchor().prefix()).put("suffix", annotation.anchor().suffix());
        if (!annotation.attributes().isEmpty()) {
            ObjectNode attributes = json.putObject("flagmark:attributes");
            annotation.attributes().forEach(attributes::put);
        }
        return json;
    }
}
