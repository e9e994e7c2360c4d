package com.flagmark.ingest.web;

import com.flagmark.ingest.decode.Dates;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
        HEADER, CONTENT_START, CONTENT_END, FOOTER,
        /** An e-paper's navigation, which gives the date where the story gives none. */
        NAVIGATION
    }

    private final Map<Origin, List<PageBylines.Byline>> bylines = new EnumMap<>(Origin.class);
    private final List<String> credits = new ArrayList<>();
    private Optional<String> account = Optional.empty();

    /** Records a metadata line found at {@code origin}. */
    void add(Origin origin, PageBylines.Byline byline) {
        bylines.computeIfAbsent(origin, key -> new ArrayList<>()).add(byline);
    }

    /** Records a reporter credited in parentheses at the end of the article. */
    void addCredit(String name) {
        credits.add(name);
    }

    /** Records the name the page marks as its author's, which is the author only where nobody else is credited as one. */
    void addAccount(String name) {
        account = Optional.of(name);
    }

    /**
     * Returns the publication date, preferring lines near the headline, then the meta tags. A
     * date a line shows without its year takes the year of a metadata date of the same month and
     * day. Where the same day is given again more precisely, the more precise form is taken if it
     * agrees with the chosen one as far as that goes: a page's metadata often holds the time the
     * page was made, later the same day than the time it shows.
     */
    Optional<ArticleDate> date(Optional<Dates.Found> fromMetaTags, List<LocalDate> metadataDates) {
        List<Dates.Found> ranked = new ArrayList<>();
        rankedDates(Origin.HEADER, ranked, metadataDates);
        rankedDates(Origin.CONTENT_START, ranked, metadataDates);
        fromMetaTags.ifPresent(ranked::add);
        rankedDates(Origin.CONTENT_END, ranked, metadataDates);
        rankedDates(Origin.FOOTER, ranked, metadataDates);
        rankedDates(Origin.NAVIGATION, ranked, metadataDates);
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        Dates.Found chosen = ranked.get(0);
        for (Dates.Found other : ranked) {
            if (other.precision() > chosen.precision() && agrees(other.date(), chosen)) {
                chosen = other;
            }
        }
        return Optional.of(chosen.date());
    }

    private static boolean agrees(ArticleDate other, Dates.Found chosen) {
        if (!other.date().equals(chosen.date().date())) {
            return false;
        }
        if (chosen.precision() == 0) {
            return true;
        }
        LocalTime shown = chosen.date().time().orElseThrow();
        LocalTime finer = other.time().orElseThrow();
        return finer.getHour() == shown.getHour() && finer.getMinute() == shown.getMinute()
                && (chosen.precision() < 2 || finer.getSecond() == shown.getSecond());
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
        if (account.isPresent() && found.values().stream().noneMatch(author -> author.creditRole().isAuthor())
                && !editorNames.contains(account.get())) {
            found.put(key(Author.of(account.get(), null)), Author.of(account.get(), null));
        }
        editors.forEach(editor -> found.putIfAbsent(key(editor), editor));
        List<Author> ordered = new ArrayList<>(found.values());
        ordered.sort(Comparator.comparing(author -> !author.creditRole().isAuthor()));
        return List.copyOf(ordered);
    }

    /** A person in a role: 记者 and 本报记者 are the same role, 记者 and 编辑 are not. */
    private static String key(Author author) {
        return author.name() + "/" + author.creditRole();
    }

    private void rankedDates(Origin origin, List<Dates.Found> ranked, List<LocalDate> metadataDates) {
        for (PageBylines.Byline byline : bylines.getOrDefault(origin, List.of())) {
            byline.date().or(() -> byline.yearless().flatMap(shown -> shown.completed(yearOf(shown, metadataDates))))
                    .ifPresent(ranked::add);
        }
    }

    /** The year of the first metadata date on the month and day a line shows without its year. */
    private static OptionalInt yearOf(Dates.Yearless shown, List<LocalDate> metadataDates) {
        return metadataDates.stream().filter(date -> date.getMonthValue() == shown.month()
                && date.getDayOfMonth() == shown.day()).mapToInt(LocalDate::getYear).findFirst();
    }
}
