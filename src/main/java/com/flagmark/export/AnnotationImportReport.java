package com.flagmark.export;

import java.util.List;
import java.util.Objects;

/**
 * What an import of annotations did.
 *
 * @param format the file's format, such as {@code REFI-QDA project}
 * @param read the annotations the file holds
 * @param added the annotations stored
 * @param alreadyPresent the annotations the library already had (same passage, same codes)
 * @param reanchored the stored annotations found at other offsets than the file gave, because
 *        the text moved or the file's offsets did not fit it
 * @param articlesAdded the project's sources stored as new articles
 * @param codesAdded the codes added to the codebook
 * @param notes the file's notes and memos on passages that the stored annotations carry
 * @param unmatched the annotations and sources that could not be imported, each with why
 * @param notImported what else the file holds that was not imported (journals, memos of whole
 *        documents or codes, cases …), each with why
 */
public record AnnotationImportReport(String format, int read, int added, int alreadyPresent, int reanchored,
        int articlesAdded, int codesAdded, int notes, List<Unmatched> unmatched, List<NotImported> notImported) {

    public AnnotationImportReport {
        Objects.requireNonNull(format, "format");
        unmatched = List.copyOf(unmatched);
        notImported = List.copyOf(notImported);
    }

    /**
     * An annotation (or a source) that could not be imported.
     *
     * @param quote the passage, or empty for a whole source
     * @param article the article or source it names
     * @param reason why it was not imported, written for the user
     */
    public record Unmatched(String quote, String article, String reason) {

        public Unmatched {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Something a file holds besides annotations that was not imported.
     *
     * @param kind what it is, such as {@code journal} or {@code memo}
     * @param name its name in the file, or the start of its text
     * @param reason why it was not imported, written for the user
     */
    public record NotImported(String kind, String name, String reason) {

        public NotImported {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
