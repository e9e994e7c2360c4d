package com.flagmark.app;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds words of the other language in a text of the user interface. */
final class OtherLanguage {

    /** Latin words a Chinese text may hold: names of the app, formats, programs, keys, and MessageFormat's own. */
    static final Set<String> NAMES = Set.of("Flagmark", "CSV", "SVG", "Web", "Annotation", "JSON", "LD", "REFI", "QDA",
            "qdpx", "qdc", "NVivo", "ATLAS", "ti", "MAXQDA", "MB", "Ctrl", "Alt", "Shift", "Enter", "Delete", "ytwz",
            "number", "integer", "choice", "W3C", "F1", "Esc", "TextQuoteSelector", "tagging",
            "UTF", "GB18030", "GBK", "Big5");

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]+");
    private static final Pattern CHINESE = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]");

    private OtherLanguage() {
    }

    /** The Latin words of two letters or more in a text. */
    static List<String> englishWords(String text) {
        Matcher words = WORD.matcher(text);
        return words.results().map(match -> match.group()).toList();
    }

    /** Tells whether a text holds a Chinese character or Chinese punctuation. */
    static boolean hasChinese(String text) {
        return CHINESE.matcher(text).find();
    }
}
