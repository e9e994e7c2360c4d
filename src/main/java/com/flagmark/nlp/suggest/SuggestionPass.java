package com.flagmark.nlp.suggest;

import com.flagmark.model.Article;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.nlp.SegmentedText;
import com.flagmark.nlp.cue.CueLexicon;
import com.flagmark.nlp.cue.MeasureFinder;
import com.flagmark.nlp.cue.MeasureMention;
import com.flagmark.nlp.figure.Figure;
import com.flagmark.nlp.figure.FigureFinder;
import com.flagmark.nlp.figure.FigureMention;
import com.flagmark.nlp.region.Division;
import com.flagmark.nlp.region.RegionFinder;
import com.flagmark.nlp.region.RegionLink;
import com.flagmark.nlp.region.RegionMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The suggestion pass over one article: its canonical text is segmented once, with the
 * codebook's cue words in the segmenter's own dictionary, and the region, measure and figure
 * finders read the same words. What they find comes back as one list of {@link Suggestion}s in
 * text order, each with its code, attributes under the codebook's names, evidence and tier.
 *
 * <p>A pass is made from the codebook's cue words as they are now; when they change, make a new
 * one (cheap once HanLP and the gazetteer are loaded). A pass is safe to share between threads.
 * It stores nothing and knows nothing of what a reviewer accepted or rejected.
 */
public final class SuggestionPass {

    /** The code of every region suggestion: the codebook's root for places. */
    public static final String REGION_CODE = "地区";

    /**
     * The pass's version: change it whenever the pass would suggest something else for the same
     * text and cue words, so that suggestions stored by an earlier version are computed again.
     */
    public static final String VERSION = "2";

    private final HanlpSegmenter segmenter;
    private final MeasureFinder measures;
    private final FigureFinder figures;
    private final RegionFinder regions = new RegionFinder();

    /** Returns a pass that suggests the measures and outcomes of {@code lexicon}'s cue words, and regions. */
    public SuggestionPass(CueLexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        this.segmenter = HanlpSegmenter.withWords(lexicon.words());
        this.measures = new MeasureFinder(lexicon);
        this.figures = new FigureFinder(lexicon);
    }

    /**
     * Returns the suggestions for {@code article}, ordered by where they start, then end, then code.
     *
     * @param sourceProvince the province of the article's source, if known, which settles names
     *     the article alone leaves ambiguous
     */
    public List<Suggestion> suggest(Article article, Optional<Division> sourceProvince) {
        Objects.requireNonNull(sourceProvince, "sourceProvince");
        return find(article, sourceProvince, true);
    }

    /**
     * Returns the measures and outcomes {@link #suggest} finds in {@code article}, the same ones,
     * without its regions: what needs only the segmenter, so it can be shown while the gazetteer,
     * its index and HanLP's recognition of names, loaded on a region finder's first use, are
     * still loading (about a second of CPU, against a fifth of that for the segmenter alone).
     */
    public List<Suggestion> measuresAndOutcomes(Article article) {
        return find(article, Optional.empty(), false);
    }

    private List<Suggestion> find(Article article, Optional<Division> sourceProvince, boolean withRegions) {
        Objects.requireNonNull(article, "article");
        String text = article.text();
        SegmentedText words = segmenter.words(text);
        List<Suggestion> found = new ArrayList<>();
        if (withRegions) {
            for (RegionMention mention : regions.find(words, sourceProvince)) {
                found.add(region(mention));
            }
        }
        for (MeasureMention mention : measures.find(article, words)) {
            found.add(measure(mention, text));
        }
        for (FigureMention mention : figures.find(article, words)) {
            outcome(mention, text).ifPresent(found::add);
        }
        found.sort(Comparator.comparingInt(Suggestion::start).thenComparingInt(Suggestion::end)
                .thenComparing(Suggestion::code));
        return found;
    }

    private static Suggestion region(RegionMention mention) {
        Map<String, String> attributes = new LinkedHashMap<>();
        mention.link().ifPresent(link -> attributes.put("gazetteer", link.division().code()));
        attributes.put("level", mention.level().id());
        Evidence evidence = new Evidence(Optional.empty(), mention.link(), mention.resolution(), Optional.empty());
        return new Suggestion(REGION_CODE, mention.start(), mention.end(), mention.exact(), attributes, evidence,
                mention.tier(), mention.candidates(), false);
    }

    private static Suggestion measure(MeasureMention mention, String text) {
        int start = text.offsetByCodePoints(0, mention.start());
        int end = text.offsetByCodePoints(start, mention.end() - mention.start());
        Evidence evidence = new Evidence(Optional.of(mention.cue()), Optional.empty(), Optional.empty(),
                Optional.empty());
        return new Suggestion(mention.code(), mention.start(), mention.end(), mention.exact(),
                MeasureAttributes.of(text, start, end), evidence, mention.tier(), List.<RegionLink>of(), false);
    }

    /** A figure becomes an outcome suggestion only where some cue word says which outcome it is. */
    private static Optional<Suggestion> outcome(FigureMention mention, String text) {
        if (mention.code().isEmpty()) {
            return Optional.empty();
        }
        Figure figure = mention.figure();
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!figure.indicator().isEmpty()) {
            attributes.put("indicator", figure.indicator());
        }
        attributes.put("value", figure.quantity().low().toPlainString());
        attributes.put("unit", figure.quantity().unit());
        figure.asOf().flatMap(asOf -> asOf.date()).ifPresent(date -> attributes.put("asOf", date.toString()));
        int figureStart = text.offsetByCodePoints(0, mention.figureStart());
        int figureEnd = text.offsetByCodePoints(figureStart, mention.figureEnd() - mention.figureStart());
        Passage written = new Passage(mention.figureStart(), mention.figureEnd(),
                text.substring(figureStart, figureEnd));
        Evidence evidence = new Evidence(mention.cue(), Optional.empty(), Optional.empty(), Optional.of(written));
        return Optional.of(new Suggestion(mention.code().get(), mention.start(), mention.end(), mention.exact(),
                attributes, evidence, mention.tier(), List.of(), figure.target()));
    }
}
