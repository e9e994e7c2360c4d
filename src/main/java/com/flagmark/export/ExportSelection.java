package com.flagmark.export;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The annotations and articles an export's scope takes from the library. */
final class ExportSelection {

    private ExportSelection() {
    }

    /**
     * The annotations in scope: in the articles the query finds and the scope names, carrying
     * one of the codes or a code below them.
     */
    static List<Annotation> annotations(Library library, Codebook codebook, ExportScope scope) {
        Set<Long> articles = articlesNamed(library, scope);
        Set<Long> codes = codesBelow(codebook, scope.codeIds());
        return library.annotations().all().stream()
                .filter(annotation -> articles == null || articles.contains(annotation.articleId()))
                .filter(annotation -> codes.isEmpty() || annotation.codeIds().stream().anyMatch(codes::contains))
                .toList();
    }

    /**
     * The articles in scope: those the query finds and the scope names, narrowed, when codes
     * are given, to those with an annotation carrying one of them.
     */
    static List<ArticleSummary> articles(Library library, Codebook codebook, ExportScope scope) {
        if (scope.isWholeLibrary()) {
            return library.articles().list();
        }
        List<Long> ids;
        if (scope.codeIds().isEmpty()) {
            ids = articlesNamed(library, scope).stream().sorted().toList();
        } else {
            ids = annotations(library, codebook, scope).stream().map(Annotation::articleId).distinct().sorted().toList();
        }
        return library.articles().summaries(ids);
    }

    /** The summaries of articles by id. */
    static Map<Long, ArticleSummary> summaries(Library library, List<Long> ids) {
        Map<Long, ArticleSummary> byId = new HashMap<>();
        library.articles().summaries(ids).forEach(summary -> byId.put(summary.id(), summary));
        return byId;
    }

    /** The articles the query finds and the scope names, or null when neither narrows them. */
    private static Set<Long> articlesNamed(Library library, ExportScope scope) {
        Set<Long> articles = scope.query().<Set<Long>>map(query -> new HashSet<>(library.search().matchingIds(query)))
                .orElse(null);
        if (scope.articleIds().isPresent()) {
            if (articles == null) {
                articles = new HashSet<>(scope.articleIds().get());
            } else {
                articles.retainAll(scope.articleIds().get());
            }
        }
        return articles;
    }

    private static Set<Long> codesBelow(Codebook codebook, List<Long> codeIds) {
        Set<Long> codes = new HashSet<>();
        for (long id : codeIds) {
            codebook.subtree(id).stream().map(Code::id).forEach(codes::add);
        }
        return codes;
    }
}
