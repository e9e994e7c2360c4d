package com.flagmark.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as the importer reads it: metadata and the body as blocks. The title is metadata,
 * not body; the canonical text is the blocks' text joined with {@code \n}.
 *
 * @param title the headline, where the source has one (a photo story may have none)
 * @param kicker the overline or banner printed above the headline (引题), if any
 * @param credits the people credited, each with the word the byline gives for their part:
 *     reporters and authors, and also editors, photographers and compilers
 * @param story where the article sits on the page it came from
 */
public record Article(
        Optional<String> title,
        Optional<String> kicker,
        Optional<ArticleDate> date,
        Optional<String> source,
        List<Author> credits,
        Optional<String> url,
        List<Block> blocks,
        StoryRef story) {

    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kicker, "kicker");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(story, "story");
        credits = List.copyOf(credits);
        blocks = List.copyOf(blocks);
    }

    /**
     * Returns the people who wrote the article: those credited as reporter, correspondent or
     * author, not its editors, photographers or compilers.
     */
    public List<Author> authors() {
        return credits.stream().filter(author -> author.creditRole().isAuthor()).toList();
    }

    /** Returns the canonical text: every block's text joined with {@code \n}. */
    public String text() {
        return CanonicalText.of(blocks);
    }

    /** Returns the editor's note (编者按), if the article opens with one. */
    public Optional<String> editorsNote() {
        return blocks.stream()
                .filter(block -> block.kind() == BlockKind.EDITORS_NOTE)
                .map(Block::text)
                .findFirst();
    }
}
