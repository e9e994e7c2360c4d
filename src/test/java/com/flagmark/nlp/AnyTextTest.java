package com.flagmark.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Block;
import com.flagmark.model.StoryRef;
import com.flagmark.nlp.cue.CueLexicon;
import com.flagmark.nlp.cue.MeasureFinder;
import com.flagmark.nlp.cue.MeasureMention;
import com.flagmark.nlp.figure.FigureFinder;
import com.flagmark.nlp.figure.FigureMention;
import com.flagmark.nlp.suggest.Suggestion;
import com.flagmark.nlp.suggest.SuggestionPass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The finders and the whole suggestion pass read any text without failing, and every passage
 * they give stands at its offsets:
 * texts made at random (with a fixed seed) of digits, numerals, units, signs, quotes, cue words
 * and characters outside the BMP.
 */
class AnyTextTest {

    private static final String MATERIAL = "0123456789０１２３４５６７８９.．,，-－~～—–至到余多约近超万亿千百十一二两三四五"
            + "六七八九零〇第前数几%％‰个人家元年月日号“”‘’、。；！？：:（）() 𠮷😀abcX+×/返岗率达总投资工作专班开门红"
            + "截至目前底末力争计划完成的是为约谈红旗汽车";
    /** Words for the whole pass: places, zones, cues, figures and what stands around them. */
    private static final List<String> WORDS = List.of("济南", "寒亭区", "潍坊市", "开发区", "工业园", "市", "镇", "惠安县",
            "小岞", "在巴中国", "德州仪器", "至", "高速公路", "湾", "岛", "返岗率达", "98%", "约谈", "亮黄旗", "每周",
            "总投资", "12.5亿元", "2万到25万吨", "两三个", "开工率", "建成", "公里", "同比增长", "截至2月20日", "𠮷", "😀",
            "，", "。", "、", "等", "7个", "以上", "项目", "力争");
    private static final int TEXTS = 2000;

    @Test
    void everyPassageFoundStandsAtItsOffsets() {
        CueLexicon lexicon = TestCodebook.lexicon();
        HanlpSegmenter segmenter = HanlpSegmenter.withWords(lexicon.words());
        MeasureFinder measures = new MeasureFinder(lexicon);
        FigureFinder figures = new FigureFinder(lexicon);
        int[] material = MATERIAL.codePoints().toArray();
        Random random = new Random(20261130);
        List<String> misplaced = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < TEXTS; i++) {
            Article article = article(randomText(random, material), random.nextBoolean());
            SegmentedText words = segmenter.words(article.text());
            for (MeasureMention mention : measures.find(article, words)) {
                found++;
                check(article.text(), mention.start(), mention.end(), mention.exact(), misplaced);
            }
            for (FigureMention mention : figures.find(article, words)) {
                found++;
                check(article.text(), mention.start(), mention.end(), mention.exact(), misplaced);
            }
        }
        assertThat(misplaced).isEmpty();
        assertThat(found).isGreaterThan(TEXTS / 4);
    }

    @Test
    void everySuggestionOfThePassStandsAtItsOffsets() {
        SuggestionPass pass = new SuggestionPass(TestCodebook.lexicon());
        Random random = new Random(20261201);
        List<String> misplaced = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < TEXTS / 4; i++) {
            StringBuilder text = new StringBuilder();
            for (int word = random.nextInt(20); word >= 0; word--) {
                text.append(WORDS.get(random.nextInt(WORDS.size())));
            }
            Article article = article(text.toString().strip(), random.nextBoolean());
            for (Suggestion suggestion : pass.suggest(article, Optional.empty())) {
                found++;
                check(article.text(), suggestion.start(), suggestion.end(), suggestion.exact(), misplaced);
                suggestion.evidence().figure().ifPresent(figure ->
                        check(article.text(), figure.start(), figure.end(), figure.exact(), misplaced));
            }
        }
        assertThat(misplaced).isEmpty();
        assertThat(found).isGreaterThan(TEXTS);
    }

    private static String randomText(Random random, int[] material) {
        StringBuilder text = new StringBuilder("𠮷");
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(material[random.nextInt(material.length)]);
        }
        return text.toString().strip();
    }

    private static Article article(String text, boolean dated) {
        return new Article(Optional.of(text), Optional.empty(),
                dated ? Optional.of(ArticleDate.of(LocalDate.of(2022, 3, 1))) : Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), List.of(Block.heading(text), Block.paragraph(text)), StoryRef.SINGLE);
    }

    private static void check(String text, int start, int end, String exact, List<String> misplaced) {
        int[] codePoints = text.codePoints().toArray();
        if (start < 0 || end > codePoints.length || start >= end
                || !new String(codePoints, start, end - start).equals(exact)) {
            misplaced.add(start + "–" + end + " " + exact + " in " + text);
        }
    }
}
