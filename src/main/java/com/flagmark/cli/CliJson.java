package com.flagmark.cli;

import com.flagmark.model.Reason;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flagmark.annotate.Codebook;
import com.flagmark.ingest.FileOutcome;
import com.flagmark.ingest.ImportReport;
import com.flagmark.library.CheckReport;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.SearchHit;
import com.flagmark.library.StoredArticle;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.Block;
import com.flagmark.model.Code;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.SuggestionRejection;
import com.flagmark.model.SuggestionRule;
import com.flagmark.usecase.ReviewedSuggestion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON documents the commands print with {@code --json}: the contract scripts rely on. */
final class CliJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CliJson() {
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A JSON tree always serialises", impossible);
        }
    }

    /** A new, empty JSON object. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code {"sound":…,"full":…,"file":[…],"searchIndex":[…],"tookMs":…}}: what a check found. */
    static ObjectNode check(CheckReport report) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("sound", report.sound());
        json.put("full", report.full());
        ArrayNode file = json.putArray("file");
        report.fileProblems().forEach(problem -> file.add(problem.text()));
        ArrayNode searchIndex = json.putArray("searchIndex");
        report.indexProblems().forEach(problem -> searchIndex.add(problem.text()));
        json.put("tookMs", report.took().toMillis());
        return json;
    }

    /** {@code {"files":N,"articles":N,"duplicates":N,"skipped":[…],"failed":[…]}} and the details. */
    static ObjectNode report(ImportReport report) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("files", report.files());
        json.put("articles", report.articles());
        json.put("duplicates", report.duplicates());
        json.set("skipped", reasons(report.outcomes(FileOutcome.Status.SKIPPED)));
        json.set("failed", reasons(report.outcomes(FileOutcome.Status.FAILED)));
        ArrayNode imported = json.putArray("imported");
        for (FileOutcome outcome : report.outcomes(FileOutcome.Status.IMPORTED)) {
            ObjectNode entry = imported.addObject().put("file", outcome.file());
            ids(entry.putArray("articles"), outcome.articles());
            ids(entry.putArray("duplicateOf"), outcome.duplicateOf());
            outcome.reason().ifPresent(note -> entry.put("note", note.text()));
        }
        ArrayNode duplicateFiles = json.putArray("duplicateFiles");
        for (FileOutcome outcome : report.outcomes(FileOutcome.Status.DUPLICATE)) {
            ids(duplicateFiles.addObject().put("file", outcome.file()).putArray("of"), outcome.duplicateOf());
        }
        json.put("cancelled", report.cancelled());
        report.stoppedBy().ifPresent(reason -> json.put("stopped", reason));
        return json;
    }

    /**
     * {@code {"id":…,"title":…,"date":…,"source":…,"authors":[…],"url":…,"file":…,
     * "annotationCount":…}}.
     */
    static ObjectNode summary(ArticleSummary article) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", article.id());
        putOptional(json, "title", article.title());
        putOptional(json, "date", article.date().map(ArticleDate::iso));
        putOptional(json, "source", article.source());
        authors(json.putArray("authors"), article.authors());
        putOptional(json, "url", article.url());
        json.put("file", article.file());
        json.put("annotationCount", article.annotationCount());
        return json;
    }

    static ArrayNode summaries(List<ArticleSummary> articles) {
        ArrayNode json = MAPPER.createArrayNode();
        articles.forEach(article -> json.add(summary(article)));
        return json;
    }

    /** The summary's fields plus kicker, story, editor's note, blocks and the canonical text. */
    static ObjectNode article(StoredArticle stored) {
        Article article = stored.article();
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", stored.id());
        putOptional(json, "title", article.title());
        putOptional(json, "date", article.date().map(ArticleDate::iso));
        putOptional(json, "source", article.source());
        authors(json.putArray("authors"), article.authors());
        putOptional(json, "url", article.url());
        json.put("file", stored.file());
        putOptional(json, "kicker", article.kicker());
        putOptional(json, "editorsNote", article.editorsNote());
        json.putObject("story").put("index", article.story().index()).put("count", article.story().count());
        ArrayNode credits = json.putArray("credits");
        article.credits().forEach(credit -> credits.addObject().put("name", credit.name())
                .put("role", credit.creditRole().id()).put("byline", credit.role().orElse(null)));
        ArrayNode blocks = json.putArray("blocks");
        for (Block block : article.blocks()) {
            blocks.addObject().put("kind", block.kind().id()).put("text", block.text());
        }
        json.put("text", article.text());
        return json;
    }

    /** {@code [{"id":…,"title":…,"snippet":…}]}, the snippet's hits marked with {@code <mark>}. */
    static ArrayNode hits(List<SearchHit> hits) {
        ArrayNode json = MAPPER.createArrayNode();
        for (SearchHit hit : hits) {
            ObjectNode entry = json.addObject().put("id", hit.id());
            putOptional(entry, "title", hit.title());
            entry.put("snippet", hit.snippet().toMarkedHtml());
        }
        return json;
    }

    /** How many articles one query matches, and how long counting them took. */
    record Count(String query, long total, double tookMs) {
    }

    /** {@code [{"query":…,"total":…,"tookMs":…}]}, in the order the queries were given. */
    static ArrayNode counts(List<Count> counts) {
        ArrayNode json = MAPPER.createArrayNode();
        for (Count count : counts) {
            json.addObject().put("query", count.query()).put("total", count.total())
                    .put("tookMs", Math.round(count.tookMs() * 100) / 100.0);
        }
        return json;
    }

    /**
     * {@code {"id":…,"article":…,"start":…,"end":…,"exact":…,"prefix":…,"suffix":…,
     * "codes":[…paths…],"note":…,"attributes":{…},"coder":…,"created":…,"modified":…,
     * "orphaned":…}}; offsets count code points.
     */
    static ObjectNode annotation(Annotation annotation, Codebook codebook) {
        Anchor anchor = annotation.anchor();
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", annotation.id());
        json.put("article", annotation.articleId());
        json.put("start", anchor.start());
        json.put("end", anchor.end());
        json.put("exact", anchor.exact());
        json.put("prefix", anchor.prefix());
        json.put("suffix", anchor.suffix());
        ArrayNode codes = json.putArray("codes");
        annotation.codeIds().forEach(id -> codes.add(path(codebook, id)));
        json.put("note", annotation.note());
        ObjectNode attributes = json.putObject("attributes");
        annotation.attributes().forEach(attributes::put);
        json.put("coder", annotation.coder());
        json.put("created", annotation.created().toString());
        json.put("modified", annotation.modified().toString());
        json.put("orphaned", annotation.orphaned());
        return json;
    }

    static ArrayNode annotations(List<Annotation> annotations, Codebook codebook) {
        ArrayNode json = MAPPER.createArrayNode();
        annotations.forEach(annotation -> json.add(annotation(annotation, codebook)));
        return json;
    }

    /**
     * {@code [{"id":…,"path":…,"name":…,"englishName":…,"parent":…,"colour":…,"shortcut":…,
     * "codable":…,"description":…,"attributes":[{"name","label","englishLabel","type","choices"}],
     * "cues":[…]}]}, parents before their children.
     */
    static ArrayNode codes(Codebook codebook) {
        ArrayNode json = MAPPER.createArrayNode();
        for (Code code : codebook.all()) {
            ObjectNode entry = json.addObject();
            entry.put("id", code.id());
            entry.put("path", codebook.path(code));
            entry.put("name", code.name());
            entry.put("englishName", code.englishName());
            if (code.parentId().isPresent()) {
                entry.put("parent", code.parentId().get());
            } else {
                entry.putNull("parent");
            }
            entry.put("colour", code.colour());
            putOptional(entry, "shortcut", code.shortcut());
            entry.put("codable", code.codable());
            entry.put("description", code.description());
            ArrayNode attributes = entry.putArray("attributes");
            for (AttributeDefinition attribute : code.attributes()) {
                ObjectNode definition = attributes.addObject().put("name", attribute.name())
                        .put("label", attribute.label()).put("englishLabel", attribute.englishLabel())
                        .put("type", attribute.type().id());
                attribute.choices().forEach(definition.putArray("choices")::add);
            }
            code.cues().forEach(entry.putArray("cues")::add);
        }
        return json;
    }

    /** Returns a code's path, such as 措施/亮旗评比, or its id if the codebook no longer has it. */
    static String path(Codebook codebook, long codeId) {
        return codebook.find(codeId).map(codebook::path).orElse(String.valueOf(codeId));
    }

    private static ArrayNode reasons(List<FileOutcome> outcomes) {
        ArrayNode json = MAPPER.createArrayNode();
        outcomes.forEach(outcome -> json.addObject().put("file", outcome.file())
                .put("reason", outcome.reason().map(Reason::text).orElse("")));
        return json;
    }

    private static void authors(ArrayNode json, List<Author> authors) {
        authors.forEach(author -> json.add(author.name()));
    }

    private static void ids(ArrayNode json, List<Long> ids) {
        ids.forEach(json::add);
    }

    private static void putOptional(ObjectNode json, String field, Optional<String> value) {
        if (value.isPresent()) {
            json.put(field, value.get());
        } else {
            json.putNull(field);
        }
    }

    /**
     * {@code [{"id":…,"article":…,"start":…,"end":…,"exact":…,"code":…,"attributes":{…},
     * "evidence":{…},"tier":…,"status":…}]}, with {@code "target":true} for an outcome's target and
     * {@code "candidates":[…]} for a region left ambiguous.
     */
    static ArrayNode suggestions(List<ReviewedSuggestion> listed) {
        ArrayNode json = MAPPER.createArrayNode();
        for (ReviewedSuggestion each : listed) {
            CodeSuggestion suggestion = each.suggestion();
            ObjectNode entry = json.addObject();
            entry.put("id", suggestion.id());
            entry.put("article", suggestion.articleId());
            entry.put("start", suggestion.start());
            entry.put("end", suggestion.end());
            entry.put("exact", suggestion.exact());
            entry.put("code", suggestion.code());
            strings(entry.putObject("attributes"), suggestion.attributes());
            strings(entry.putObject("evidence"), suggestion.evidence());
            entry.put("tier", suggestion.tier().id());
            entry.put("status", each.status().id());
            if (suggestion.target()) {
                entry.put("target", true);
            }
            if (suggestion.ambiguous()) {
                ArrayNode candidates = entry.putArray("candidates");
                suggestion.candidates().forEach(candidate -> candidates.addObject()
                        .put("gazetteer", candidate.gazetteer()).put("name", candidate.name())
                        .put("level", candidate.level()).put("within", candidate.within()));
            }
        }
        return json;
    }

    /** {@code [{"id":…,"exact":…,"code":…,"created":…}]}. */
    static ArrayNode rules(List<SuggestionRule> rules) {
        ArrayNode json = MAPPER.createArrayNode();
        rules.forEach(rule -> json.addObject().put("id", rule.id()).put("exact", rule.exact()).put("code", rule.code())
                .put("created", rule.created().toString()));
        return json;
    }

    /** {@code [{"id":…,"article":…,"start":…,"end":…,"exact":…,"code":…,"created":…}]}. */
    static ArrayNode rejections(List<SuggestionRejection> rejections) {
        ArrayNode json = MAPPER.createArrayNode();
        rejections.forEach(rejection -> json.addObject().put("id", rejection.id()).put("article", rejection.articleId())
                .put("start", rejection.anchor().start()).put("end", rejection.anchor().end())
                .put("exact", rejection.anchor().exact()).put("code", rejection.code())
                .put("created", rejection.created().toString()));
        return json;
    }

    private static void strings(ObjectNode json, Map<String, String> values) {
        values.forEach(json::put);
    }
}
