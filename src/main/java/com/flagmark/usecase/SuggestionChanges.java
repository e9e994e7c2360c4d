package com.flagmark.usecase;

import com.flagmark.annotate.Anchors;
import com.flagmark.annotate.Codebook;
import com.flagmark.library.AnnotationRepository;
import com.flagmark.library.Library;
import com.flagmark.library.SuggestionRepository;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.Code;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.SuggestionRejection;
import com.flagmark.model.SuggestionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The reviewer's changes to suggestions, each undoable: accepting writes an annotation through
 * the library's rules, rejecting and rules write to the suggestions' own tables.
 */
final class SuggestionChanges {

    private static final int SUBJECT_LENGTH = 16;

    private final Library library;
    private final AnnotationRepository annotations;
    private final SuggestionRepository suggestions;
    private final String coder;
    private final BulkChangeGuard guard;

    SuggestionChanges(Library library, String coder, BulkChangeGuard guard) {
        this.library = library;
        this.annotations = library.annotations();
        this.suggestions = library.suggestions();
        this.coder = coder;
        this.guard = guard;
    }

    Change accept(CodeSuggestion suggestion, Map<String, String> attributes, String note, String action) {
        return new Change() {
            private Annotation created;

            @Override
            public String action() {
                return action;
            }

            @Override
            public String subject() {
                return excerpt(suggestion.exact());
            }

            @Override
            public void apply() {
                created = created == null ? create(suggestion, attributes, note) : annotations.restore(created);
            }

            @Override
            public void revert() {
                annotations.delete(created.id());
            }
        };
    }

    Change acceptAll(BulkAcceptance plan) {
        return new Change() {
            private List<Annotation> created;

            @Override
            public String action() {
                return "accept-suggestions";
            }

            @Override
            public String subject() {
                return String.valueOf(plan.count());
            }

            @Override
            public void apply() {
                if (created == null) {
                    guard.beforeBulkChange(action(), plan.count());
                    created = library.transaction(() -> createAll(plan.accepted()));
                } else {
                    library.transaction(() -> created.stream().map(annotations::restore).toList());
                }
            }

            @Override
            public void revert() {
                library.transaction(() -> created.stream().map(each -> annotations.delete(each.id())).toList());
            }
        };
    }

    Change reject(CodeSuggestion suggestion) {
        return new Change() {
            private SuggestionRejection stored;

            @Override
            public String action() {
                return "reject-suggestion";
            }

            @Override
            public String subject() {
                return excerpt(suggestion.exact());
            }

            @Override
            public void apply() {
                if (stored == null) {
                    stored = suggestions.reject(suggestion.articleId(), anchor(suggestion), suggestion.code());
                } else {
                    suggestions.restoreRejection(stored);
                }
            }

            @Override
            public void revert() {
                suggestions.forgetRejection(stored.id());
            }
        };
    }

    Change neverSuggest(String exact, String code) {
        return new Change() {
            private SuggestionRule added;
            private boolean existed;

            @Override
            public String action() {
                return "suggestion-rule";
            }

            @Override
            public String subject() {
                return excerpt(exact);
            }

            @Override
            public void apply() {
                if (added == null) {
                    existed = suggestions.rules().stream().anyMatch(rule -> rule.exact().equals(exact)
                            && rule.code().equals(code));
                    added = suggestions.addRule(exact, code);
                } else if (!existed) {
                    suggestions.restoreRule(added);
                }
            }

            @Override
            public void revert() {
                if (!existed) {
                    suggestions.forgetRule(added.id());
                }
            }
        };
    }

    Change forgetRejection(long id) {
        return forgetting("forget-rejection", () -> suggestions.forgetRejection(id), suggestions::restoreRejection,
                rejection -> rejection.anchor().exact());
    }

    Change forgetRule(long id) {
        return forgetting("forget-rule", () -> suggestions.forgetRule(id), suggestions::restoreRule,
                SuggestionRule::exact);
    }

    private <T> Change forgetting(String action, Supplier<T> forget, Consumer<T> restore,
            Function<T, String> subjectOf) {
        return new Change() {
            private T forgotten;

            @Override
            public String action() {
                return action;
            }

            @Override
            public String subject() {
                return forgotten == null ? "" : excerpt(subjectOf.apply(forgotten));
            }

            @Override
            public void apply() {
                forgotten = forget.get();
            }

            @Override
            public void revert() {
                restore.accept(forgotten);
            }
        };
    }

    /** Creates the annotations of a bulk accept inside its transaction; one the library refuses is left out. */
    private List<Annotation> createAll(List<CodeSuggestion> accepted) {
        List<Annotation> created = new ArrayList<>(accepted.size());
        for (CodeSuggestion suggestion : accepted) {
            try {
                created.add(create(suggestion, suggestion.attributes(), ""));
            } catch (FlagmarkException refused) {
                // A suggestion whose code or values the codebook no longer takes stays open for review.
            }
        }
        return created;
    }

    private Annotation create(CodeSuggestion suggestion, Map<String, String> attributes, String note) {
        Codebook codebook = new Codebook(library.codebook().all());
        Code code = codebook.resolve(suggestion.code()).orElseThrow(() -> new FlagmarkException(
                "The codebook has no code " + suggestion.code() + " any more; add it, or code the passage by hand."));
        return annotations.create(suggestion.articleId(), anchor(suggestion), List.of(code.id()), note, attributes, coder);
    }

    private Anchor anchor(CodeSuggestion suggestion) {
        String text = library.articles().find(suggestion.articleId()).orElseThrow(() -> new FlagmarkException(
                "There is no article " + suggestion.articleId() + " in the library.")).article().text();
        return Anchors.of(text, suggestion.start(), suggestion.end());
    }

    private static String excerpt(String text) {
        String line = text.replace('\n', ' ');
        return CanonicalText.length(line) <= SUBJECT_LENGTH ? line : CanonicalText.slice(line, 0, SUBJECT_LENGTH) + "…";
    }
}
