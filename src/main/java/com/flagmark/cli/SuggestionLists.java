package com.flagmark.cli;

import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.SuggestionRejection;
import com.flagmark.model.SuggestionRule;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.ReviewedSuggestion;
import com.flagmark.usecase.Suggestions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How {@code suggest} prints suggestions, rules and rejections as text, and forgets a rule or a rejection. */
final class SuggestionLists {

    private SuggestionLists() {
    }

    /** One line per suggestion: id, article, span, text, code, tier, status, attributes. */
    static String text(List<ReviewedSuggestion> listed) {
        if (listed.isEmpty()) {
            return "No suggestions.";
        }
        return listed.stream().map(each -> line(each.suggestion()) + "  " + each.status().id())
                .collect(Collectors.joining(System.lineSeparator()));
    }

    /** A suggestion as one line: {@code 12  article 3  120–122  约谈  措施/约谈问责  high  …}. */
    static String line(CodeSuggestion suggestion) {
        StringBuilder line = new StringBuilder().append(suggestion.id()).append("  article ").append(suggestion.articleId())
                .append("  ").append(suggestion.start()).append('–').append(suggestion.end()).append("  ")
                .append(suggestion.exact().replace('\n', ' ')).append("  ").append(suggestion.code()).append("  ")
                .append(suggestion.tier().id());
        if (!suggestion.attributes().isEmpty()) {
            line.append("  ").append(pairs(suggestion.attributes()));
        }
        if (suggestion.target()) {
            line.append("  target");
        }
        if (suggestion.ambiguous()) {
            line.append("  one of: ").append(suggestion.candidates().stream()
                    .map(candidate -> candidate.gazetteer() + " " + candidate.within() + " " + candidate.name())
                    .collect(Collectors.joining("; ")));
        }
        return line.toString();
    }

    /** Lists the rules or the rejections, or forgets one, as {@code review} asks. */
    static void rulesAndRejections(LibrarySession session, Suggestions suggestions, SuggestCommand.Review review,
            boolean json, PrintWriter out) {
        if (review.forgetRule != null) {
            session.perform(edits -> suggestions.forgetRule(review.forgetRule));
            out.println("Forgot rule " + review.forgetRule + ".");
        } else if (review.forgetRejection != null) {
            session.perform(edits -> suggestions.forgetRejection(review.forgetRejection));
            out.println("Forgot rejection " + review.forgetRejection + ".");
        } else if (review.rules) {
            List<SuggestionRule> rules = suggestions.rules();
            out.println(json ? CliJson.write(CliJson.rules(rules)) : rules.isEmpty() ? "No rules."
                    : rules.stream().map(rule -> rule.id() + "  never " + rule.exact() + " as " + rule.code())
                            .collect(Collectors.joining(System.lineSeparator())));
        } else {
            List<SuggestionRejection> rejections = suggestions.rejections();
            out.println(json ? CliJson.write(CliJson.rejections(rejections)) : rejections.isEmpty() ? "No rejections."
                    : rejections.stream().map(SuggestionLists::line).collect(Collectors.joining(System.lineSeparator())));
        }
    }

    private static String line(SuggestionRejection rejection) {
        return rejection.id() + "  article " + rejection.articleId() + "  " + rejection.anchor().start() + "–"
                + rejection.anchor().end() + "  " + rejection.anchor().exact().replace('\n', ' ') + "  "
                + rejection.code();
    }

    private static String pairs(Map<String, String> values) {
        return values.entrySet().stream().map(value -> value.getKey() + "=" + value.getValue())
                .collect(Collectors.joining(" "));
    }
}
