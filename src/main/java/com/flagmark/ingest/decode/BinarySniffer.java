package com.flagmark.ingest.decode;

import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** Tells binary files from text: known file signatures, zero bytes, control characters. */
final class BinarySniffer {

    private static final Map<String, String> SIGNATURES = Map.ofEntries(
            Map.entry("89504E47", "PNG image"),
            Map.entry("FFD8FF", "JPEG image"),
            Map.entry("47494638", "GIF image"),
            Map.entry("25504446", "PDF document"),
            Map.entry("504B0304", "ZIP archive or Office document"),
            Map.entry("1F8B", "gzip archive"),
            Map.entry("52617221", "RAR archive"),
            Map.entry("377ABCAF", "7z archive"),
            Map.entry("D0CF11E0", "Office document"),
            Map.entry("7F454C46", "program"),
            Map.entry("4D5A", "program"),
            Map.entry("CAFEBABE", "Java class file"),
            Map.entry("53514C69746520666F726D6174", "SQLite database"),
            Map.entry("52494646", "audio or video file"),
            Map.entry("49443303", "MP3 audio"));

    private BinarySniffer() {
    }

    /** Returns why the bytes are not a text file, or empty if they may be one. */
    static Optional<String> describe(byte[] bytes) {
        String head = hex(bytes, 16);
        for (Map.Entry<String, String> signature : SIGNATURES.entrySet()) {
            if (head.startsWith(signature.getKey()) && !looksLikeUtf16(bytes)) {
                return Optional.of("binary file (" + signature.getValue() + ")");
            }
        }
        return Optional.empty();
    }

    /** Tells whether decoded text holds control characters that no article contains. */
    static boolean hasControlCharacters(String text) {
        int sample = Math.min(text.length(), 8192);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\f' && c != 0x1B) {
                controls++;
            }
        }
        return controls > 0 && controls * 100 > sample;
    }

    private static boolean looksLikeUtf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == 0 && bytes[1] != 0) || (bytes[0] != 0 && bytes[1] == 0));
    }

    private static String hex(byte[] bytes, int limit) {
        return HexFormat.of().withUpperCase().formatHex(bytes, 0, Math.min(bytes.length, limit));
    }
}
