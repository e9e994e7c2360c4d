package com.flagmark.nlp.figure;

import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.BlockKind;
import com.flagmark.nlp.BlockMap;
import com.flagmark.nlp.SegmentedText;
import com.flagmark.nlp.Tier;
import com.flagmark.nlp.cue.CueLexicon;
import com.flagmark.nlp.figure.OutcomeCues.Hit;
import com.flagmark.nlp.figure.QuantityReader.Reading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the figures of an article and reads them: indicator, value and unit as written, as-of
 * date, target or result. A figure whose indicator holds a cue word of an outcome code is high
 * tier and gets that code (返岗率达98% is 成效/复工复产); other figures are low tier, with the code
 * of a cue elsewhere in their sentence, paragraph or article if there is one, or of a cue that is only
 * their unit (80亿元 of 年销售收入, by the cue 亿元) unless their indicator also holds the code's
 * name (固定资产投资完成246.79亿元 is 成效/投资, high). A percentage that names nothing it is a
 * share of is no figure. A figure that continues a list (分别为34.5亿元、50.9亿元) takes the
 * indicator of the figure before it.
 */
public final class FigureFinder {

    private static final String COUNT_UNITS = "家个名人位户项件台套座条处场所栋间辆艘架批种类款";
    /**
     * Before a count, a word or two is the subject or the verb (我市, 涵盖), and what the count
     * counts follows it: 涵盖249家重点企业.
     */
    private static final int SUBJECT_ONLY = 3;
    private static final String LIST_JOINS = "、和及与或以";

    private final OutcomeCues cues;

    public FigureFinder(CueLexicon lexicon) {
        this.cues = new OutcomeCues(lexicon);
    }

    /**
     * Returns the figures of {@code article}, in text order.
     *
     * @param words the article's canonical text as a segmenter with the lexicon's words cut it
     * @throws IllegalArgumentException if {@code words} is not the article's text
     */
    public List<FigureMention> find(Article article, SegmentedText words) {
        if (!words.text().equals(article.text())) {
            throw new IllegalArgumentException("The words are not of this article's text");
        }
        Optional<LocalDate> published = article.date().map(ArticleDate::date);
        BlockMap blocks = BlockMap.of(article.blocks());
        List<FigureMention> found = new ArrayList<>();
        OutcomeCues.InText cuesInText = cues.in(words);
        for (int block = 0; block < blocks.size(); block++) {
            if (blocks.kind(block) != BlockKind.BYLINE && blocks.kind(block) != BlockKind.DATELINE) {
                List<Reading> readings = QuantityReader.read(words, blocks.start(block), blocks.end(block));
                Optional<FigureMention> previous = Optional.empty();
                for (int i = 0; i < readings.size(); i++) {
                    Optional<FigureMention> mention = new Place(words, cuesInText, blocks.start(block),
                            blocks.end(block), readings, i).mention(published, previous);
                    mention.ifPresent(found::add);
                    previous = mention;
                }
            }
        }
        return found;
    }

    /** One figure among the others of its block, and the clause and sentence around it. */
    private final class Place {

        private final SegmentedText words;
        private final OutcomeCues.InText cuesInText;
        private final String text;
        private final Reading reading;
        private final int blockStart;
        private final int blockEnd;
        private final int clauseStart;
        private final int clauseEnd;
        private final int before;
        private final int after;
        private final boolean lastInClause;

        Place(SegmentedText words, OutcomeCues.InText cuesInText, int blockStart, int blockEnd, List<Reading> readings,
                int index) {
            this.words = words;
            this.cuesInText = cuesInText;
            this.text = words.text();
            this.reading = readings.get(index);
            this.blockStart = blockStart;
            this.blockEnd = blockEnd;
            this.clauseStart = Clauses.clauseStart(text, reading.start(), blockStart);
            this.clauseEnd = Clauses.clauseEnd(text, reading.end(), blockEnd);
            int previousEnd = index > 0 ? readings.get(index - 1).end() : blockStart;
            int nextStart = index + 1 < readings.size() ? readings.get(index + 1).start() : blockEnd;
            this.before = Math.max(clauseStart, previousEnd);
            this.after = Math.min(clauseEnd, nextStart);
            this.lastInClause = nextStart >= clauseEnd;
        }

        Optional<FigureMention> mention(Optional<LocalDate> published, Optional<FigureMention> previous) {
            boolean pointsForward = text.startsWith("——", reading.end());
            Indicators.Span indicator = indicator(pointsForward);
            String named = indicator.isEmpty() && continuesAList()
                    ? previous.map(figure -> figure.figure().indicator()).orElse("")
                    : text.substring(indicator.start(), indicator.end());
            if (isAShareOfNothing(named)) {
                return Optional.empty();
            }
            Quantity quantity = reading.quantity();
            int sentenceStart = Clauses.sentenceStart(text, reading.start(), blockStart);
            Figure figure = new Figure(named, quantity, asOf(pointsForward, sentenceStart, published),
                    Targets.isTarget(words, sentenceStart, clauseStart, reading.start()));
            int start = indicator.isEmpty() ? reading.start() : Math.min(indicator.start(), reading.start());
            int end = Math.max(indicator.end(), reading.end());
            Optional<FigureMention> grown = grownFrom(previous, sentenceStart, named);
            if (grown.isPresent()) {
                return Optional.of(mention(start, end, figure, grown.get().code(), grown.get().cue(),
                        grown.get().tier()));
            }
            boolean continuesAnOutcome = previous.filter(before -> before.tier() == Tier.HIGH
                    && before.figureEnd() > words.codePointOffset(sentenceStart)).isPresent();
            Optional<Hit> clauseCue = clauseCue(pointsForward).or(() -> continuesAnOutcome
                    ? cuesInText.last(sentenceStart, clauseStart).filter(Hit::isWord) : Optional.empty());
            Optional<Hit> cue = clauseCue.or(() -> nearbyCue(sentenceStart));
            boolean strong = clauseCue.filter(hit -> !hit.weak() || named.contains(hit.codeName())).isPresent()
                    && !Specifications.neverAnOutcome(words, reading.start(), reading.end(), quantity, named);
            return Optional.of(mention(start, end, figure, cue.map(Hit::code), cue.map(Hit::cue),
                    strong ? Tier.HIGH : Tier.LOW));
        }

        /** The as-of date after a figure that points forward, else in its sentence before it. */
        private Optional<AsOf> asOf(boolean pointsForward, int sentenceStart, Optional<LocalDate> published) {
            Optional<AsOf> after = pointsForward ? AsOfReader.find(text, reading.end(), clauseEnd, published)
                    : Optional.empty();
            return after.or(() -> AsOfReader.find(text, sentenceStart, reading.start(), published));
        }

        /** The figure before this one in its sentence, if this one is only its growth. */
        private Optional<FigureMention> grownFrom(Optional<FigureMention> previous, int sentenceStart, String named) {
            return previous.filter(before -> before.figureEnd() > words.codePointOffset(sentenceStart))
                    .filter(before -> Growth.isGrowthOfTheFigureBefore(reading.quantity(), named));
        }

        private FigureMention mention(int start, int end, Figure figure, Optional<String> code, Optional<String> cue,
                Tier tier) {
            return new FigureMention(words.codePointOffset(start), words.codePointOffset(end),
                    text.substring(start, end), words.codePointOffset(reading.start()),
                    words.codePointOffset(reading.end()), figure, code, cue, tier);
        }

        /** 100%的干劲, or a percentage with no indicator at all: a manner of speaking, not a figure. */
        private boolean isAShareOfNothing(String named) {
            Quantity quantity = reading.quantity();
            boolean percent = quantity.unit().equals("%") || quantity.unit().equals("‰");
            boolean wholehearted = quantity.value().equals("100") && text.startsWith("的", reading.end());
            return percent && (named.isEmpty() || wholehearted);
        }

        /** 34.5亿元、50.9亿元和85.9亿元: nothing but a list's joining words since the figure before. */
        private boolean continuesAList() {
            String between = text.substring(before, reading.start()).strip();
            return before > clauseStart && !between.isEmpty()
                    && between.chars().allMatch(c -> LIST_JOINS.indexOf(c) >= 0);
        }

        private Indicators.Span indicator(boolean pointsForward) {
            Indicators.Span named = Indicators.between(words, before, reading.start());
            if (pointsForward) {
                Indicators.Span following = Indicators.between(words, reading.end(), clauseEnd);
                return following.isEmpty() ? named : following;
            }
            if (named.end() - named.start() <= SUBJECT_ONLY && isCount()) {
                Indicators.Span counted = Indicators.counted(words, reading.end(), after, cues::isCue);
                return counted.isEmpty() ? Indicators.between(words, reading.end(), after) : counted;
            }
            return named;
        }

        /** 2332家重点企业, 114万名外来务工者: a count unit followed by the thing counted. */
        private boolean isCount() {
            String unit = reading.quantity().unit();
            return COUNT_UNITS.indexOf(unit.charAt(unit.length() - 1)) >= 0 && reading.end() < clauseEnd
                    && Character.isLetter(text.charAt(reading.end()));
        }

        /** The outcome cue of the figure's own part of its clause, or of its unit. */
        private Optional<Hit> clauseCue(boolean pointsForward) {
            Optional<Hit> hit = pointsForward ? cuesInText.first(reading.end(), clauseEnd)
                    : cuesInText.lastBefore(before, reading.start());
            if (hit.isEmpty() && (lastInClause || pointsForward)) {
                // 41家企业: a word of a code's name in the thing counted names what was counted,
                // not what happened to it.
                hit = cuesInText.first(reading.end(), clauseEnd, pointsForward);
            }
            return hit.or(() -> cues.ofUnit(reading.quantity().unit()));
        }

        /**
         * An outcome cue elsewhere in the sentence, else in the paragraph, else the nearest in the
         * article, for a low-tier figure's code: the outcome the article is about around it.
         */
        private Optional<Hit> nearbyCue(int sentenceStart) {
            int sentenceEnd = Clauses.sentenceEnd(text, reading.end(), blockEnd);
            return cuesInText.last(sentenceStart, reading.start())
                    .or(() -> cuesInText.first(reading.end(), sentenceEnd))
                    .or(() -> cuesInText.last(blockStart, reading.start()))
                    .or(() -> cuesInText.first(reading.end(), blockEnd))
                    .or(() -> cuesInText.nearest(blockStart, blockEnd));
        }
    }
}
