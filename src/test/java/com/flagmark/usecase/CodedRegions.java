package com.flagmark.usecase;

import com.flagmark.annotate.Anchors;
import com.flagmark.library.ArticleSummary;
import com.flagmark.model.Anchor;
import com.flagmark.model.Code;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small library coded by hand for the analysis tests: six posts imported by the real importer,
 * their regions coded as suggestions code them (地区 with the division's code and level), their
 * measures and one outcome. Every count the tests expect was worked out from this table:
 *
 * <pre>
 * article  date        regions coded (division → prefecture, mentions)       measures coded
 * A1       2022-02-08  寒亭区 ×2 → 潍坊市, 历下区 ×1 → 济南市                  亮黄旗 亮旗评比 · 约谈 约谈问责 (4 apart)
 * A2       2022-02-20  奎文区 ×1 → 潍坊市, 历下区 ×2 → 济南市                  亮红旗 亮旗评比 · 约谈 约谈问责 (4 apart) · 观摩 观摩点评
 *                      and an outcome: 返岗率达到97% 复工复产 (返岗率, 97, %)
 * A3       2022-04-03  西湖区 ×1 → 杭州市, 杭州市 ×1 (a prefecture)            约谈 约谈问责 · 观摩 观摩点评
 * A4       no date     寒亭区 ×1 → 潍坊市                                    亮黄旗 亮旗评比
 * A5       2023-01-10  none                                                  亮红旗和约谈: one passage, 亮旗评比 and 约谈问责
 * A6       2022-04-15  奎文区 ×1 → 潍坊市, then 历下区 ×1 → 济南市 (a tie)      约谈 约谈问责 · 观摩 观摩点评
 * </pre>
 */
public final class CodedRegions {

    static final String A1 = "寒亭区召开动员大会。寒亭区亮黄旗。历下区约谈了三家企业。";
    static final String A2 = "奎文区亮红旗。历下区约谈企业。历下区开展观摩。返岗率达到97%。";
    static final String A3 = "西湖区约谈负责人。杭州市召开观摩会。";
    static final String A4 = "寒亭区对滞后单位亮黄旗两面。";
    static final String A5 = "亮红旗和约谈同时进行。";
    static final String A6 = "奎文区约谈企业。历下区组织观摩。";

    public final LibrarySession session;
    /** Article ids by the name of their constant: A1 to A6. */
    final Map<String, Long> articles = new HashMap<>();

    private CodedRegions(LibrarySession session) {
        this.session = session;
    }

    /** Imports the six posts into a new library in {@code folder} and codes them. */
    public static CodedRegions in(Path folder) throws IOException {
        Path posts = Files.createDirectories(folder.resolve("posts"));
        post(posts, "a1", "寒亭历下", "2022-02-08", A1);
        post(posts, "a2", "奎文历下", "2022-02-20", A2);
        post(posts, "a3", "西湖杭州", "2022-04-03", A3);
        post(posts, "a4", "寒亭无日期", null, A4);
        post(posts, "a5", "无地区", "2023-01-10", A5);
        post(posts, "a6", "奎文历下并列", "2022-04-15", A6);
        CodedRegions library = new CodedRegions(LibrarySession.open(folder.resolve("library.sqlite"), "tester"));
        library.session.importPath(posts, 1).run(Progress.NONE);
        Map<String, String> byTitle = Map.of("寒亭历下", "A1", "奎文历下", "A2", "西湖杭州", "A3", "寒亭无日期", "A4",
                "无地区", "A5", "奎文历下并列", "A6");
        for (ArticleSummary article : library.session.articles()) {
            library.articles.put(byTitle.get(article.title().orElseThrow()), article.id());
        }
        library.code();
        return library;
    }

    public long id(String article) {
        return articles.get(article);
    }

    long code(String path) {
        return session.codebook().resolve(path).map(Code::id).orElseThrow();
    }

    private void code() {
        region("A1", "寒亭区", 1, "370703");
        region("A1", "寒亭区", 2, "370703");
        region("A1", "历下区", 1, "370102");
        passage("A1", "亮黄旗", "措施/亮旗评比");
        passage("A1", "约谈", "措施/约谈问责");
        region("A2", "奎文区", 1, "370705");
        region("A2", "历下区", 1, "370102");
        region("A2", "历下区", 2, "370102");
        passage("A2", "亮红旗", "措施/亮旗评比");
        passage("A2", "约谈", "措施/约谈问责");
        passage("A2", "观摩", "措施/观摩点评");
        session.annotate(id("A2"), anchor("A2", "返岗率达到97%", 1), List.of(code("成效/复工复产")), "",
                Map.of("indicator", "返岗率", "value", "97", "unit", "%"));
        region("A3", "西湖区", 1, "330106");
        region("A3", "杭州市", 1, "330100");
        passage("A3", "约谈", "措施/约谈问责");
        passage("A3", "观摩", "措施/观摩点评");
        region("A4", "寒亭区", 1, "370703");
        passage("A4", "亮黄旗", "措施/亮旗评比");
        session.annotate(id("A5"), anchor("A5", "亮红旗和约谈", 1),
                List.of(code("措施/亮旗评比"), code("措施/约谈问责")), "", Map.of());
        region("A6", "奎文区", 1, "370705");
        region("A6", "历下区", 1, "370102");
        passage("A6", "约谈", "措施/约谈问责");
        passage("A6", "观摩", "措施/观摩点评");
    }

    private void region(String article, String name, int occurrence, String division) {
        String level = division.endsWith("00") ? "prefecture" : "county";
        session.annotate(id(article), anchor(article, name, occurrence), List.of(code("地区")), "",
                Map.of("gazetteer", division, "level", level));
    }

    private void passage(String article, String exact, String code) {
        session.annotate(id(article), anchor(article, exact, 1), List.of(code(code)), "", Map.of());
    }

    /** The anchor of the {@code occurrence}-th place (from 1) {@code exact} stands in the article's text. */
    private Anchor anchor(String article, String exact, int occurrence) {
        String text = session.article(id(article)).orElseThrow().article().text();
        int at = -1;
        for (int seen = 0; seen < occurrence; seen++) {
            at = text.indexOf(exact, at + 1);
        }
        int start = text.codePointCount(0, at);
        return Anchors.of(text, start, start + exact.codePointCount(0, exact.length()));
    }

    private static void post(Path folder, String name, String title, String date, String body) throws IOException {
        String front = "---\ntitle: \"" + title + "\"\n" + (date == null ? "" : "date: " + date + "\n") + "---\n";
        Files.writeString(folder.resolve(name + ".md"), front + "<p>" + body + "</p>\n", StandardCharsets.UTF_8);
    }
}
