package com.flagmark.usecase;

import com.flagmark.annotate.Reanchoring;
import com.flagmark.export.Incoming.ArticleReference;
import com.flagmark.export.Incoming.IncomingSource;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.Anchor;
import com.flagmark.model.Fingerprint;
import java.nio.charset.StandardCharsets;
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

    /** How many articles' texts are kept at hand; annotations of one article come together. */
    private static final int TEXTS_KEPT = 256;

    private final Library library;
    private final String fileName;
    private final Map<String, Long> bySourceKey = new HashMap<>();
    /** The articles this import stored, by fingerprint: the library's reads do not see them before it ends. */
    private final Map<String, Long> stored = new HashMap<>();
    private final Map<Long, Text> texts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Text> eldest) {
            return size() > TEXTS_KEPT;
        }
    };
    private Map<String, List<Long>> byUrl;
    private int added;

    /** An article's text and title, as placing a passage needs them. */
    private record Text(String text, String title) {
    }

    ArticleMatch(Library library, String fileName) {
        this.library = library;
        this.fileName = fileName;
    }

    /**
     * Finds a project's source in the library by its text, or stores it as a new article, whose
     * original bytes are the source's text as the file holds it; returns the article's id.
     */
    long addSource(IncomingSource source) {
        String fingerprint = Fingerprint.of(source.article());
        byte[] raw = source.raw().getBytes(StandardCharsets.UTF_8);
        Optional<Long> id = Optional.ofNullable(stored.get(fingerprint))
                .or(() -> library.articleWithFingerprint(fingerprint))
                .or(() -> library.articlesFromFile(raw).flatMap(ids -> ids.stream().findFirst()));
        if (id.isEmpty()) {
            id = Optional.of(library.storeFile(fileName + "/" + source.key(), raw, "qdpx",
                    Map.of(fingerprint, source.article())).get(0));
            stored.put(fingerprint, id.get());
            texts.put(id.get(), new Text(source.article().text(), source.article().title().orElse("")));
            added++;
        }
        bySourceKey.put(source.key(), id.get());
        return id.get();
    }

    /** Returns how many sources were stored as new articles. */
    int added() {
        return added;
    }

    /** Finds the article and the passage, or empty if no article holds the quote. */
    Optional<Found> find(ArticleReference reference, Anchor anchor) {
        Optional<Long> named = reference.sourceKey().map(bySourceKey::get)
                .or(() -> reference.fingerprint().map(stored::get))
                .or(() -> reference.fingerprint().flatMap(library::articleWithFingerprint));
        if (named.isPresent()) {
            return place(named.get(), anchor);
        }
        List<Long> atUrl = reference.url().map(url -> articlesAt(url)).orElse(List.of());
        Optional<Found> found = best(atUrl, reference, anchor);
        return found.isPresent() ? found : best(holdingQuote(anchor.exact()), reference, anchor);
    }

    private Optional<Found> best(List<Long> candidates, ArticleReference reference, Anchor anchor) {
        Map<Long, String> titles = new HashMap<>();
        Comparator<Found> closest = Comparator
                .comparing((Found found) -> reference.title().map(title -> title.equals(titles.get(found.articleId())))
                        .orElse(false))
                .thenComparingInt(found -> Reanchoring.sharedContext(found.anchor(), anchor))
                .thenComparing(Found::articleId, Comparator.reverseOrder());
        return candidates.stream().limit(MOST_CANDIDATES).map(id -> {
            Optional<Found> found = place(id, anchor);
            found.ifPresent(placed -> titles.put(id, text(id).title()));
            return found;
        }).flatMap(Optional::stream).max(closest);
    }

    private Optional<Found> place(long articleId, Anchor anchor) {
        Text text = text(articleId);
        if (text == null) {
            return Optional.empty();
        }
        return Reanchoring.find(anchor, text.text()).map(placed -> new Found(articleId, placed));
    }

    private Text text(long articleId) {
        Text text = texts.get(articleId);
        if (text == null) {
            text = library.articles().find(articleId)
                    .map(stored -> new Text(stored.article().text(), stored.article().title().orElse(""))).orElse(null);
            if (text != null) {
                texts.put(articleId, text);
            }
        }
        return text;
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
