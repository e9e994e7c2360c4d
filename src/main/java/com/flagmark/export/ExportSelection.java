package com.flagmark.export;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The articles and annotations an export's scope takes from the library, article by article,
 * so that an export holds one article's annotations at a time, never the whole library's.
 */
final class ExportSelection {

    private final Library library;
    private final ExportScope scope;
    /** The articles the query finds and the scope names, or null when neither narrows them. */
    private final Set<Long> named;
    private final Set<Long> codes;

    ExportSelection(Library library, Codebook codebook, ExportScope scope) {
        this.library = library;
        this.scope = scope;
        this.named = named(library, scope);
        this.codes = codesBelow(codebook, scope.codeIds());
    }

    /**
     * The ids of the articles in scope, in the order they were stored: those the query finds
     * and the scope names, narrowed, when codes are given, to those with an annotation
     * carrying one of them.
     */
    List<Long> articleIds() {
        List<Long> ids = named == null
                ? library.articles().list().stream().map(ArticleSummary::id).toList()
                : named.stream().sorted().toList();
        if (codes.isEmpty()) {
            return ids;
        }
        return ids.stream().filter(id -> !annotationsOf(id).isEmpty()).toList();
    }

    /** The summaries of the articles in scope, in the order they were stored. */
    List<ArticleSummary> articles() {
        if (scope.isWholeLibrary()) {
            return library.articles().list();
        }
        return library.articles().summaries(articleIds());
    }

    /** The annotations in scope of one article, by start, then end and id. */
    List<Annotation> annotationsOf(long articleId) {
        List<Annotation> annotations = library.annotations().of(articleId);
        if (codes.isEmpty()) {
            return annotations;
        }
        return annotations.stream()
                .filter(annotation -> annotation.codeIds().stream().anyMatch(codes::contains)).toList();
    }

    private static Set<Long> named(Library library, ExportScope scope) {
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
