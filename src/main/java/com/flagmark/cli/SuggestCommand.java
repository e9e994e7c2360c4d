package com.flagmark.cli;

import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.CodeSuggestion.Tier;
import com.flagmark.model.Progress;
import com.flagmark.usecase.BulkAcceptance;
import com.flagmark.usecase.Change;
import com.flagmark.usecase.LibrarySession;
import com.flagmark.usecase.ReviewedSuggestion;
import com.flagmark.usecase.SuggestionQuery;
import com.flagmark.usecase.SuggestionStatus;
import com.flagmark.usecase.Suggestions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flagmark suggest}: computes the suggestions that are missing and lists them, or reviews
 * them: accept, reject, choose a region's link, accept in bulk, and the library's rules and
 * rejections.
 */
@Command(name = "suggest", description = {"List the suggestions of articles, computing those that are missing;",
    "or accept, reject and choose among them."})
final class SuggestCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", arity = "0..*", description = "The articles' ids, as list and search print them.")
    List<Long> articles = new ArrayList<>();

    @Option(names = "--all", description = "Every article of the library.")
    boolean all;

    @Option(names = "--code", paramLabel = "PATH", description = "Only suggestions of this code or a code below it,"
            + " such as 地区 or 措施/约谈问责; repeat for several.")
    List<String> codes = new ArrayList<>();

    @Option(names = "--tier", paramLabel = "high|low", description = "Only suggestions of this tier.")
    String tier;

    @Option(names = "--status", paramLabel = "open|accepted|rejected", description = "Only suggestions that stand"
            + " so; repeat for several (default: all).")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--attr", paramLabel = "NAME=VALUE", description = "Only suggestions with this attribute value,"
            + " such as gazetteer=370700.")
    Map<String, String> attributes = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--count", description = "With --accept-all: print how many it would accept, and accept none.")
    boolean count;

    @ArgGroup(exclusive = true)
    Review review;

    /** What to do instead of listing; one at a time. */
    static final class Review {
        @Option(names = "--accept", paramLabel = "SID", arity = "1..*", description = "Accept these suggestions.")
        List<Long> accept;

        @Option(names = "--reject", paramLabel = "SID", arity = "1..*", description = "Reject these suggestions.")
        List<Long> reject;

        @Option(names = "--choose", paramLabel = "SID=CODE", description = "Accept an ambiguous region as one of"
                + " its candidates, by gazetteer code, such as 12=110105.")
        Map<Long, String> choose;

        @Option(names = "--accept-all", description = "Accept every open high-tier suggestion the filters keep,"
                + " skipping those that overlap an annotation of the same code.")
        boolean acceptAll;

        @Option(names = "--never", paramLabel = "TEXT", description = "Never suggest TEXT as the code --code names"
                + " (a library-wide rule).")
        String never;

        @Option(names = "--rules", description = "List the library's rules.")
        boolean rules;

        @Option(names = "--rejections", description = "List the rejections.")
        boolean rejections;

        @Option(names = "--forget-rule", paramLabel = "ID", description = "Forget a rule.")
        Long forgetRule;

        @Option(names = "--forget-rejection", paramLabel = "ID", description = "Forget a rejection.")
        Long forgetRejection;
    }

    /** Even listing writes: it stores the suggestions it computes. */
    @Override
    boolean writes() {
        return true;
    }

    @Override
    void run(LibrarySession session, PrintWriter out) {
        Suggestions suggestions = session.suggestions();
        if (review == null) {
            list(session, suggestions, out);
        } else if (review.accept != null || review.reject != null || review.choose != null) {
            reviewEach(session, suggestions, out);
        } else if (review.acceptAll) {
            acceptAll(session, suggestions, out);
        } else if (review.never != null) {
            never(session, suggestions, out);
        } else {
            SuggestionLists.rulesAndRejections(session, suggestions, review, json, out);
        }
    }

    private void list(LibrarySession session, Suggestions suggestions, PrintWriter out) {
        SuggestionQuery query = query();
        suggestions.computeMissing(query.articles()).run(json ? Progress.NONE : new TerminalProgress(spec));
        List<ReviewedSuggestion> listed = suggestions.list(query);
        out.println(json ? CliJson.write(CliJson.suggestions(listed)) : SuggestionLists.text(listed));
    }

    private void reviewEach(LibrarySession session, Suggestions suggestions, PrintWriter out) {
        List<ReviewedSuggestion> done = new ArrayList<>();
        if (review.accept != null) {
            review.accept.forEach(id -> done.add(act(session, suggestions, id, suggestions::accept, "Accepted", out)));
        } else if (review.reject != null) {
            review.reject.forEach(id -> done.add(act(session, suggestions, id, suggestions::reject, "Rejected", out)));
        } else {
            review.choose.forEach((id, gazetteer) -> done.add(act(session, suggestions, id, suggestion -> suggestions
                    .choose(suggestion, candidate(suggestion, gazetteer)), "Accepted as " + gazetteer, out)));
        }
        if (json) {
            out.println(CliJson.write(CliJson.suggestions(done)));
        }
    }

    private ReviewedSuggestion act(LibrarySession session, Suggestions suggestions, long id,
            Function<CodeSuggestion, Change> change, String verb, PrintWriter out) {
        ReviewedSuggestion found = suggestions.find(id).orElseThrow(() -> new RefusedInput("There is no suggestion "
                + id + "; 'flagmark suggest ID' lists an article's suggestions with their ids."));
        if (found.status() != SuggestionStatus.OPEN) {
            throw new RefusedInput("Suggestion " + id + " is " + found.status().id() + " already.");
        }
        session.perform(edits -> change.apply(found.suggestion()));
        if (!json) {
            out.println(verb + " suggestion " + SuggestionLists.line(found.suggestion()));
        }
        return suggestions.find(id).orElse(found);
    }

    private void acceptAll(LibrarySession session, Suggestions suggestions, PrintWriter out) {
        SuggestionQuery query = query();
        suggestions.computeMissing(query.articles()).run(json ? Progress.NONE : new TerminalProgress(spec));
        BulkAcceptance plan = suggestions.planBulkAccept(query);
        if (!count) {
            session.perform(edits -> suggestions.acceptAll(plan));
        }
        String verb = count ? "Would accept" : "Accepted";
        out.println(json ? CliJson.write(CliJson.object().put(count ? "wouldAccept" : "accepted", plan.count())
                .put("skipped", plan.skipped()))
                : String.format("%s %d suggestions; %d skipped, overlapping an annotation of the same code.", verb,
                        plan.count(), plan.skipped()));
    }

    private void never(LibrarySession session, Suggestions suggestions, PrintWriter out) {
        if (codes.size() != 1) {
            throw new RefusedInput("--never takes one --code: the code never to suggest the text as, such as 地区.");
        }
        String code = codes.get(0);
        session.codebook().resolve(code).orElseThrow(() -> new RefusedInput("There is no code " + code
                + " in the codebook; 'flagmark codes' lists them."));
        session.perform(edits -> suggestions.neverSuggest(review.never, code));
        out.println("Never suggesting " + review.never + " as " + code + ".");
    }

    private SuggestionQuery query() {
        if (all != articles.isEmpty()) {
            throw new RefusedInput(all ? "Give article ids or --all, not both." : "Name the articles' ids, or --all.");
        }
        Optional<Tier> kept = Optional.ofNullable(tier).map(SuggestCommand::tier);
        EnumSet<SuggestionStatus> keptStatuses = statuses.isEmpty() ? EnumSet.allOf(SuggestionStatus.class)
                : EnumSet.noneOf(SuggestionStatus.class);
        statuses.forEach(status -> keptStatuses.add(status(status)));
        return SuggestionQuery.everything().inArticles(articles).withCodes(codes).withTier(kept).withStatuses(keptStatuses)
                .withAttributes(attributes);
    }

    private static CodeSuggestion.Candidate candidate(CodeSuggestion suggestion, String gazetteer) {
        return suggestion.candidates().stream().filter(candidate -> candidate.gazetteer().equals(gazetteer))
                .findFirst().orElseThrow(() -> new RefusedInput(gazetteer + " is not a candidate of suggestion "
                        + suggestion.id() + (suggestion.candidates().isEmpty() ? ", which is not ambiguous." : ".")));
    }

    private static Tier tier(String name) {
        try {
            return Tier.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RefusedInput("--tier is high or low, not " + name + ".");
        }
    }

    private static SuggestionStatus status(String name) {
        try {
            return SuggestionStatus.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RefusedInput("--status is open, accepted or rejected, not " + name + ".");
        }
    }
}
