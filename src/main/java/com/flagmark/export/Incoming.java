package com.flagmark.export;

import com.flagmark.model.Anchor;
import com.flagmark.model.Article;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Receives what an annotation file holds, read and checked but not yet matched to the library,
 * as a reader streams through it ({@link AnnotationFile#read}): codes by path, the articles a
 * project brings (its sources) with their annotations, annotations that name their article, and
 * whatever cannot be imported with why.
 */
public interface Incoming {

    /** A code, before any annotation carrying it. */
    void code(IncomingCode code);

    /** A text a project brings, with the annotations of its passages. */
    void source(IncomingSource source, List<IncomingAnnotation> annotations);

    /** An annotation naming its article in the library. */
    void annotation(IncomingAnnotation annotation);

    /** An annotation or a source that cannot be imported. */
    void unmatched(Unmatched unmatched);

    /** Something else the file holds that is not imported, such as a journal. */
    void notImported(NotImported notImported);

    /**
     * A code as a file gives it.
     *
     * @param path its names from the root down, such as {@code [措施, 亮旗评比]}
     * @param colour its colour, where the file gives one
     */
    record IncomingCode(List<String> path, boolean codable, Optional<String> colour, RefiQda.CodeDetails details) {

        public IncomingCode {
            path = List.copyOf(path);
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(details, "details");
        }
    }

    /**
     * A text a project brings, as an article; its key is how the project's annotations name it.
     *
     * @param raw the text as the file holds it, kept as the article's original bytes
     */
    record IncomingSource(String key, Article article, String raw) {

        public IncomingSource {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(raw, "raw");
        }
    }

    /**
     * The article an annotation names: a source of the same file, or an article of the
     * library found by fingerprint, URL or title.
     */
    record ArticleReference(Optional<String> sourceKey, Optional<String> fingerprint, Optional<String> url,
            Optional<String> title) {

        public ArticleReference {
            Objects.requireNonNull(sourceKey, "sourceKey");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(title, "title");
        }

        /** Returns how a report names the article: by title, URL, text hash or the project's key. */
        public String describe() {
            return title.or(() -> url).or(() -> fingerprint.map(hash -> "sha256:" + hash.substring(0, Math.min(12,
                    hash.length())))).or(() -> sourceKey).orElse("an unnamed article");
        }
    }

    /**
     * An annotation as a file gives it: its anchor in the text the file knew, its codes by
     * path, note, attribute values, coder and times.
     *
     * @param givenStart where the file said the passage starts, or empty if it gave only the
     *        quote; a position that is no offset at all is given as -1
     * @param notes how many notes and memos of the file the note joins
     * @param created when the file says it was made, if it says
     * @param modified when the file says it was last changed, if it says
     */
    record IncomingAnnotation(ArticleReference article, Anchor anchor, OptionalInt givenStart,
            List<List<String>> codePaths, String note, int notes, Map<String, String> attributes, String coder,
            Optional<Instant> created, Optional<Instant> modified) {

        public IncomingAnnotation {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(givenStart, "givenStart");
            codePaths = codePaths.stream().map(List::copyOf).toList();
            Objects.requireNonNull(note, "note");
            attributes = Map.copyOf(attributes);
            Objects.requireNonNull(coder, "coder");
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(modified, "modified");
        }
    }
}
