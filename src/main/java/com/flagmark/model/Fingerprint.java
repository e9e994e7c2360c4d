package com.flagmark.model;

import com.flagmark.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

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
        String folded = Normalizer.normalize(article.text(), Normalizer.Form.NFKC);
        StringBuilder text = new StringBuilder(folded.length());
        // A plain loop rather than a stream: every imported article passes here, and the launcher's
        // quick compiler does not inline a stream's lambdas.
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                text.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the SHA-256 of some bytes as 64 hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }
}
