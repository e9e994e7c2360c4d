package com.flagmark.model;

import com.flagmark.model.Article;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The fingerprint that finds the same article again: a hash of its body text with whitespace
 * removed and full-width forms folded, so the same story imported from another file, another
 * format or with other line ends is stored once. The title is left out: sources title the same
 * text differently.
 */
public final class Fingerprint {

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
        String folded = Normalizer.normalize(article.text(), Normalizer.Form.NFKC);
        // The kept characters go straight into UTF-8 bytes: every imported article passes here, and
        // a string built first, then copied again to encode it, cost two more copies of each text.
        byte[] utf8 = new byte[folded.length() * 3];
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
        return sha256(utf8, size, sha256);
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
