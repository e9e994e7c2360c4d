package com.flagmark.usecase;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.StoredArticle;
import com.flagmark.library.SuggestionRepository.Basis;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.Code;
import com.flagmark.model.CodeSuggestion;
import com.flagmark.model.CodeSuggestion.Candidate;
import com.flagmark.model.Fingerprint;
import com.flagmark.nlp.Tier;
import com.flagmark.nlp.cue.CueLexicon;
import com.flagmark.nlp.region.Division;
import com.flagmark.nlp.region.RegionLink;
import com.flagmark.nlp.region.SourcePlaces;
import com.flagmark.nlp.suggest.Evidence;
import com.flagmark.nlp.suggest.Suggestion;
import com.flagmark.nlp.suggest.SuggestionPass;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The suggestion pass made from the codebook as it stands, and what it finds turned into the
 * values the library stores. The pass is made again only when the codebook's codes or cue words
 * have changed; it is shared by every thread of a session.
 */
final class SuggestionEngine {

    /** A pass and the version of the codebook it was made from. */
    record Prepared(String cuesVersion, SuggestionPass pass) {
    }

    private volatile Prepared prepared;

    /** Returns the pass for this codebook, made now if the codebook changed since the last one. */
    synchronized Prepared prepare(Codebook codebook) {
        String version = cuesVersion(codebook);
        Prepared current = prepared;
        if (current == null || !current.cuesVersion().equals(version)) {
            current = new Prepared(version, new SuggestionPass(CueLexicon.of(codebook.all())));
            prepared = current;
        }
        return current;
    }

    /** Returns what {@link #suggest} would be computed from for this article. */
    static Basis basis(Prepared prepared, StoredArticle stored) {
        return new Basis(Fingerprint.of(stored.article()), prepared.cuesVersion(), SuggestionPass.VERSION);
    }

    /** Runs the pass over one article, with the province its source or file names. */
    static List<CodeSuggestion> suggest(Prepared prepared, StoredArticle stored) {
        Optional<Division> province = SourcePlaces.shared().province(stored.article().source(), stored.file());
        List<CodeSuggestion> found = new ArrayList<>();
        for (Suggestion suggestion : prepared.pass().suggest(stored.article(), province)) {
            if (suggestion.end() > suggestion.start()) {
                found.add(stored(suggestion, stored.id()));
            }
        }
        return found;
    }

    /**
     * Runs the part of the pass that needs only the segmenter over one article: its measures and
     * outcomes, as {@link #suggest} finds them, numbered from 1 in text order as they are not
     * stored (a stored suggestion's id is given by the library).
     */
    static List<CodeSuggestion> measuresAndOutcomes(Prepared prepared, StoredArticle stored) {
        List<CodeSuggestion> found = new ArrayList<>();
        for (Suggestion suggestion : prepared.pass().measuresAndOutcomes(stored.article())) {
            if (suggestion.end() > suggestion.start()) {
                found.add(numbered(suggestion, stored.id(), found.size() + 1));
            }
        }
        return found;
    }

    /**
     * Returns a hash of what the pass is made from: each codable code's path, whether it is read
     * from figures, and its cue words. Colours, keys and descriptions leave it alone.
     */
    static String cuesVersion(Codebook codebook) {
        StringBuilder basis = new StringBuilder();
        for (Code code : codebook.all()) {
            if (!code.codable()) {
                continue;
            }
            boolean figures = codebook.attributesOf(code).stream().map(AttributeDefinition::name)
                    .anyMatch(CueLexicon.FIGURE_ATTRIBUTE::equals);
            basis.append(codebook.path(code)).append('\t').append(figures).append('\t')
                    .append(String.join("\u001f", code.cues())).append('\n');
        }
        return Fingerprint.sha256(basis.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static CodeSuggestion stored(Suggestion suggestion, long articleId) {
        return numbered(suggestion, articleId, 0);
    }

    private static CodeSuggestion numbered(Suggestion suggestion, long articleId, long id) {
        List<Candidate> candidates = suggestion.candidates().size() > 1
                ? suggestion.candidates().stream().map(SuggestionEngine::candidate).toList() : List.of();
        return new CodeSuggestion(id, articleId, suggestion.start(), suggestion.end(), suggestion.exact(),
                suggestion.code(), suggestion.attributes(), evidence(suggestion.evidence()),
                suggestion.tier() == Tier.HIGH ? CodeSuggestion.Tier.HIGH : CodeSuggestion.Tier.LOW, candidates,
                suggestion.target());
    }

    private static Map<String, String> evidence(Evidence evidence) {
        Map<String, String> named = new LinkedHashMap<>();
        evidence.cue().ifPresent(cue -> named.put("cue", cue));
        evidence.entry().ifPresent(entry -> {
            named.put("gazetteer", entry.division().code());
            named.put("name", entry.division().name());
            named.put("form", entry.form().name().toLowerCase(Locale.ROOT));
        });
        evidence.resolvedBy().ifPresent(resolution -> {
            named.put("resolvedBy", resolution.by().name());
            named.put("resolvedFrom", resolution.sourceProvince() ? "source" : "article");
        });
        evidence.figure().ifPresent(figure -> named.put("figure", figure.exact()));
        return named;
    }

    private static Candidate candidate(RegionLink link) {
        List<Division> ancestors = new ArrayList<>(link.ancestors());
        Collections.reverse(ancestors);
        return new Candidate(link.division().code(), link.division().name(), link.division().level().id(),
                ancestors.stream().map(Division::name).collect(Collectors.joining(" ")));
    }
}
