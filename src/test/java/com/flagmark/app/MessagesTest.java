package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyTextHasAChineseAndAnEnglishWording() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void everyShortcutHasADescriptionInBothLanguages() throws IOException {
        Properties english = load("messages.properties");

        for (Shortcut shortcut : Shortcut.ALL) {
            assertThat(english.getProperty(shortcut.messageKey())).as(shortcut.key()).isNotBlank();
        }
    }

    @Test
    void theChineseTextsHaveNoEnglishWordsButNamesOfFormatsProgramsAndKeys() throws IOException {
        Properties chinese = load("messages_zh.properties");

        // A date pattern's letters (yyyy) are not words.
        for (String key : chinese.stringPropertyNames().stream().filter(key -> !key.endsWith("Pattern")).toList()) {
            assertThat(OtherLanguage.englishWords(chinese.getProperty(key))).as(key)
                    .isSubsetOf(OtherLanguage.NAMES);
        }
    }

    @Test
    void theEnglishTextsHaveNoChineseButTheSearchBoxsExamples() throws IOException {
        Properties english = load("messages.properties");

        for (String key : english.stringPropertyNames()) {
            if (!key.equals("search.prompt")) {
                assertThat(OtherLanguage.hasChinese(english.getProperty(key))).as(key).isFalse();
            }
        }
    }

    @Test
    void titlesCarryNoMenuMnemonics() throws IOException {
        for (Properties texts : List.of(load("messages.properties"), load("messages_zh.properties"))) {
            texts.stringPropertyNames().stream().filter(key -> key.endsWith(".title"))
                    .forEach(key -> assertThat(texts.getProperty(key)).as(key).doesNotContain("_"));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
