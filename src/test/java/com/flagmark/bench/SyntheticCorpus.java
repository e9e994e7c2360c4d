package com.flagmark.bench;

import com.flagmark.ingest.IngestResult;
import com.flagmark.ingest.Ingester;
import com.flagmark.model.Article;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds a corpus of synthetic articles from the real ones: paragraphs, headings and titles read
 * from the sample articles and {@code ../shared/corpus}, recombined with a seeded random source
 * into files of the kinds users collect: Jekyll posts with HTML bodies, plain text with a header
 * line, e-paper pages of several stories, GBK web pages with site chrome. Lengths follow the real
 * articles: mostly 1,000–4,000 characters, some short wire items, a few long features.
 */
public final class SyntheticCorpus {

    private static final String[] SOURCES = {"大众日报", "菏泽日报", "潍坊日报", "金华日报", "烟台日报", "浙江日报",
        "湖北日报", "山西日报", "中山日报", "南方日报"};
    private static final String[] PLACES = {"潍坊", "寒亭", "诸城", "寿光", "安丘", "青州", "奎文", "金华", "义乌", "东阳"};
    private static final String[] NAMES = {"张蓓", "都镇强", "石如宽", "于志君", "李华", "王明", "赵一", "孙光辉"};

    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final Random random;

    private SyntheticCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Reads the real articles under the given folders as material. */
    public static SyntheticCorpus from(long seed, Path... folders) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(seed);
        Ingester ingester = new Ingester(HanlpSegmenter.get());
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (ingester.read(file.toString(), Files.readAllBytes(file)) instanceof IngestResult.Articles read) {
                        read.articles().forEach(corpus::learn);
                    }
                }
            }
        }
        return corpus;
    }

    int paragraphCount() {
        return paragraphs.size();
    }

    private void learn(Article article) {
        article.title().ifPresent(titles::add);
        for (Block block : article.blocks()) {
            if (block.kind() == BlockKind.PARAGRAPH && block.text().length() >= 20) {
                paragraphs.add(block.text());
            } else if (block.kind() == BlockKind.HEADING && block.text().length() <= 20) {
                headings.add(block.text());
            }
        }
    }

    /** Writes {@code count} articles into {@code folder} (in subfolders of 1,000) and returns the bytes written. */
    public long write(Path folder, int count) {
        long bytes = 0;
        int written = 0;
        int file = 0;
        while (written < count) {
            Path shard = folder.resolve(String.format("%04d", file / 1000));
            int kind = random.nextInt(100);
            int stories = kind < 10 ? Math.min(count - written, 3 + random.nextInt(4)) : 1;
            byte[] content = kind < 10 ? ePaperPage(stories) : kind < 55 ? post() : kind < 90 ? plainText() : webPage();
            String extension = kind < 10 || (kind >= 55 && kind < 90) ? "txt" : kind < 55 ? "md" : "html";
            bytes += save(shard.resolve(String.format("%07d.%s", file, extension)), content);
            written += stories;
            file++;
        }
        return bytes;
    }

    private byte[] post() {
        StringBuilder text = new StringBuilder("---\nlayout: post\ntitle: \"").append(title().replace("\"", "'"))
                .append("\"\ndate: ").append(date()).append(" 09:").append(two(random.nextInt(60))).append(":")
                .append(two(random.nextInt(60))).append(" +0800\ncategories: news\ntags: ").append(source())
                .append("新闻\n---\n");
        for (String line : body()) {
            text.append(" <p>").append(line).append("</p>\n");
        }
        text.append("<p class=\"em_media\">（文章来源：").append(source()).append("）</p>\n\n")
                .append("[返回新闻](//example.com/news/)｜[返回首页](//example.com/)\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] plainText() {
        StringBuilder text = new StringBuilder("您当前的位置:首页新闻正文\n\n").append(title()).append("\n\n")
                .append(date()).append(" 10:").append(two(random.nextInt(60))).append(":00 ").append(source())
                .append("\n\n");
        for (String line : body()) {
            text.append(line).append("\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] ePaperPage(int stories) {
        StringBuilder text = new StringBuilder("\n\n");
        for (int story = 0; story < stories; story++) {
            text.append(title()).append("\n\n□记者 ").append(pick(NAMES)).append(" 报道\n\n本报").append(pick(PLACES))
                    .append("讯 ");
            List<String> lines = body();
            for (String line : lines.subList(0, Math.max(1, lines.size() / 3))) {
                text.append(line).append("\n\n");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] webPage() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>")
                .append(title()).append("_").append(source()).append("</title><script>var a=1;</script></head><body>")
                .append("<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/news\">新闻</a> | <a href=\"/gov\">政务</a></div>")
                .append("<div class=\"crumb\">当前位置：首页 &gt; 新闻 &gt; 正文</div><div class=\"article\"><h1>")
                .append(title()).append("</h1><div class=\"info\">发布时间：").append(date()).append(" 来源：")
                .append(source()).append("</div><div class=\"content\">");
        for (String line : body()) {
            html.append("<p>").append(line).append("</p>");
        }
        html.append("</div></div><div class=\"footer\">版权所有 © 2023 某某网 All Rights Reserved</div></body></html>");
        return html.toString().getBytes(Charset.forName("GBK"));
    }

    /** A body of realistic length: mostly 1,000–4,000 characters, some short items, a few long features. */
    private List<String> body() {
        int roll = random.nextInt(100);
        int target = roll < 15 ? 150 + random.nextInt(350) : roll < 90 ? 1000 + random.nextInt(3000) : 5000 + random.nextInt(7000);
        List<String> lines = new ArrayList<>();
        int length = 0;
        while (length < target) {
            String line = random.nextInt(8) == 0 && !headings.isEmpty() ? pick(headings) : pick(paragraphs);
            lines.add(line);
            length += line.length();
        }
        // A figure of its own at the top keeps every synthetic article distinct, as real ones are.
        lines.add(0, "截至" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日，全市已有"
                + random.nextInt(100000) + "个项目开工，完成投资" + random.nextInt(100000) + "万元。");
        return lines;
    }

    private String title() {
        String base = pick(titles);
        return random.nextBoolean() ? base : pick(PLACES) + base.substring(0, Math.min(base.length(), 10 + random.nextInt(10)));
    }

    private String date() {
        return LocalDate.of(2021, 1, 1).plusDays(random.nextInt(3 * 365)).toString();
    }

    private String source() {
        return pick(SOURCES);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }

    private static String two(int number) {
        return String.format("%02d", number);
    }

    private static long save(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return content.length;
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
