package com.flagmark.nlp.figure;

import com.flagmark.nlp.SegmentedText;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the words that name what a figure measures. Before a figure, the indicator is what
 * stands between the last date or earlier figure of its clause and the number, without the
 * words that only lead in (其中, 全市) or link to the number (达, 约): 截至2月20日省外劳动力返金数量
 * 3351790人 gives 省外劳动力返金数量. After a count (2332家重点企业), it is the thing counted.
 */
final class Indicators {

    /** A span of UTF-16 indices; empty where it holds no word. */
    record Span(int start, int end) {

        boolean isEmpty() {
            return end <= start;
        }
    }

    private static final Set<String> LEADING = Set.of("其中", "共", "共有", "另有", "全市", "全省", "全县", "全区",
            "全国", "我市", "我省", "我县", "我区", "该市", "该区", "该县", "该省", "该公司", "已", "已经", "均", "都",
            "并", "同时", "此外", "另外", "而", "对", "为", "在", "将", "还", "也", "就", "有", "加快", "推动", "推进",
            "实现", "吸引", "带动", "即", "这", "这是", "是", "的", "和", "及", "与", "其", "可", "预计", "力争",
            "计划", "争取", "确保", "涵盖", "包括");
    private static final Set<String> LINKING = Set.of("达", "达到", "为", "是", "有", "至", "到", "约", "大约", "近",
            "将近", "接近", "超", "超过", "逾", "突破", "不少于", "不低于", "不超过", "不到", "不足", "共", "共计",
            "计", "合计", "累计", "已", "已达", "已经", "已达到", "高达", "多达", "仅", "就", "了", "的", "提高到",
            "增至", "降至", "分别", "分别为", "均", "都", "共有", "总计", "约为", "占");
    private static final Set<String> PREDICATES = Set.of("实现", "提供", "开展", "参加", "参与", "完成", "达", "达到",
            "搭乘", "踏上", "前来", "观看", "顺利", "已", "已经", "将", "均", "都", "全部", "共", "实行", "获得",
            "进行", "恢复", "落户", "入驻", "成立", "被", "在", "于", "从", "向", "和", "的", "通过", "正在", "陆续",
            "可", "能", "要", "应", "计划", "力争", "预计", "争取");
    private static final int LONGEST_COUNTED = 12;
    private static final int LONGEST = 16;

    private Indicators() {
    }

    /**
     * Returns the indicator among the words between {@code from} and {@code to}, after the last
     * date there: before a number, or after a figure that points forward (100%——这是截至2月17日
     * 义乌规上工业企业的开复工率).
     */
    static Span between(SegmentedText words, int from, int to) {
        return trimmed(words, AsOfReader.afterLastDate(words.text(), from, to), to);
    }

    /**
     * Returns the thing a count counts: the words from {@code from} up to the first that begins
     * a predicate or is a cue word of an outcome (2332家重点企业开复工率 gives 重点企业).
     */
    static Span counted(SegmentedText words, int from, int to, Predicate<String> isOutcomeCue) {
        int end = from;
        for (int i = words.firstWordFrom(from); i < words.words().size() && words.charEnd(i) <= to; i++) {
            String word = words.words().get(i).text();
            if (isPunctuation(word) || PREDICATES.contains(word) || isOutcomeCue.test(word)
                    || AsOfReader.isDateOrTime(word) || words.charEnd(i) - from > LONGEST_COUNTED) {
                break;
            }
            end = words.charEnd(i);
        }
        return new Span(from, end);
    }

    private static Span trimmed(SegmentedText words, int from, int to) {
        int first = words.firstWordFrom(from);
        int last = words.firstWordFrom(to) - 1;
        while (first <= last && (LEADING.contains(text(words, first)) || isPunctuation(text(words, first)))) {
            first++;
        }
        while (last >= first && (LINKING.contains(text(words, last)) || isPunctuation(text(words, last)))) {
            last--;
        }
        // A long run of words before a figure is mostly its sentence's subject and verbs; the
        // words nearest to the number name it.
        while (first < last && words.charEnd(last) - words.charStart(first) > LONGEST) {
            first++;
        }
        while (first < last && isPunctuation(text(words, first))) {
            first++;
        }
        // A space in Chinese text parts a headline's phrases or a page's chrome from the sentence.
        for (int i = last - 1; i > first; i--) {
            if (text(words, i).isBlank()) {
                first = i + 1;
                break;
            }
        }
        return first > last ? new Span(to, to) : new Span(words.charStart(first), words.charEnd(last));
    }

    private static String text(SegmentedText words, int index) {
        return words.words().get(index).text();
    }

    private static boolean isPunctuation(String word) {
        return word.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
