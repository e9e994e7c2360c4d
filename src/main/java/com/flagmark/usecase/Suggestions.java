package com.flagmark.usecase;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.Library;
import com.flagmark.library.StoredArticle;
import com.flagmark.library.SuggestionRepository;
import com.flagmark.model.Annotation;
import com.flagmark.model.Article;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.CodeSuggestion.Candidate;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Fingerprint;
import com.flagmark.model.StoryRef;
import com.flagmark.model.SuggestionRejection;
import com.flagmark.model.SuggestionRule;
import com.flagmark.nlp.suggest.SuggestionPass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggestions of a library under review: computing those that are missing or stale, listing them
 * with where each stands, and the reviewer's changes (accept, edit then accept, choose a link,
 * reject, never suggest, accept in bulk), each an undoable {@link Change} to apply with
 * {@link LibrarySession#perform}. One per session ({@link LibrarySession#suggestions()}), so the
 * window and its background tasks share one suggestion pass. Computing runs HanLP: call it off a
 * user interface's thread.
 */
public final class Suggestions {

    /** How many articles are computed between two checks for a stop and two reports of progress. */
    private static final int BATCH = 32;

    /** A sentence with a region, a measure and a figure, which takes every finder of the pass through its work. */
    private static final Article WARM_UP = new Article(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(), Optional.empty(),
            List.of(new Block(BlockKind.PARAGRAPH, "3月1日，潍坊市寒亭区成立工作专班，截至2月20日全区返岗率达98%，总投资9.2亿元。")),
            StoryRef.SINGLE);

    private final LibrarySession session;
    private final Library library;
    private final SuggestionRepository repository;
    private final SuggestionEngine engine = new SuggestionEngine();
    private final SuggestionChanges changes;
    /** Whether the whole pass has run once, so that HanLP, the gazetteer and its index are loaded. */
    private volatile boolean warm;

    Suggestions(LibrarySession session, Library library, BulkChangeGuard guard) {
        this.session = session;
        this.library = library;
        this.repository = library.suggestions();
        this.changes = new SuggestionChanges(library, session.coder(), guard);
    }

    // Computing

    /** How a computation over many articles shares the machine. */
    public enum Pace {
        /** As fast as the machine goes: a command, an import asked to suggest. */
        ALL_CORES,
        /** One article after another on the calling thread, leaving the other cores to a window. */
        ONE_CORE
    }

    /** Returns how many of these articles (of the library, when empty) have no current suggestions. */
    public int missing(Collection<Long> articleIds) {
        return missingIds(articleIds).size();
    }

    /**
     * Returns the ids, in order, of the articles among {@code articleIds} (the whole library when
     * empty) that have no current suggestions. It loads neither HanLP nor the pass.
     */
    public List<Long> missingIds(Collection<Long> articleIds) {
        return repository.needingSuggestions(SuggestionEngine.cuesVersion(session.codebook()), SuggestionPass.VERSION,
                articleIds);
    }

    /**
     * Computes the suggestions of the articles among {@code articleIds} (the whole library when
     * empty) that have none or stale ones on all cores, as {@link #computeMissing(Collection, Pace)} does.
     */
    public BackgroundTask<Integer> computeMissing(Collection<Long> articleIds) {
        return computeMissing(articleIds, Pace.ALL_CORES);
    }

    /**
     * Computes the suggestions of the articles among {@code articleIds} (the whole library when
     * empty) that have none or stale ones, storing each article's whole list at once, and returns
     * how many articles it computed; nothing of an article is kept once it is stored. Stopped, it
     * ends after the articles at hand, the others left for next time. A library open for reading
     * only computes none, as it could store none.
     */
    public BackgroundTask<Integer> computeMissing(Collection<Long> articleIds, Pace pace) {
        List<Long> among = List.copyOf(articleIds);
        return BackgroundTask.of(progress -> {
            if (library.readOnly()) {
                return 0;
            }
            SuggestionEngine.Prepared prepared = engine.prepare(session.codebook());
            List<Long> needing = needing(prepared, among);
            int done = 0;
            for (int from = 0; from < needing.size() && !progress.isCancelled(); from += BATCH) {
                List<Long> batch = needing.subList(from, Math.min(needing.size(), from + BATCH));
                List<Computed> computed = (pace == Pace.ALL_CORES ? batch.parallelStream() : batch.stream())
                        .map(id -> compute(prepared, id)).flatMap(Optional::stream).toList();
                library.transaction(() -> {
                    computed.forEach(each -> repository.replace(each.articleId(), each.basis(), each.found()));
                    return computed.size();
                });
                done += batch.size();
                progress.update(done, needing.size(), "");
            }
            return done;
        });
    }

    /**
     * Computes an article's suggestions now, on the calling thread, unless they are current or
     * the library is open for reading only; returns whether it computed them.
     */
    public boolean ensure(long articleId) {
        if (library.readOnly()) {
            return false;
        }
        SuggestionEngine.Prepared prepared = engine.prepare(session.codebook());
        if (needing(prepared, List.of(articleId)).isEmpty()) {
            return false;
        }
        compute(prepared, articleId).ifPresent(each -> repository.replace(each.articleId(), each.basis(), each.found()));
        return true;
    }

    /**
     * Makes the pass for the codebook as it stands and runs it once over a short text, so that
     * HanLP's dictionaries, the gazetteer and the pass's code are loaded before the first article
     * needs them: call it off a user interface's thread when a library opens.
     */
    public void warmUp() {
        // The segmenter first, about a fifth of the whole: what an article opened meanwhile needs
        // for its measures and outcomes (see atOnce).
        loadSegmenter();
        engine.prepare(session.codebook()).pass().suggest(WARM_UP, Optional.empty());
        warm = true;
    }

    /**
     * Loads what {@link #atOnce} needs of the pass, HanLP's dictionaries and the cue segmenter,
     * and no more (not the gazetteer and its index, which {@link #warmUp} loads after it): about
     * a tenth of a second of CPU, which a window can spend while its list is read so that the
     * article opened as the list shows gets its measures and outcomes without waiting for it.
     */
    public void loadSegmenter() {
        engine.prepare(session.codebook()).pass().measuresAndOutcomes(WARM_UP);
    }

    /**
     * Returns what can be shown of an article's suggestions without waiting for the warm-up: the
     * whole list, as {@link #ofArticle} gives it, when it is stored or the pass has run before;
     * else, while the warm-up is still loading the gazetteer and its index, the article's measures
     * and outcomes alone, computed now and not stored, for the caller to replace with
     * {@link #ofArticle} once the pass is ready.
     */
    public ArticleSuggestions atOnce(long articleId) {
        if (warm || library.readOnly()) {
            return new ArticleSuggestions(ofArticle(articleId), true);
        }
        SuggestionEngine.Prepared prepared = engine.prepare(session.codebook());
        Optional<StoredArticle> stored = session.article(articleId);
        if (stored.isEmpty() || needing(prepared, List.of(articleId)).isEmpty()) {
            return new ArticleSuggestions(list(SuggestionQuery.everything().inArticles(List.of(articleId))), true);
        }
        List<CodeSuggestion> found = SuggestionEngine.measuresAndOutcomes(prepared, stored.get());
        SuggestionStatuses statuses = statuses(stored.get(), session.annotations(articleId), repository.rules(),
                session.codebook());
        return new ArticleSuggestions(found.stream()
                .map(suggestion -> new ReviewedSuggestion(suggestion, statuses.of(suggestion))).toList(), false);
    }

    /**
     * Forgets the stored suggestions of an article whose text has changed, as after a re-cleaning:
     * their offsets belong to the text before. They are computed again when next needed; the
     * article's rejections stay and hold again where their quotes are found.
     */
    void textChanged(long articleId) {
        repository.forget(articleId);
    }

    // Reading

    /**
     * Returns an article's suggestions with their statuses, in text order, computing them first if
     * missing; of a library open for reading only, those stored in it.
     */
    public List<ReviewedSuggestion> ofArticle(long articleId) {
        ensure(articleId);
        return list(SuggestionQuery.everything().inArticles(List.of(articleId)));
    }

    /** Returns the stored suggestions the query keeps, by article and text order; it computes nothing. */
    public List<ReviewedSuggestion> list(SuggestionQuery query) {
        Map<Long, List<CodeSuggestion>> byArticle = new LinkedHashMap<>();
        for (CodeSuggestion suggestion : repository.of(query.articles())) {
            if (query.passes(suggestion)) {
                byArticle.computeIfAbsent(suggestion.articleId(), id -> new ArrayList<>()).add(suggestion);
            }
        }
        Codebook codebook = session.codebook();
        List<SuggestionRule> rules = repository.rules();
        List<ReviewedSuggestion> reviewed = new ArrayList<>();
        byArticle.forEach((articleId, suggestions) -> session.article(articleId).ifPresent(stored -> {
            SuggestionStatuses statuses = statuses(stored, session.annotations(articleId), rules, codebook);
            for (CodeSuggestion suggestion : suggestions) {
                SuggestionStatus status = statuses.of(suggestion);
                if (query.statuses().contains(status)) {
                    reviewed.add(new ReviewedSuggestion(suggestion, status));
                }
            }
        }));
        return reviewed;
    }

    /** Returns the stored suggestion with this id and its status, if there is one. */
    public Optional<ReviewedSuggestion> find(long id) {
        return repository.find(id).flatMap(suggestion -> list(SuggestionQuery.everything()
                .inArticles(List.of(suggestion.articleId()))).stream()
                .filter(each -> each.suggestion().id() == id).findFirst());
    }

    /** Returns every rejection reviewers made, oldest first. */
    public List<SuggestionRejection> rejections() {
        return repository.rejections();
    }

    /** Returns the library's rules, oldest first. */
    public List<SuggestionRule> rules() {
        return repository.rules();
    }

    // Reviewing: each returns a change to apply with LibrarySession.perform

    /** Accepts a suggestion: an annotation of its passage with its code and attributes. */
    public Change accept(CodeSuggestion suggestion) {
        return changes.accept(suggestion, suggestion.attributes(), "", "accept-suggestion");
    }

    /** Accepts a suggestion with the attributes and note the reviewer edited. */
    public Change accept(CodeSuggestion suggestion, Map<String, String> attributes, String note) {
        return changes.accept(suggestion, attributes, note, "accept-suggestion");
    }

    /** Accepts an ambiguous region as the division the reviewer chose among its candidates. */
    public Change choose(CodeSuggestion suggestion, Candidate candidate) {
        if (!suggestion.candidates().contains(candidate)) {
            throw new FlagmarkException(candidate.name() + " is not one of the places " + suggestion.exact()
                    + " may stand for.");
        }
        Map<String, String> attributes = new LinkedHashMap<>(suggestion.attributes());
        attributes.put("gazetteer", candidate.gazetteer());
        attributes.put("level", candidate.level());
        return changes.accept(suggestion, attributes, "", "choose-region");
    }

    /** Rejects a suggestion: its code is never suggested for its passage again. */
    public Change reject(CodeSuggestion suggestion) {
        return changes.reject(suggestion);
    }

    /** Adds the library-wide rule "never suggest {@code exact} as {@code code}". */
    public Change neverSuggest(String exact, String code) {
        return changes.neverSuggest(exact, code);
    }

    /** Forgets a rejection, so its suggestion may come back. */
    public Change forgetRejection(long id) {
        return changes.forgetRejection(id);
    }

    /** Forgets a rule of the library. */
    public Change forgetRule(long id) {
        return changes.forgetRule(id);
    }

    /**
     * Works out what accepting in bulk the open high-tier suggestions the query keeps would do:
     * which it would accept, and how many it skips because their passage overlaps an annotation
     * with the same code or another suggestion it accepts.
     */
    public BulkAcceptance planBulkAccept(SuggestionQuery query) {
        List<ReviewedSuggestion> open = list(query.withTier(Optional.of(CodeSuggestion.Tier.HIGH))
                .withStatuses(EnumSet.of(SuggestionStatus.OPEN)));
        return BulkPlan.of(open, session::annotations, session.codebook());
    }

    /** Accepts every suggestion of a plan, in one step that one undo takes back. */
    public Change acceptAll(BulkAcceptance plan) {
        return changes.acceptAll(plan);
    }

    private List<Long> needing(SuggestionEngine.Prepared prepared, Collection<Long> among) {
        return repository.needingSuggestions(prepared.cuesVersion(), SuggestionPass.VERSION, among);
    }

    private Optional<Computed> compute(SuggestionEngine.Prepared prepared, long articleId) {
        return session.article(articleId).map(stored -> {
            List<CodeSuggestion> found = SuggestionEngine.suggest(prepared, stored);
            warm = true;
            return new Computed(articleId, SuggestionEngine.basis(prepared, stored), found);
        });
    }

    private SuggestionStatuses statuses(StoredArticle stored, List<Annotation> annotations, List<SuggestionRule> rules,
            Codebook codebook) {
        List<SuggestionRejection> rejections = repository.rejectionsOf(stored.id(), Fingerprint.of(stored.article()));
        return new SuggestionStatuses(stored.article().text(), annotations, rejections, rules, codebook);
    }

    /** One article's suggestions, computed and waiting to be stored. */
    private record Computed(long articleId, SuggestionRepository.Basis basis, List<CodeSuggestion> found) {
    }
}
