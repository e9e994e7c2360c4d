package com.flagmark.library;

import com.flagmark.model.Annotation;
import com.flagmark.model.ArticleDate;
import java.util.Objects;
import java.util.Optional;

/** A coded passage with what a table of passages shows of its article. */
public record Passage(Annotation annotation, Optional<String> title, Optional<ArticleDate> date, Optional<String> source) {

    public Passage {
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }
}
