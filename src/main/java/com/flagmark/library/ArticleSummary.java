package com.flagmark.library;

import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a list of the library shows of an article: its metadata without the text.
 *
 * @param authors the people who wrote the article; editors, photographers and compilers
 *     credited beside them are left out
 * @param file the path of the file the article was imported from, exactly as it was given
 * @param annotationCount how many annotations the article has
 */
public record ArticleSummary(long id, Optional<String> title, Optional<ArticleDate> date,
        Optional<String> source, List<Author> authors, Optional<String> url, String file, int annotationCount) {

    public ArticleSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(file, "file");
        authors = authors.stream().filter(author -> author.creditRole().isAuthor()).toList();
    }
}
