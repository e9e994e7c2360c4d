package com.flagmark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
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

    private static Article withParagraphs(String... paragraphs) {
        return new Article(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), List.of(paragraphs).stream().map(Block::paragraph).toList(), StoryRef.SINGLE);
    }

    private static String sha256(String text) {
        return Fingerprint.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
