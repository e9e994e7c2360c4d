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

    /** The annotations in scope: in the articles the query finds, carrying one of the codes or a code below them. */
    static List<Annotation> annotations(Library library, Codebook codebook, ExportScope scope) {
        Set<Long> articles = scope.query().map(query -> Set.copyOf(library.search().matchingIds(query))).orElse(null);
        Set<Long> codes = codesBelow(codebook, scope.codeIds());
        return library.annotations().all().stream()
                .filter(annotation -> articles == null || articles.contains(annotation.articleId()))
                .filter(annotation -> codes.isEmpty() || annotation.codeIds().stream().anyMatch(codes::contains))
                .toList();
    }

    /** The articles in scope: those the query finds, or those with an annotation carrying one of the codes. */
    static List<ArticleSummary> articles(Library library, Codebook codebook, ExportScope scope) {
        if (scope.query().isEmpty() && scope.codeIds().isEmpty()) {
            return library.articles().list();
        }
        List<Long> ids = annotationsOrSearch(library, codebook, scope);
        return library.articles().summaries(ids);
    }

    /** The summaries of articles by id. */
    static Map<Long, ArticleSummary> summaries(Library library, List<Long> ids) {
        Map<Long, ArticleSummary> byId = new HashMap<>();
        library.articles().summaries(ids).forEach(summary -> byId.put(summary.id(), summary));
        return byId;
    }

    private static List<Long> annotationsOrSearch(Library library, Codebook codebook, ExportScope scope) {
        if (scope.codeIds().isEmpty()) {
            return library.search().matchingIds(scope.query().orElseThrow());
        }
        return annotations(library, codebook, scope).stream().map(Annotation::articleId).distinct().sorted().toList();
    }

    private static Set<Long> codesBelow(Codebook codebook, List<Long> codeIds) {
        Set<Long> codes = new HashSet<>();
        for (long id : codeIds) {
            codebook.subtree(id).stream().map(Code::id).forEach(codes::add);
        }
        return codes;
    }
}
