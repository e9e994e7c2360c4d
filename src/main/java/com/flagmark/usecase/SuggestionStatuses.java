package com.flagmark.usecase;

import com.flagmark.annotate.Codebook;
import com.flagmark.annotate.Reanchoring;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.SuggestionRejection;
import com.flagmark.model.SuggestionRule;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the suggestions of one article stand: accepted where an annotation with the same passage
 * carries the same code; rejected where a reviewer rejected that code for that passage (found
 * again by its quote if the text was cleaned anew) or a rule of the library forbids it; open
 * otherwise.
 */
final class SuggestionStatuses {

    /** A passage and a code path, as a suggestion and an annotation or a rejection share them. */
    private record Coded(int start, int end, String code) {
    }

    private final Set<Coded> annotated = new HashSet<>();
    private final Set<Coded> rejected = new HashSet<>();
    private final List<SuggestionRule> rules;

    SuggestionStatuses(String text, List<Annotation> annotations, List<SuggestionRejection> rejections,
            List<SuggestionRule> rules, Codebook codebook) {
        this.rules = rules;
        for (Annotation annotation : annotations) {
            for (long codeId : annotation.codeIds()) {
                codebook.find(codeId).ifPresent(code -> annotated.add(new Coded(annotation.anchor().start(),
                        annotation.anchor().end(), codebook.path(code))));
            }
        }
        for (SuggestionRejection rejection : rejections) {
            Optional<Anchor> found = Reanchoring.find(rejection.anchor(), text);
            found.ifPresent(anchor -> rejected.add(new Coded(anchor.start(), anchor.end(), rejection.code())));
        }
    }

    /** Returns where a suggestion of this article stands. */
    SuggestionStatus of(CodeSuggestion suggestion) {
        Coded coded = new Coded(suggestion.start(), suggestion.end(), suggestion.code());
        if (annotated.contains(coded)) {
            return SuggestionStatus.ACCEPTED;
        }
        if (rejected.contains(coded) || rules.stream().anyMatch(rule -> rule.forbids(suggestion.exact(), suggestion.code()))) {
            return SuggestionStatus.REJECTED;
        }
        return SuggestionStatus.OPEN;
    }
}
