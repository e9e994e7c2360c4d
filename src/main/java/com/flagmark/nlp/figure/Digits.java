package com.flagmark.nlp.figure;

/**
 * Reads a number written in digits, ASCII or full-width, with a decimal point (. or ．) and
 * thousands separators (3,351,790: a comma followed by exactly three digits).
 */
final class Digits {

    /**
     * A number read.
     *
     * @param value the number in ASCII digits without separators
     * @param end where it ends
     * @param leadingZero whether it starts with a zero that is not before a decimal point (0536)
     */
    record Number(String value, int end, boolean leadingZero) {
    }

    private Digits() {
    }

    /** Tells whether {@code c} is a digit, ASCII or full-width. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Reads the number that starts at {@code start}, which must be a digit. */
    static Number read(String text, int start) {
        StringBuilder value = new StringBuilder();
        int at = start;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (isDigit(c)) {
                value.append(ascii(c));
                at++;
            } else if (c == ',' && threeDigitsAt(text, at + 1)) {
                at++;
            } else if ((c == '.' || c == '．') && value.indexOf(".") < 0 && at + 1 < text.length()
                    && isDigit(text.charAt(at + 1))) {
                value.append('.');
                at++;
            } else {
                break;
            }
        }
        boolean leadingZero = value.length() > 1 && value.charAt(0) == '0' && value.charAt(1) != '.';
        return new Number(value.toString(), at, leadingZero);
    }

    /** Returns where the run of digits, letters and signs that starts at {@code start} ends. */
    static int runEnd(String text, int start) {
        int at = start;
        while (at < text.length() && (isDigit(text.charAt(at)) || ".．,-－+×:：/".indexOf(text.charAt(at)) >= 0
                || text.charAt(at) < 128 && Character.isLetter(text.charAt(at)))) {
            at++;
        }
        return at;
    }

    private static boolean threeDigitsAt(String text, int at) {
        return at + 3 <= text.length() && isDigit(text.charAt(at)) && isDigit(text.charAt(at + 1))
                && isDigit(text.charAt(at + 2)) && (at + 3 == text.length() || !isDigit(text.charAt(at + 3)));
    }

    private static char ascii(char digit) {
        return digit >= '０' ? (char) ('0' + digit - '０') : digit;
    }
}
