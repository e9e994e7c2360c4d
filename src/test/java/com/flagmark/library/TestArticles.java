package com.flagmark.library;

import com.flagmark.ingest.ImportStore.NewArticle;
import com.flagmark.ingest.ImportStore.NewFile;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import com.flagmark.model.StoryRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Articles built from the sample pages in shared/seeds, for the library's tests. */
final class TestArticles {

    private TestArticles() {
    }

    /** 大众日报: an editor's note, a dateline, two bylines, red and yellow flags and 约谈. */
    static Article flags() {
        return new Article(
                Optional.of("动起来 跑起来 干起来"),
                Optional.of("实干争春早 创新向未来"),
                Optional.of(ArticleDate.of(OffsetDateTime.of(2022, 2, 8, 9, 28, 12, 0,
                        ZoneOffset.ofHours(8)))),
                Optional.of("大众日报"),
                List.of(Author.of("张鹏", "记者"), Author.of("于志君", "通讯员"), Author.of("王磊", null)),
                Optional.of("https://dzrb.dzng.com/articleContent/1176_987011.html"),
                List.of(
                        new Block(BlockKind.EDITORS_NOTE, "■编者按实干争春早，创新向未来。春节假期结束，开工的第一天，"
                                + "我省各地鼓足干劲、真抓实干。"),
                        new Block(BlockKind.DATELINE, "本报潍坊讯"),
                        Block.heading("四级就业服务机构现场“解题”"),
                        Block.paragraph("三本台账，每月调度，每季度考核，先进的发红旗，后进的亮黄旗、"
                                + "市领导对主要负责人进行约谈；对于招商服务部门，每个部门年内搜集和联络有价值招商线索。"),
                        new Block(BlockKind.QUOTE, "“起步就是冲刺、开局就是决战”"),
                        new Block(BlockKind.CAPTION, "图为济南弗迪产业项目现场。"),
                        new Block(BlockKind.BYLINE, "□记者 张鹏 报道")),
                new StoryRef(2, 3));
    }

    /** 潍坊日报: projects with OLED and 5G; no kicker, a local date-time, story 1 of 1. */
    static Article projects() {
        return new Article(
                Optional.of("寒亭打响项目建设发令枪"),
                Optional.empty(),
                Optional.of(ArticleDate.of(LocalDateTime.of(2022, 2, 9, 7, 0, 0))),
                Optional.of("潍坊日报"),
                List.of(Author.of("张蓓", "本报记者")),
                Optional.empty(),
                List.of(
                        Block.paragraph("近日，潍坊市寒亭区(经济区)打响项目建设“发令枪”，对今年50个重点项目实行区级"
                                + "领导包靠，在全区范围内开展重点项目建设大比拼。"),
                        Block.paragraph("在这样的氛围下，寒亭区项目建设全面起势。在OLED盖板、潍坊大数据与5G新材料产业、"
                                + "中凯国际农产品云仓基地等重大项目现场，车辆往来、塔吊林立。"),
                        Block.paragraph("对进度滞后的项目亮“红牌”……")),
                StoryRef.SINGLE);
    }

    /** 金华: a photo story with only a date, no title, no authors. */
    static Article photoStory() {
        return new Article(Optional.empty(), Optional.empty(),
                Optional.of(ArticleDate.of(LocalDate.of(2022, 3, 1))), Optional.empty(), List.of(),
                Optional.empty(),
                List.of(new Block(BlockKind.CAPTION, "企业内，430多名员工各就各位，或装盒或封箱。")),
                StoryRef.SINGLE);
    }

    /** An article whose single paragraph is the given text. */
    static Article withBody(String title, String body) {
        return new Article(Optional.ofNullable(title), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), List.of(Block.paragraph(body)),
                StoryRef.SINGLE);
    }

    /** An article without a title whose paragraphs are the given texts, one block each. */
    static Article withParagraphs(String... paragraphs) {
        return new Article(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Arrays.stream(paragraphs).map(Block::paragraph).toList(), StoryRef.SINGLE);
    }

    /** A file holding the given articles, fingerprinted by their text. */
    static NewFile file(String path, Article... articles) {
        List<NewArticle> stored = Arrays.stream(articles)
                .map(article -> new NewArticle(article, fingerprint(article)))
                .toList();
        byte[] bytes = ("<html>" + path + stored.stream().map(a -> a.article().text()).toList() + "</html>")
                .getBytes(StandardCharsets.UTF_8);
        return new NewFile(path, bytes, sha256(bytes), "html", "UTF-8", stored);
    }

    static String fingerprint(Article article) {
        return sha256((article.title().orElse("") + "\n" + article.text()).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
