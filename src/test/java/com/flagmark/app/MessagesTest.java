package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
