package com.flagmark.export;

import com.flagmark.annotate.Reanchoring;
import com.flagmark.export.Incoming.ArticleReference;
import com.flagmark.export.Incoming.IncomingSource;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.Anchor;
import com.flagmark.model.Article;
import com.flagmark.model.Fingerprint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the article an incoming annotation names, and its passage there: first the project's
 * own source, then the article with the same text (by fingerprint), then the one at the same
 * URL, then any article holding the quote, preferring the same title and the closest context.
 * The passage is checked against its quote and re-anchored by quote and context where the text
 * moved. A project's sources the library lacks are stored as new articles.
 */
final class ArticleMatch {

    /** How many articles holding a quote are compared before giving up on matching by text. */
    private static final int MOST_CANDIDATES = 200;
    /** How much of a quote the search for articles holding it uses. */
    private static final int SEARCHED_QUOTE = 48;

    /** A passage found: the article and the anchor in its text. */
    record Found(long articleId, Anchor anchor) {
    }

    private final Library library;
    private final Map<String, Long> bySourceKey = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, String> titles = new HashMap<>();
    private Map<String, List<Long>> byUrl;
    private int added;

    ArticleMatch(Library library) {
        this.library = library;
    }

    /**
     * Finds each source in the library by its text, and stores those it lacks as new articles
     * of one file, the project itself.
     */
    void addSources(List<IncomingSource> sources, String fileName, byte[] fileBytes, String format) {
        Map<String, List<IncomingSource>> missing = new LinkedHashMap<>();
        for (IncomingSource source : sources) {
            String fingerprint = Fingerprint.of(source.article());
            Optional<Long> stored = library.articleWithFingerprint(fingerprint);
            if (stored.isPresent()) {
                bySourceKey.put(source.key(), stored.get());
            } else {
                missing.computeIfAbsent(fingerprint, key -> new ArrayList<>()).add(source);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Article> articles = new LinkedHashMap<>();
        missing.forEach((fingerprint, same) -> articles.put(fingerprint, same.get(0).article()));
        List<Long> ids = library.storeFile(fileName, fileBytes, format, articles);
        int index = 0;
        for (List<IncomingSource> same : missing.values()) {
            long id = ids.get(index++);
            for (IncomingSource source : same) {
                bySourceKey.put(source.key(), id);
                texts.put(id, source.article().text());
                titles.put(id, source.article().title().orElse(""));
            }
        }
        added = ids.size();
    }

    /** Returns how many sources were stored as new articles. */
    int added() {
        return added;
    }

    /** Finds the article and the passage, or empty if no article holds the quote. */
    Optional<Found> find(ArticleReference reference, Anchor anchor) {
        Optional<Long> named = reference.sourceKey().map(bySourceKey::get)
                .or(() -> reference.fingerprint().flatMap(library::articleWithFingerprint));
        if (named.isPresent()) {
            return place(named.get(), anchor);
        }
        List<Long> atUrl = reference.url().map(url -> articlesAt(url)).orElse(List.of());
        Optional<Found> found = best(atUrl, reference, anchor);
        return found.isPresent() ? found : best(holdingQuote(anchor.exact()), reference, anchor);
    }

    private Optional<Found> best(List<Long> candidates, ArticleReference reference, Anchor anchor) {
        Comparator<Found> closest = Comparator
                .comparing((Found found) -> reference.title().map(title -> title.equals(titles.get(found.articleId())))
                        .orElse(false))
                .thenComparingInt(found -> Reanchoring.sharedContext(found.anchor(), anchor))
                .thenComparing(Found::articleId, Comparator.reverseOrder());
        return candidates.stream().limit(MOST_CANDIDATES).map(id -> place(id, anchor)).flatMap(Optional::stream)
                .max(closest);
    }

    private Optional<Found> place(long articleId, Anchor anchor) {
        String text = text(articleId);
        if (text == null) {
            return Optional.empty();
        }
        return Reanchoring.find(anchor, text).map(placed -> new Found(articleId, placed));
    }

    private String text(long articleId) {
        return texts.computeIfAbsent(articleId, id -> library.articles().find(id).map(stored -> {
            titles.put(id, stored.article().title().orElse(""));
            return stored.article().text();
        }).orElse(null));
    }

    private List<Long> articlesAt(String url) {
        if (byUrl == null) {
            byUrl = new HashMap<>();
            for (ArticleSummary summary : library.articles().list()) {
                summary.url().ifPresent(at -> byUrl.computeIfAbsent(at, key -> new ArrayList<>()).add(summary.id()));
            }
        }
        return byUrl.getOrDefault(url, List.of());
    }

    private List<Long> holdingQuote(String quote) {
        String searched = quote.codePoints().limit(SEARCHED_QUOTE)
                .filter(c -> c != '"')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (searched.isBlank()) {
            return List.of();
        }
        List<Long> ids = library.search().matchingIds("\"" + searched + "\"");
        List<Long> newestFirst = new ArrayList<>(ids);
        newestFirst.sort(Comparator.reverseOrder());
        return newestFirst;
    }
}
