package com.flagmark.app;

import com.flagmark.library.ArticleSummary;
import com.flagmark.usecase.ListedArticle;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The rows of a short list, read through the view-model page by page as the table reads them. */
final class ListedRows {

    private ListedRows() {
    }

    static List<ArticleSummary> of(LibraryViewModel library) {
        return IntStream.range(0, library.articles().size()).mapToObj(library::row).flatMap(Optional::stream)
                .map(ListedArticle::summary).toList();
    }
}
