package com.flagmark.bench;

import com.flagmark.ingest.IngestResult;
import com.flagmark.ingest.Ingester;
import com.flagmark.model.Article;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.nlp.region.Division;
import com.flagmark.nlp.region.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The hand-made gold for suggestions ({@code src/test/resources/suggest/gold.yaml}), each story
 * paired with the article the importer reads from its file, as {@code SuggestGoldTest} pairs them.
 */
final class SuggestGold {

    /** A region of a story: one code, or the candidates the text leaves open. */
    record Region(String name, Optional<String> code, List<String> candidates, Optional<String> statisticalCode,
            String level, List<String> forms) {
    }

    /** An outcome of a story, located by its figure as written (and the characters before it). */
    record Outcome(String exact, String context, String code, String indicator, BigDecimal value, String unit,
            Optional<LocalDate> asOf, boolean target) {
    }

    /** A story, its article and what the gold says of it. */
    record Story(String file, int story, Article article, Optional<Division> sourceProvince, List<Region> regions,
            List<String> notRegions, List<String> measures, List<Outcome> outcomes, int judgedFrom) {

        boolean seed() {
            return file.startsWith("seeds/");
        }

        String name() {
            return file.substring(file.lastIndexOf('/') + 1) + " #" + story;
        }
    }

    private SuggestGold() {
    }

    /**
     * Reads the gold and the articles it names: {@code seeds/…} under the project, {@code corpus/…}
     * under {@code shared}.
     */
    static List<Story> read(Path shared) throws IOException {
        Ingester ingester = new Ingester(HanlpSegmenter.get());
        Gazetteer gazetteer = Gazetteer.shared();
        List<Story> stories = new ArrayList<>();
        for (Map<String, Object> entry : entries()) {
            String file = (String) entry.get("file");
            Path path = file.startsWith("seeds/") ? Path.of(file) : shared.resolve(file);
            int story = (Integer) entry.get("story");
            Optional<Division> province = Optional.ofNullable((String) entry.get("sourceProvince"))
                    .flatMap(gazetteer::division);
            Article article = article(ingester, path, story);
            stories.add(new Story(file, story, article, province,
                    maps(entry, "regions").stream().map(SuggestGold::region).toList(), strings(entry, "notRegions"),
                    strings(entry, "measures"), maps(entry, "outcomes").stream().map(SuggestGold::outcome).toList(),
                    judgedFrom(article, Optional.ofNullable((String) entry.get("title")))));
        }
        return stories;
    }

    /**
     * Where the judged text starts, in code points: after the breadcrumb, headline and 发布时间 lines
     * that a fragment page without a title keeps in its text (the gold's header: page chrome, not
     * judged), else at the start.
     */
    private static int judgedFrom(Article article, Optional<String> goldTitle) {
        String text = article.text();
        if (article.title().isPresent() || goldTitle.isEmpty() || !text.contains(goldTitle.get())) {
            return 0;
        }
        int end = text.indexOf('\n', text.indexOf(goldTitle.get()));
        end = end < 0 ? text.length() : end + 1;
        while (end < text.length() && text.startsWith("发布时间", end)) {
            int next = text.indexOf('\n', end);
            end = next < 0 ? text.length() : next + 1;
        }
        return text.codePointCount(0, end);
    }

    private static Article article(Ingester ingester, Path path, int story) throws IOException {
        IngestResult result = ingester.read(path.getFileName().toString(), Files.readAllBytes(path));
        if (!(result instanceof IngestResult.Articles read) || read.articles().size() < story) {
            throw new IllegalStateException("The gold names story " + story + " of " + path + ", which is not read");
        }
        return read.articles().get(story - 1);
    }

    private static Region region(Map<String, Object> region) {
        return new Region((String) region.get("name"), Optional.ofNullable((String) region.get("code")),
                strings(region, "candidates"), Optional.ofNullable((String) region.get("statisticalCode")),
                (String) region.get("level"), strings(region, "forms"));
    }

    private static Outcome outcome(Map<String, Object> outcome) {
        Optional<LocalDate> asOf = Optional.ofNullable((Date) outcome.get("asOf"))
                .map(date -> date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        return new Outcome((String) outcome.get("exact"), (String) outcome.getOrDefault("context", ""),
                (String) outcome.get("code"), (String) outcome.get("indicator"),
                new BigDecimal(String.valueOf(outcome.get("value"))), (String) outcome.get("unit"), asOf,
                (Boolean) outcome.get("target"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries() {
        try (InputStream in = SuggestGold.class.getResourceAsStream("/suggest/gold.yaml")) {
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return (List<Map<String, Object>>) document.get("articles");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> map, String key) {
        return (List<String>) map.getOrDefault(key, List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.getOrDefault(key, List.of());
    }
}
