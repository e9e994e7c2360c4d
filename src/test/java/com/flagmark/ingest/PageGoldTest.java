package com.flagmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the hand-made gold for real web pages ({@code src/test/resources/pages/gold}, rules in its
 * README): every page of the corpus's web-page folders has a gold file, each file has the agreed
 * fields and roles, names a page of the shared corpus ({@code flagmark.corpus}), and copies its
 * headline and body paragraphs from that page's text. The page is decoded and stripped of tags here without the
 * importer, so the gold is checked against the page and not against the code it will measure.
 */
@Tag("corpus")
class PageGoldTest {

    private static final Path GOLD = Path.of("src/test/resources/pages/gold");
    /** The folders of real web pages, each of whose pages has gold. */
    private static final List<String> PAGE_FOLDERS = List.of("html", "html2");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KINDS = Set.of("article", "list", "error", "other");
    private static final Set<String> ROLES = Set.of("reporter", "correspondent", "author", "editor", "photographer",
            "compiler");
    private static final int DATE_ONLY_LENGTH = "2011-03-02".length();
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");

    /** One page's gold, as the README describes it; unknown fields fail the parse. */
    record PageGold(String file, String kind, String title, String date, List<Credit> authors, String source,
            List<String> body, String remark) {
    }

    /** A person credited on the page, with the role the page gives. */
    record Credit(String name, String role) {
    }

    static Stream<String> pageFolders() {
        return PAGE_FOLDERS.stream();
    }

    static Stream<Path> golds() throws IOException {
        try (Stream<Path> files = Files.list(GOLD)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageFolders")
    void everyPageOfTheFolderHasGold(String folder) throws IOException {
        try (Stream<Path> pages = Files.list(corpus().resolve(folder))) {
            assertThat(pages.map(page -> GOLD.resolve(withoutExtension(page) + ".json")))
                    .isNotEmpty().allSatisfy(gold -> assertThat(gold).isRegularFile());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void goldHasTheAgreedFieldsAndRoles(Path goldFile) throws IOException {
        PageGold gold = read(goldFile);

        assertThat(withoutExtension(Path.of(gold.file()))).isEqualTo(withoutExtension(goldFile));
        assertThat(gold.kind()).isIn(KINDS);
        assertThat(gold.title()).isNotBlank();
        if (gold.date() != null) {
            assertThat(isIsoDate(gold.date())).as("ISO 8601 date %s", gold.date()).isTrue();
        }
        assertThat(gold.authors()).isNotNull().allSatisfy(credit -> {
            assertThat(credit.name()).isNotBlank();
            assertThat(credit.role()).isIn(ROLES);
        });
        if (gold.source() != null) {
            assertThat(gold.source()).isNotBlank().doesNotContain("来源");
        }
        assertThat(gold.body()).isNotEmpty().allSatisfy(paragraph -> assertThat(paragraph).isNotBlank());
        assertThat(gold.remark()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void goldNamesAPageOfTheCorpus(Path goldFile) throws IOException {
        assertThat(corpus().resolve(read(goldFile).file())).isRegularFile();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void titleIsOnThePage(Path goldFile) throws IOException {
        PageGold gold = read(goldFile);

        assertThat(visibleText(gold.file())).contains(withoutWhitespace(gold.title()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void everyBodyParagraphIsOnThePage(Path goldFile) throws IOException {
        PageGold gold = read(goldFile);
        String page = visibleText(gold.file());

        assertThat(gold.body()).allSatisfy(paragraph -> assertThat(page).contains(withoutWhitespace(paragraph)));
    }

    private static PageGold read(Path goldFile) throws IOException {
        return JSON.readValue(goldFile.toFile(), PageGold.class);
    }

    private static Path corpus() {
        String corpus = System.getProperty("flagmark.corpus");
        assertThat(corpus).as("system property flagmark.corpus").isNotBlank();
        return Path.of(corpus);
    }

    /** The page's text as a browser shows it, without tags, scripts, styles, comments or whitespace. */
    private static String visibleText(String file) throws IOException {
        return withoutWhitespace(Jsoup.parse(decode(Files.readAllBytes(corpus().resolve(file)))).text());
    }

    /**
     * Valid UTF-8 is read as such, whatever the page declares (several pages declare GB2312 over UTF-8
     * bytes); anything else is GBK's superset GB18030, the other encoding of the development set.
     */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** Whitespace inside a paragraph does not count, including no-break and ideographic spaces. */
    private static String withoutWhitespace(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** A calendar date, or a date and time to the minute or second, as the README allows. */
    private static boolean isIsoDate(String date) {
        try {
            if (DATE_TIME.matcher(date).matches()) {
                LocalDateTime.parse(date);
                return true;
            }
            return date.length() == DATE_ONLY_LENGTH && LocalDate.parse(date).toString().equals(date);
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static String withoutExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
