package com.flagmark.ingest.decode;

import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.model.Block;
import com.flagmark.model.StoryRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The metadata of an article while the importer gathers it from front matter, page markup and
 * the text itself. The first value found for a field is kept; a fallback source (from a post's
 * tags, say) yields to any source the text names.
 */
public final class ArticleDraft {

    private String title;
    private String kicker;
    private ArticleDate date;
    private String source;
    private String fallbackSource;
    private String url;
    private final List<Author> authors = new ArrayList<>();

    /** Returns a copy with every field, for the first story of a page. */
    public ArticleDraft copy() {
        ArticleDraft copy = new ArticleDraft();
        copy.title = title;
        copy.kicker = kicker;
        copy.date = date;
        copy.source = source;
        copy.fallbackSource = fallbackSource;
        copy.url = url;
        copy.authors.addAll(authors);
        return copy;
    }

    /** Returns a copy with what belongs to the whole page only: date, source and URL. */
    public ArticleDraft copyOfPage() {
        ArticleDraft copy = copy();
        copy.title = null;
        copy.kicker = null;
        copy.authors.clear();
        return copy;
    }

    /** Returns the title found so far. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** Tells whether a date was found already. */
    public boolean hasDate() {
        return date != null;
    }

    /** Sets the title, unless one was found first; a blank value is none. */
    public void title(String value) {
        title = title == null ? blankToNull(value) : title;
    }

    /** Sets the kicker (the line above a headline), unless one was found first. */
    public void kicker(String value) {
        kicker = kicker == null ? blankToNull(value) : kicker;
    }

    /** Sets the date, unless one was found first. */
    public void date(ArticleDate value) {
        date = date == null ? value : date;
    }

    /** Sets the source the text or markup names, unless one was found first. */
    public void source(String value) {
        source = source == null ? blankToNull(value) : source;
    }

    /** Sets a source to use only if nothing names one, such as a post's tag. */
    public void fallbackSource(String value) {
        fallbackSource = fallbackSource == null ? blankToNull(value) : fallbackSource;
    }

    /** Sets the original URL, unless one was found first. */
    public void url(String value) {
        url = url == null ? blankToNull(value) : url;
    }

    /** Adds the people credited who are not yet named in that role, keeping byline order. */
    public void authors(List<Author> more) {
        for (Author author : more) {
            if (authors.stream().noneMatch(known -> known.name().equals(author.name())
                    && known.creditRole() == author.creditRole())) {
                authors.add(author);
            }
        }
    }

    /** Returns the article of these blocks with the metadata gathered, the source falling back as said. */
    public Article build(List<Block> blocks, StoryRef story) {
        return new Article(Optional.ofNullable(title), Optional.ofNullable(kicker), Optional.ofNullable(date),
                Optional.ofNullable(source).or(() -> Optional.ofNullable(fallbackSource)), authors,
                Optional.ofNullable(url), blocks, story);
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String normalized = Whitespace.normalize(value);
        return normalized.isEmpty() ? null : normalized;
    }
}
