package com.flagmark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void fingerprintHashesTheTextWithoutWhiteSpaceAndWithFullWidthFormsFolded() {
        Article article = withParagraphs("项目 建设，\u3000推进", "ＡＢ１２。");

        assertThat(Fingerprint.of(article)).isEqualTo(sha256("项目建设,推进AB12。"));
    }

    @Test
    void aTextAlreadyFoldedHashesAsTheSameTextWrittenInFullWidthForms() {
        assertThat(Fingerprint.of(withParagraphs("项目建设,推进AB12。")))
                .isEqualTo(Fingerprint.of(withParagraphs("项目建设，推进ＡＢ１２。")))
                .isEqualTo(sha256("项目建设,推进AB12。"));
    }

    /** The white space nearest the characters kept without a look at the character tables, and those characters. */
    @Test
    void whiteSpaceAroundTheCharactersKeptPlainlyIsLeftOutAndTheyAreKept() {
        Article article = withParagraphs("甲\u2028乙\u3000丙\u001C丁!~、\uD7A3\uE000");

        assertThat(Fingerprint.of(article)).isEqualTo(sha256("甲乙丙丁!~、\uD7A3\uE000"));
    }

    @Test
    void charactersOutsideTheBasicPlaneAreHashedAsTheirFourBytes() {
        assertThat(Fingerprint.of(withParagraphs("𠮷野家 ü"))).isEqualTo(sha256("𠮷野家ü"));
    }

    @Test
    void aLoneSurrogateIsHashedAsAQuestionMarkAsJavaEncodesIt() {
        assertThat(Fingerprint.of(withParagraphs("a\uD800b"))).isEqualTo(sha256("a?b"));
    }

    @Test
    void everyCharacterAloneIsFoldedAsItsNfkcForm() {
        for (char unit = 0; unit < Character.MAX_VALUE; unit++) {
            Article article = withParagraphs(("甲" + unit + "乙").split("\n"));
            assertThat(Fingerprint.of(article)).as("U+%04X", (int) unit).isEqualTo(byNfkc(article.text()));
        }
    }

    @Test
    void aCharacterThatNfkcJoinsToTheOneBeforeIsFoldedWithIt() {
        for (String text : List.of("Ａ\u0301", "e\u0301", "か\u3099", "中\u302A", "……\u0301", "，\u0338", "‘\u0301")) {
            assertThat(Fingerprint.of(withParagraphs("新闻" + text + "。"))).as(text).isEqualTo(byNfkc("新闻" + text + "。"));
        }
    }

    @Test
    void theSampleArticlesAreFoldedAsTheirNfkcForms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.sorted().toList()) {
                Article article = withParagraphs(Files.readString(file, StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank()).toArray(String[]::new));
                assertThat(Fingerprint.of(article)).as(file.toString()).isEqualTo(byNfkc(article.text()));
            }
        }
    }

    /** The fingerprint as defined: the NFKC form, without white space, hashed as UTF-8. */
    private static String byNfkc(String text) {
        StringBuilder kept = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return sha256(kept.toString());
    }

    private static Article withParagraphs(String... paragraphs) {
        return new Article(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), List.of(paragraphs).stream().map(Block::paragraph).toList(), StoryRef.SINGLE);
    }

    private static String sha256(String text) {
        return Fingerprint.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
