package com.flagmark.nlp.figure;

import com.flagmark.model.Article;
import com.flagmark.model.Block;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.nlp.TestCodebook;
import com.flagmark.nlp.cue.CueLexicon;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Runs the figure finder with the test codebook on one paragraph. */
final class Figures {

    private static final CueLexicon LEXICON = TestCodebook.lexicon();
    private static final HanlpSegmenter SEGMENTER = HanlpSegmenter.withWords(LEXICON.words());

    private Figures() {
    }

    /** Returns the figures of an article of one paragraph published on {@code published}. */
    static List<FigureMention> in(String paragraph, LocalDate published) {
        return in(TestCodebook.article(Optional.empty(), Optional.of(published), Block.paragraph(paragraph)));
    }

    /** Returns the figures of an undated article of one paragraph. */
    static List<FigureMention> in(String paragraph) {
        return in(TestCodebook.article(Block.paragraph(paragraph)));
    }

    static List<FigureMention> in(Article article) {
        return new FigureFinder(LEXICON).find(article, SEGMENTER.words(article.text()));
    }

    /** Returns the figures read, without where they stand. */
    static List<Figure> read(String paragraph) {
        return in(paragraph).stream().map(FigureMention::figure).toList();
    }

    /** Returns the quantities read. */
    static List<Quantity> quantities(String paragraph) {
        return read(paragraph).stream().map(Figure::quantity).toList();
    }
}
