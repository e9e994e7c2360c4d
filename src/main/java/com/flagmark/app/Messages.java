package com.flagmark.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the user interface, in the language of the system's locale (Chinese or English). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("com.flagmark.app.messages", Locale.getDefault());

    private Messages() {
    }

    /** Returns the text for a key, its {0}, {1}… filled with the arguments. */
    static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, BUNDLE.getLocale()).format(arguments);
    }
}
