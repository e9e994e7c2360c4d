package com.flagmark.ingest;

import com.flagmark.model.Article;
import java.util.List;

/** What reading one file gave: its articles, or the reason it holds none. */
public sealed interface IngestResult {

    /** The file held these articles, read in the given format and charset. */
    record Articles(List<Article> articles, String format, String charset) implements IngestResult {

        public Articles {
            articles = List.copyOf(articles);
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("A file that holds no article is skipped, not read");
            }
        }
    }

    /** The file is not an article: empty, binary, too short, not text. */
    record Skipped(String reason) implements IngestResult {
    }
}
