package com.flagmark.ingest;

import com.flagmark.model.Article;
import com.flagmark.model.Correction;
import com.flagmark.model.FlagmarkException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where an import stores what it reads, and asks what is already there. */
public interface ImportStore {

    /**
     * Returns the ids of the articles stored from a file with exactly these bytes, if such a
     * file was imported before.
     */
    Optional<List<Long>> articlesFromFile(String sha256);

    /** Returns the id of the stored article with this fingerprint, if there is one. */
    Optional<Long> articleWithFingerprint(String fingerprint);

    /**
     * Stores the files and their articles in one transaction: all of them or, on failure,
     * none. Returns the ids given to each file's articles, in order.
     *
     * @throws AlreadyStored having stored nothing, if a file's bytes or an article's text are in
     *         the library already (another import stored them since they were asked about)
     */
    List<List<Long>> store(List<NewFile> files);

    /** Nothing was stored: a file or an article was in the library already or twice in what was given. */
    final class AlreadyStored extends FlagmarkException {

        private static final long serialVersionUID = 1L;

        public AlreadyStored(String userMessage, Throwable cause) {
            super(userMessage, cause);
        }
    }

    /** A file to store: its raw bytes and what was read from them. */
    record NewFile(String path, byte[] bytes, String sha256, String format, String charset,
            List<NewArticle> articles) {

        public NewFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(bytes, "bytes");
            articles = List.copyOf(articles);
        }
    }

    /**
     * An article to store, with the fingerprint that finds its duplicates and what the user
     * states of it at import (its paper and date, by an option or a name), stored apart from
     * what the cleaner read.
     */
    record NewArticle(Article article, String fingerprint, List<Correction> stated) {

        public NewArticle {
            stated = List.copyOf(stated);
        }

        /** An article of which the user states nothing. */
        public NewArticle(Article article, String fingerprint) {
            this(article, fingerprint, List.of());
        }
    }
}
