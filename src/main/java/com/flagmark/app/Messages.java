package com.flagmark.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The texts of the user interface, in Chinese or English: the system's language unless the user
 * chose one.
 */
final class Messages {

    private static final String BUNDLE = "com.flagmark.app.messages";
    private static volatile ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {
    }

    /** Switches the language of texts asked for from now on. */
    static void use(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Tells whether the texts are Chinese. */
    static boolean isChinese() {
        return bundle.getLocale().getLanguage().equals(Locale.CHINESE.getLanguage());
    }

    /** Returns the text for a key, its {0}, {1}… filled with the arguments. */
    static String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** Returns the text for a key, as {@link #get} does, or empty when there is none, as for a format added later. */
    static Optional<String> find(String key, Object... arguments) {
        return bundle.containsKey(key) ? Optional.of(get(key, arguments)) : Optional.empty();
    }
}
