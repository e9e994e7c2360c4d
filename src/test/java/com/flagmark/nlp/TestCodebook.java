package com.flagmark.nlp;

import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
import com.flagmark.model.Block;
import com.flagmark.model.Code;
import com.flagmark.model.StoryRef;
import com.flagmark.nlp.cue.CueLexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small codebook written for the finders' tests, after the default one: measures and outcomes
 * with some of their cue words, and articles made of blocks.
 */
public final class TestCodebook {

    private static final List<AttributeDefinition> FIGURE = List.of(
            new AttributeDefinition("indicator", "指标", "Indicator", AttributeType.TEXT, List.of()),
            new AttributeDefinition("value", "数值", "Value", AttributeType.NUMBER, List.of()),
            new AttributeDefinition("unit", "单位", "Unit", AttributeType.TEXT, List.of()),
            new AttributeDefinition("asOf", "截至", "As of", AttributeType.DATE, List.of()));

    private TestCodebook() {
    }

    /** Returns the codes: categories 措施 and 成效 with their codes and cue words. */
    public static List<Code> codes() {
        List<Code> codes = new ArrayList<>();
        codes.add(category(1, "措施", List.of()));
        codes.add(code(2, 1, "亮旗评比", "红旗", "黄旗", "亮红黄旗", "亮黄旗", "颁发红旗"));
        codes.add(code(3, 1, "约谈问责", "约谈", "问责", "督办"));
        codes.add(code(4, 1, "工作专班", "专班", "工作专班"));
        codes.add(code(5, 1, "集中开工", "集中开工", "开门红", "攻坚年", "动员大会"));
        codes.add(code(6, 1, "考核排名", "考核", "排名"));
        codes.add(code(7, 1, "台账调度", "台账", "调度", "每周梳理", "半月调度", "每月通报", "一周一通报"));
        codes.add(code(8, 1, "观摩点评", "观摩", "点评"));
        codes.add(code(9, 1, "蓝黄红督导", "蓝牌", "黄牌", "红牌"));
        codes.add(category(10, "成效", FIGURE));
        codes.add(code(11, 10, "复工复产", "返岗率", "开复工率", "复工率", "到岗"));
        codes.add(code(12, 10, "投资", "总投资", "完成投资", "亿元"));
        codes.add(code(13, 10, "项目进展", "开工", "投产", "签约"));
        codes.add(code(14, 10, "就业", "岗位", "求职", "就业意向", "用工"));
        codes.add(code(15, 10, "产值增长", "产值", "同比增长", "增幅"));
        codes.add(code(16, 10, "企业", "规上企业", "纳规"));
        return codes;
    }

    /** Returns the lexicon of {@link #codes()}. */
    public static CueLexicon lexicon() {
        return CueLexicon.of(codes());
    }

    /** Returns a codable code under {@code parent} with these cue words. */
    public static Code code(long id, long parent, String name, String... cues) {
        return new Code(id, Optional.of(parent), name, name, "#336699", Optional.empty(), "", true, List.of(),
                List.of(cues), (int) id);
    }

    private static Code category(long id, String name, List<AttributeDefinition> attributes) {
        return new Code(id, Optional.empty(), name, name, "#336699", Optional.empty(), "", false, attributes,
                List.of(), (int) id);
    }

    /** Returns an undated article without a title made of these blocks. */
    public static Article article(Block... blocks) {
        return article(Optional.empty(), Optional.empty(), blocks);
    }

    /** Returns an article with a title and a date. */
    public static Article article(Optional<String> title, Optional<LocalDate> date, Block... blocks) {
        return new Article(title, Optional.empty(), date.map(ArticleDate::of), Optional.empty(), List.of(),
                Optional.empty(), List.of(blocks), StoryRef.SINGLE);
    }
}
