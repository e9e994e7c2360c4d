package com.flagmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.IngestResult;
import com.flagmark.ingest.Ingester;
import com.flagmark.model.Article;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the shape of the hand-made gold for suggestions ({@code suggest/gold.yaml}) against the
 * articles as Flagmark reads them: each entry pairs with the story it names; region codes and
 * levels are well formed; every form stands in the text outside the notRegions strings and the
 * longer forms that hold it; every outcome figure occurs once (with its context) and its value
 * and unit agree with it; measures and outcomes use the default codebook's codes. Whether the
 * judgements are right is for a reader of the articles to say.
 */
class SuggestGoldTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Ingester INGESTER = new Ingester(HanlpSegmenter.get());
    private static final Set<String> LEVELS = Set.of("province", "prefecture", "county", "township", "zone");
    private static final Set<String> ARTICLE_KEYS = Set.of("file", "story", "title", "sourceProvince", "regions",
            "notRegions", "measures", "outcomes", "remark");
    private static final Set<String> REGION_KEYS = Set.of("name", "code", "candidates", "level", "forms",
            "statisticalCode");
    private static final Set<String> OUTCOME_KEYS = Set.of("exact", "context", "code", "indicator", "value",
            "valueTo", "unit", "asOf", "target");
    /** A figure's number, and the upper end of a range (2-3个, 200亿～300亿元). */
    private static final Pattern NUMBER = Pattern.compile(
            "^([0-9]+(?:\\.[0-9]+)?)(?:[亿万千百]*[-~～－]([0-9]+(?:\\.[0-9]+)?))?");
    private static final List<Map<String, Object>> GOLD = load("/suggest/gold.yaml");
    private static final List<Map<String, Object>> CODEBOOK = load("/com/flagmark/library/codebook-default.yaml");

    static Stream<Named<Map<String, Object>>> seedStories() {
        return entries("seeds/").map(entry -> Named.of(file(entry) + " #" + entry.get("story"), entry));
    }

    static Stream<Named<Map<String, Object>>> corpusArticles() {
        return entries("corpus/").map(entry -> Named.of(file(entry), entry));
    }

    @Test
    void goldCoversEveryStoryOfTheSeedsOnce() throws IOException {
        List<String> expected;
        try (Stream<Path> files = Files.list(SEEDS)) {
            expected = files.flatMap(SuggestGoldTest::storyKeys).toList();
        }
        List<String> covered = entries("seeds/").map(entry -> file(entry) + "#" + entry.get("story")).toList();

        assertThat(covered).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void goldHoldsTwentyCorpusArticlesOrMoreEachOnce() {
        assertThat(entries("corpus/").map(SuggestGoldTest::file).toList()).doesNotHaveDuplicates()
                .hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedStories")
    void seedStoryHoldsWhatItsGoldNames(Map<String, Object> entry) throws IOException {
        checkAgainstText(entry, Path.of(file(entry)));
    }

    @Tag("corpus")
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusArticles")
    void corpusArticleHoldsWhatItsGoldNames(Map<String, Object> entry) throws IOException {
        Path shared = Path.of(System.getProperty("flagmark.corpus")).getParent();
        checkAgainstText(entry, shared.resolve(file(entry)));
    }

    private static void checkAgainstText(Map<String, Object> entry, Path input) throws IOException {
        assertThat(entry.keySet()).isSubsetOf(ARTICLE_KEYS);
        Article article = story(input, (Integer) entry.get("story"));
        String text = article.text();
        checkTitle(entry, article);
        if (entry.containsKey("sourceProvince")) {
            assertThat((String) entry.get("sourceProvince")).matches("[1-8][0-9]0000");
        }
        List<String> notRegions = list(entry, "notRegions");
        assertThat(notRegions).allSatisfy(string -> assertThat(text).contains(string));
        List<Map<String, Object>> regions = maps(entry, "regions");
        List<String> allForms = regions.stream().flatMap(region -> list(region, "forms").stream()).toList();
        for (Map<String, Object> region : regions) {
            assertThat(region.keySet()).isSubsetOf(REGION_KEYS).contains("name", "level", "forms");
            checkCodes(region);
            checkForms(region, text, notRegions, allForms);
        }
        assertThat(list(entry, "measures")).doesNotHaveDuplicates().isSubsetOf(codebookCodes("措施"));
        for (Map<String, Object> outcome : maps(entry, "outcomes")) {
            checkOutcome(outcome, text);
        }
    }

    /** A headline that Flagmark keeps in the text of a fragment page stands for the title it lacks. */
    private static void checkTitle(Map<String, Object> entry, Article article) {
        Object title = entry.get("title");
        if (title == null || article.title().isPresent()) {
            assertThat(article.title()).as("title").isEqualTo(Optional.ofNullable(title));
        } else {
            assertThat(article.text()).as("headline kept in the text").contains((String) title);
        }
    }

    /** One code, or two candidates or more where the text leaves a name ambiguous; all fit the level. */
    private static void checkCodes(Map<String, Object> region) {
        String level = (String) region.get("level");
        assertThat(level).isIn(LEVELS);
        boolean ambiguous = region.containsKey("candidates");
        assertThat(region.containsKey("code")).as("code or candidates of %s", region.get("name"))
                .isNotEqualTo(ambiguous);
        List<String> codes = ambiguous ? list(region, "candidates") : List.of((String) region.get("code"));
        assertThat(codes).as("codes of %s", region.get("name")).hasSizeGreaterThan(ambiguous ? 1 : 0)
                .doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).matches(codePattern(level)));
        if (region.containsKey("statisticalCode")) {
            assertThat(level).isEqualTo("zone");
            assertThat((String) region.get("statisticalCode")).matches("[0-9]{6}|[0-9]{9}|[0-9]{12}");
        }
    }

    private static String codePattern(String level) {
        return switch (level) {
            case "province" -> "[1-8][0-9]0000";
            case "prefecture" -> "[1-8][0-9](?!00)[0-9]{2}00";
            case "county" -> "[1-8][0-9]{3}(?!00)[0-9]{2}";
            case "township" -> "[1-8][0-9]{3}(?!00)[0-9]{2}[0-9]{3}([0-9]{3})?";
            default -> "[1-8][0-9]{5}([0-9]{3})?";
        };
    }

    /** Every form stands on its own somewhere, and the region's own name, where the text uses it, is a form. */
    private static void checkForms(Map<String, Object> region, String text, List<String> notRegions,
            List<String> allForms) {
        List<String> forms = list(region, "forms");
        assertThat(forms).isNotEmpty().doesNotHaveDuplicates();
        for (String form : forms) {
            assertThat(mask(text, around(form, notRegions, allForms)))
                    .as("form %s of %s", form, region.get("name")).contains(form);
        }
        String name = (String) region.get("name");
        if (mask(text, around(name, notRegions, allForms)).contains(name)) {
            assertThat(forms).as("forms of %s, whose name the text uses", name).contains(name);
        }
    }

    private static void checkOutcome(Map<String, Object> outcome, String text) {
        assertThat(outcome.keySet()).isSubsetOf(OUTCOME_KEYS)
                .contains("exact", "code", "indicator", "value", "unit", "target");
        String exact = (String) outcome.get("exact");
        String context = (String) outcome.getOrDefault("context", "");
        assertThat(occurrences(text, context + exact)).as("occurrences of %s%s", context, exact).isEqualTo(1);
        assertThat((String) outcome.get("code")).isIn(codebookCodes("成效"));
        assertThat((String) outcome.get("indicator")).isNotBlank();
        assertThat(outcome.get("target")).isInstanceOf(Boolean.class);
        if (outcome.containsKey("asOf")) {
            assertThat(outcome.get("asOf")).as("asOf of %s", exact).isInstanceOf(Date.class);
        }
        String unit = (String) outcome.get("unit");
        assertThat(exact.replaceAll("(?<=[0-9０-９万千百亿])[余多]", "")).as("unit of %s", exact).endsWith(unit);
        Matcher number = NUMBER.matcher(halfWidth(exact));
        if (number.find()) {
            assertThat(new BigDecimal(String.valueOf(outcome.get("value"))))
                    .as("value of %s", exact).isEqualByComparingTo(number.group(1));
            if (number.group(2) != null) {
                assertThat(new BigDecimal(String.valueOf(outcome.get("valueTo"))))
                        .as("valueTo of %s", exact).isEqualByComparingTo(number.group(2));
            }
        }
    }

    /** Full-width digits and points (３．２６) as ASCII, for reading a figure's number. */
    private static String halfWidth(String figure) {
        StringBuilder ascii = new StringBuilder();
        figure.codePoints().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c == '．' ? '.' : c)
                .forEach(ascii::appendCodePoint);
        return ascii.toString();
    }

    private static Article story(Path input, int story) throws IOException {
        List<Article> articles = articles(input);
        assertThat(story).as("story of %s", input).isBetween(1, articles.size());
        return articles.get(story - 1);
    }

    private static List<Article> articles(Path input) throws IOException {
        IngestResult result = INGESTER.read(input.getFileName().toString(), Files.readAllBytes(input));
        assertThat(result).as("reading %s", input).isInstanceOf(IngestResult.Articles.class);
        return ((IngestResult.Articles) result).articles();
    }

    private static Stream<String> storyKeys(Path seed) {
        try {
            int count = articles(seed).size();
            return Stream.iterate(1, story -> story + 1).limit(count)
                    .map(story -> "seeds/" + seed.getFileName() + "#" + story);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a form must stand outside of: the notRegions strings and the longer forms that hold it. */
    private static List<String> around(String form, List<String> notRegions, List<String> allForms) {
        Stream<String> longer = allForms.stream()
                .filter(other -> other.length() > form.length() && other.contains(form));
        return Stream.concat(notRegions.stream(), longer).toList();
    }

    /** The text with every occurrence of the given strings blanked out, longest first. */
    private static String mask(String text, List<String> strings) {
        String masked = text;
        for (String string : strings.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            masked = masked.replace(string, "\u0000".repeat(string.length()));
        }
        return masked;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** The names of the default codebook's codes under {@code root}. */
    @SuppressWarnings("unchecked")
    private static Set<String> codebookCodes(String root) {
        return CODEBOOK.stream().filter(code -> root.equals(code.get("name")))
                .flatMap(code -> ((List<Map<String, Object>>) code.get("children")).stream())
                .map(code -> (String) code.get("name")).collect(Collectors.toSet());
    }

    private static Stream<Map<String, Object>> entries(String folder) {
        return GOLD.stream().filter(entry -> file(entry).startsWith(folder));
    }

    private static String file(Map<String, Object> entry) {
        return (String) entry.get("file");
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> map, String key) {
        return (List<String>) map.getOrDefault(key, List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.getOrDefault(key, List.of());
    }

    /** A YAML resource's list: the gold's {@code articles}, or the codebook's roots. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load(String resource) {
        try (InputStream in = SuggestGoldTest.class.getResourceAsStream(resource)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (document instanceof Map<?, ?> map) {
                return (List<Map<String, Object>>) map.get("articles");
            }
            return (List<Map<String, Object>>) document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
