package com.flagmark.ingest;

import com.flagmark.model.Reason;
import com.flagmark.model.Article;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What reading one file gave: its articles, or the reason it holds none. */
public sealed interface IngestResult {

    /**
     * The file held these articles, read in the given format and charset.
     *
     * @param note what the import report should say of how the file was read, such as the
     *     broken bytes repaired in decoding
     */
    record Articles(List<Article> articles, String format, String charset, Optional<Reason> note)
            implements IngestResult {

        public Articles {
            Objects.requireNonNull(note, "note");
            articles = List.copyOf(articles);
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("A file that holds no article is skipped, not read");
            }
        }
    }

    /** The file is not an article: empty, binary, too short, not text. */
    record Skipped(Reason reason) implements IngestResult {
    }
}
