package com.flagmark.model;

import com.flagmark.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fingerprint that finds the same article again: a hash of its body text with whitespace
 * removed and full-width forms folded, so the same story imported from another file, another
 * format or with other line ends is stored once. The title is left out: sources title the same
 * text differently.
 */
public final class Fingerprint {

    private static final Map<Character, String> PLAINLY_MAPPED = plainlyMapped();

    private Fingerprint() {
    }

    /** Returns the article's fingerprint as 64 hex digits. */
    public static String of(Article article) {
        return of(article, Fingerprint::javaSha256);
    }

    /**
     * Returns the article's fingerprint as 64 hex digits, hashed by a SHA-256 from {@code sha256}
     * (the import's own, decision 0050).
     */
    public static String of(Article article, Supplier<MessageDigest> sha256) {
        String text = article.text();
        // The kept characters go straight into UTF-8 bytes: every imported article passes here, and
        // a string built first, then copied again to encode it, cost two more copies of each text.
        byte[] utf8 = new byte[text.length() * 3];
        int size = foldPlainly(text.toCharArray(), utf8);
        if (size < 0) {
            String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
            utf8 = new byte[folded.length() * 3];
            size = fold(folded, utf8);
        }
        return sha256(utf8, size, sha256);
    }

    /**
     * Folds a text made only of characters whose NFKC form does not depend on their neighbours
     * and is known without Unicode's tables (ASCII, Chinese characters and punctuation, full-width
     * forms, symbols), as {@link #fold} folds its NFKC form, into UTF-8; returns the size, or -1 at the
     * first other character. Nearly every article is such a text, and the normalizer cost as much
     * again as all the rest of the fingerprint.
     */
    private static int foldPlainly(char[] text, byte[] utf8) {
        int size = 0;
        // A plain loop over an array: the launcher's quick compiler keeps every String.charAt's bounds check.
        for (char unit : text) {
            if (unit > ' ' && unit < 0x7F) {
                utf8[size++] = (byte) unit;
            } else if (unit >= 0xFF01 && unit <= 0xFF5E) {
                // Full-width ASCII: its NFKC form is the ASCII character.
                utf8[size++] = (byte) (unit - 0xFEE0);
            } else if (isUnchangedByNfkc(unit)) {
                size = putUtf8(utf8, size, unit);
            } else if (unit == '\n' || unit == ' ' || unit == '\t' || unit == '\r' || unit == 0x3000 || unit == 0xA0) {
                // White space, or a space in NFKC form: dropped.
                continue;
            } else {
                String mapped = PLAINLY_MAPPED.get(unit);
                if (mapped == null) {
                    return -1;
                }
                for (int i = 0; i < mapped.length(); i++) {
                    size = putUtf8(utf8, size, mapped.charAt(i));
                }
            }
        }
        return size;
    }

    /**
     * Tells whether a character is one NFKC leaves as it is, whatever comes before or after it
     * that {@link #foldPlainly} accepts: Chinese characters, CJK punctuation, dashes and quotation
     * marks, arrows, shapes and symbols, the middle dot, degree and multiplication signs.
     */
    private static boolean isUnchangedByNfkc(char unit) {
        return unit >= 0x4E00 && unit <= 0x9FFF || unit >= 0x3001 && unit <= 0x3029 || unit >= 0x3400 && unit <= 0x4DBF
                || unit >= 0x2018 && unit <= 0x2023 || unit >= 0x2012 && unit <= 0x2016 || unit == 0x2010
                || unit == 0x2027 || unit >= 0x2190 && unit <= 0x21FF || unit >= 0x2500 && unit <= 0x27BF
                || unit == 0xB7 || unit == 0xB0 || unit == 0xD7 || unit == 0xF7;
    }

    /**
     * The NFKC forms of the ellipses, the letter-like symbols and number forms (℃, Ⅱ) and the
     * vertical forms of punctuation, where that form is made of characters {@link #foldPlainly}
     * keeps as they are and is no longer in UTF-8 than the character: taken from the normalizer once.
     */
    private static Map<Character, String> plainlyMapped() {
        Map<Character, String> mapped = new HashMap<>();
        for (int[] range : new int[][] {{0x2024, 0x2026}, {0x2100, 0x218F}, {0xFE10, 0xFE4F}}) {
            for (int unit = range[0]; unit <= range[1]; unit++) {
                String form = Normalizer.normalize(String.valueOf((char) unit), Normalizer.Form.NFKC);
                // At most three bytes, as the character's own: the folded text fits where it was sized for the text.
                if (!form.isEmpty() && form.getBytes(StandardCharsets.UTF_8).length <= 3
                        && form.chars().allMatch(c -> c > ' ' && c < 0x7F || isUnchangedByNfkc((char) c))) {
                    mapped.put((char) unit, form);
                }
            }
        }
        return mapped;
    }

    /** Folds a text in NFKC form into UTF-8 without its white space; returns the size. */
    private static int fold(String folded, byte[] utf8) {
        int size = 0;
        // A plain loop rather than a stream: the launcher's quick compiler does not inline a stream's lambdas.
        for (int i = 0; i < folded.length(); ) {
            char unit = folded.charAt(i);
            if (plainlyKept(unit)) {
                size = putUtf8(utf8, size, unit);
                i++;
                continue;
            }
            int c = folded.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                size = putUtf8(utf8, size, c);
            }
            i += Character.charCount(c);
        }
        return size;
    }

    /**
     * Tells, without the character tables, whether a character is one that is kept whole: visible
     * ASCII, or anything from past U+3000 (the last white space) up to the surrogates. Nearly every
     * character of an article is one, and the tables' look-ups cost more than the hash itself.
     */
    private static boolean plainlyKept(char unit) {
        return unit > ' ' && unit < 0x80 || unit > 0x3000 && unit < Character.MIN_SURROGATE;
    }

    /**
     * Writes one code point as {@link String#getBytes} writes it in UTF-8, a lone surrogate as
     * '?', and returns where the next byte goes.
     */
    private static int putUtf8(byte[] bytes, int at, int c) {
        if (c < 0x80) {
            bytes[at] = (byte) c;
            return at + 1;
        }
        if (c < 0x800) {
            bytes[at] = (byte) (0xC0 | c >> 6);
            bytes[at + 1] = (byte) (0x80 | c & 0x3F);
            return at + 2;
        }
        if (c < 0x10000 && Character.isSurrogate((char) c)) {
            bytes[at] = '?';
            return at + 1;
        }
        if (c < 0x10000) {
            bytes[at] = (byte) (0xE0 | c >> 12);
            bytes[at + 1] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[at + 2] = (byte) (0x80 | c & 0x3F);
            return at + 3;
        }
        bytes[at] = (byte) (0xF0 | c >> 18);
        bytes[at + 1] = (byte) (0x80 | c >> 12 & 0x3F);
        bytes[at + 2] = (byte) (0x80 | c >> 6 & 0x3F);
        bytes[at + 3] = (byte) (0x80 | c & 0x3F);
        return at + 4;
    }

    /** Returns the SHA-256 of some bytes as 64 hex digits. */
    public static String sha256(byte[] bytes) {
        return sha256(bytes, bytes.length, Fingerprint::javaSha256);
    }

    /** Returns the SHA-256 of some bytes as 64 hex digits, hashed by a SHA-256 from {@code sha256}. */
    public static String sha256(byte[] bytes, Supplier<MessageDigest> sha256) {
        return sha256(bytes, bytes.length, sha256);
    }

    private static String sha256(byte[] bytes, int length, Supplier<MessageDigest> sha256) {
        MessageDigest digest = sha256.get();
        digest.update(bytes, 0, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Java's own SHA-256, as every fingerprint outside the import is hashed. */
    public static MessageDigest javaSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }
}
