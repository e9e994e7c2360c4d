package com.flagmark.app;

import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.model.Correction;
import com.flagmark.model.MetadataField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the details editor of the reader's header shows and what it makes of the user's entries:
 * for one article, its title, date, source, authors and URL to change, a field emptied saying
 * the article has none; for several at once, empty fields, and only those filled are set on
 * every one of them.
 */
final class MetadataForm {

    /** Authors are entered on one line, separated as Chinese lists are: 张蓓、谭佃贵 or 张蓓, 谭佃贵. */
    private static final String AUTHOR_SEPARATORS = "[、,，;；\\s]+";

    private final Map<MetadataField, String> initial = new EnumMap<>(MetadataField.class);
    private final int articles;

    private MetadataForm(int articles) {
        this.articles = articles;
    }

    /** A form for one article, filled with what it shows now. */
    static MetadataForm of(Article article) {
        MetadataForm form = new MetadataForm(1);
        form.initial.put(MetadataField.TITLE, article.title().orElse(""));
        form.initial.put(MetadataField.DATE, article.date().map(ArticleDate::iso).orElse(""));
        form.initial.put(MetadataField.SOURCE, article.source().orElse(""));
        form.initial.put(MetadataField.AUTHORS, String.join("、", article.authors().stream().map(Author::name).toList()));
        form.initial.put(MetadataField.URL, article.url().orElse(""));
        return form;
    }

    /** A form for several articles at once: every field starts empty and an empty field is left alone. */
    static MetadataForm ofSeveral(int articles) {
        MetadataForm form = new MetadataForm(articles);
        Arrays.stream(MetadataField.values()).forEach(field -> form.initial.put(field, ""));
        return form;
    }

    // Properties

    /** Returns what a field shows when the form opens. */
    String initial(MetadataField field) {
        return initial.get(field);
    }

    /** Returns how many articles the form corrects. */
    int articles() {
        return articles;
    }

    // Commands

    /**
     * Returns the corrections the entries make; none if nothing changed.
     *
     * @throws com.flagmark.model.FlagmarkException with a message for the user if the date is no date
     */
    List<Correction> corrections(Map<MetadataField, String> entered) {
        List<Correction> corrections = new ArrayList<>();
        for (MetadataField field : MetadataField.values()) {
            String value = entered.getOrDefault(field, "").strip();
            boolean changed = articles == 1 ? !value.equals(initial.get(field)) : !value.isEmpty();
            if (changed) {
                corrections.add(field == MetadataField.AUTHORS
                        ? Correction.authors(List.of(value.split(AUTHOR_SEPARATORS)))
                        : Correction.of(field, value));
            }
        }
        return corrections;
    }

    /** Returns the message for an entry the form refuses, in the window's language, if it refuses one. */
    static Optional<String> problem(Map<MetadataField, String> entered) {
        String date = entered.getOrDefault(MetadataField.DATE, "").strip();
        return date.isEmpty() || ArticleDate.parseIso(date).isPresent() ? Optional.empty()
                : Optional.of(Messages.get("details.badDate", date));
    }
}
