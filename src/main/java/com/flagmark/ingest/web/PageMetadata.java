package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.Dates;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gathers the metadata lines found around an article and settles what they say. Lines near the
 * headline win over the meta tags, which win over lines after the article; when the same day is
 * printed twice, the most precise form is taken. Everyone credited is kept with their role,
 * editors too. A name credited as editor is not also an author: content systems fill the
 * author field with the editor's name when nobody else is given.
 */
final class PageMetadata {

    /** Where a metadata line was found, from most to least trusted. */
    enum Origin {
        HEADER, CONTENT_START, CONTENT_END, FOOTER
    }

    private final Map<Origin, List<PageBylines.Byline>> bylines = new EnumMap<>(Origin.class);
    private final List<String> credits = new ArrayList<>();

    /** Records a metadata line found at {@code origin}. */
    void add(Origin origin, PageBylines.Byline byline) {
        bylines.computeIfAbsent(origin, key -> new ArrayList<>()).add(byline);
    }

    /** Records a reporter credited in parentheses at the end of the article. */
    void addCredit(String name) {
        credits.add(name);
    }

    /** Returns the publication date, preferring lines near the headline, then the meta tags. */
    Optional<ArticleDate> date(Optional<Dates.Found> fromMetaTags) {
        List<Dates.Found> ranked = new ArrayList<>();
        rankedDates(Origin.HEADER, ranked);
        rankedDates(Origin.CONTENT_START, ranked);
        fromMetaTags.ifPresent(ranked::add);
        rankedDates(Origin.CONTENT_END, ranked);
        rankedDates(Origin.FOOTER, ranked);
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        Dates.Found chosen = ranked.get(0);
        for (Dates.Found other : ranked) {
            if (other.date().date().equals(chosen.date().date()) && other.precision() > chosen.precision()) {
                chosen = other;
            }
        }
        return Optional.of(chosen.date());
    }

    /** Returns the source, preferring lines near the headline, then lines after, then meta tags. */
    Optional<String> source(Optional<String> fromMetaTags) {
        for (Origin origin : Origin.values()) {
            for (PageBylines.Byline byline : bylines.getOrDefault(origin, List.of())) {
                if (byline.source().isPresent()) {
                    return byline.source();
                }
            }
        }
        return fromMetaTags;
    }

    /**
     * Returns everyone credited: the authors in the order found, then editors, photographers and
     * compilers; each person once per role, and an editor never as an author.
     */
    List<Author> credits() {
        Map<String, Author> found = new LinkedHashMap<>();
        List<Author> editors = new ArrayList<>();
        for (Origin origin : Origin.values()) {
            for (PageBylines.Byline byline : bylines.getOrDefault(origin, List.of())) {
                byline.authors().forEach(author -> found.putIfAbsent(key(author), author));
                editors.addAll(byline.editors());
            }
        }
        credits.forEach(name -> found.putIfAbsent(key(Author.of(name, null)), Author.of(name, null)));
        Set<String> editorNames = editors.stream().map(Author::name).collect(Collectors.toSet());
        found.values().removeIf(author -> author.creditRole().isAuthor() && editorNames.contains(author.name()));
        editors.forEach(editor -> found.putIfAbsent(key(editor), editor));
        List<Author> ordered = new ArrayList<>(found.values());
        ordered.sort(Comparator.comparing(author -> !author.creditRole().isAuthor()));
        return List.copyOf(ordered);
    }

    /** A person in a role: 记者 and 本报记者 are the same role, 记者 and 编辑 are not. */
    private static String key(Author author) {
        return author.name() + "/" + author.creditRole();
    }

    private void rankedDates(Origin origin, List<Dates.Found> ranked) {
        for (PageBylines.Byline byline : bylines.getOrDefault(origin, List.of())) {
            byline.date().ifPresent(ranked::add);
        }
    }
}
