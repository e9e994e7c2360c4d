package com.flagmark.usecase;

import com.flagmark.export.NotImported;
import com.flagmark.export.Unmatched;
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
}
