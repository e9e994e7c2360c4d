package com.flagmark.nlp;

import com.hankcs.hanlp.HanLP;
import java.util.Locale;

/** Pinyin for finding Chinese names by typing Latin letters, as input methods let users do. */
public final class Pinyin {

    private Pinyin() {
    }

    /**
     * Returns the first letters of the pinyin of each character, lower case: 亮旗评比 gives
     * {@code lqpb}. Characters that are not Chinese are kept as they are (lower case).
     */
    public static String initials(String text) {
        StringBuilder initials = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                initials.append(HanLP.convertToPinyinFirstCharString(Character.toString(c), "", false));
            } else if (Character.isLetterOrDigit(c)) {
                initials.appendCodePoint(c);
            }
        });
        return initials.toString().toLowerCase(Locale.ROOT);
    }

    /** Returns the full pinyin without tones or spaces, lower case: 约谈 gives {@code yuetan}. */
    public static String spelled(String text) {
        return HanLP.convertToPinyinString(text, "", false).toLowerCase(Locale.ROOT);
    }
}
