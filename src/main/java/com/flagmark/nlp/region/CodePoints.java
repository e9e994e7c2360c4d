package com.flagmark.nlp.region;

/**
 * Turns Java string offsets into code-point offsets, as anchors count them (𠮷 is one code point
 * and two chars). A text without surrogate pairs, the usual case, needs no table.
 */
final class CodePoints {

    private final int[] table;

    CodePoints(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            table = null;
            return;
        }
        table = new int[text.length() + 1];
        int points = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = points;
            if (!Character.isLowSurrogate(text.charAt(i))) {
                points++;
            }
        }
        table[text.length()] = text.codePointCount(0, text.length());
    }

    /** Returns the code-point offset of the char offset {@code index}. */
    int at(int index) {
        return table == null ? index : table[index];
    }
}
