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
 * @param story where the article sits on the page it came from
 */
public record Article(
        Optional<String> title,
        Optional<String> kicker,
        Optional<ArticleDate> date,
        Optional<String> source,
        List<Author> authors,
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
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
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
