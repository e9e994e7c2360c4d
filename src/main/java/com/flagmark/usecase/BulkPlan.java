package com.flagmark.usecase;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Annotation;
import com.flagmark.model.CodeSuggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Works out a bulk accept: of the open suggestions given, those whose passage overlaps neither an
 * annotation carrying the same code nor a suggestion of the same code accepted before it are
 * accepted; the others are skipped, so a bulk accept never codes a passage twice.
 */
final class BulkPlan {

    private BulkPlan() {
    }

    static BulkAcceptance of(List<ReviewedSuggestion> open, LongFunction<List<Annotation>> annotationsOf,
            Codebook codebook) {
        Map<Long, List<CodeSuggestion>> byArticle = new LinkedHashMap<>();
        open.forEach(each -> byArticle.computeIfAbsent(each.suggestion().articleId(), id -> new ArrayList<>())
                .add(each.suggestion()));
        List<CodeSuggestion> accepted = new ArrayList<>();
        int skipped = 0;
        for (Map.Entry<Long, List<CodeSuggestion>> article : byArticle.entrySet()) {
            List<Taken> taken = taken(annotationsOf.apply(article.getKey()), codebook);
            for (CodeSuggestion suggestion : article.getValue()) {
                if (taken.stream().anyMatch(each -> each.overlaps(suggestion))) {
                    skipped++;
                } else {
                    accepted.add(suggestion);
                    taken.add(new Taken(suggestion.start(), suggestion.end(), suggestion.code()));
                }
            }
        }
        return new BulkAcceptance(accepted, skipped);
    }

    private static List<Taken> taken(List<Annotation> annotations, Codebook codebook) {
        List<Taken> taken = new ArrayList<>();
        for (Annotation annotation : annotations) {
            for (long codeId : annotation.codeIds()) {
                codebook.find(codeId).ifPresent(code -> taken.add(new Taken(annotation.anchor().start(),
                        annotation.anchor().end(), codebook.path(code))));
            }
        }
        return taken;
    }

    /** A passage already coded with a code, by its path. */
    private record Taken(int start, int end, String code) {

        boolean overlaps(CodeSuggestion suggestion) {
            return code.equals(suggestion.code()) && start < suggestion.end() && suggestion.start() < end;
        }
    }
}
