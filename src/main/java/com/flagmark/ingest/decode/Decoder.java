package com.flagmark.ingest.decode;

import com.flagmark.model.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the charset of a file and decodes it: a byte-order mark first, then UTF-16 without one,
 * then strict UTF-8 (which also unmasks pages that declare GB2312 but were saved as UTF-8), then
 * the declared charset, then a statistical guess. GB2312 and GBK are read as GB18030, their
 * superset. When every charset fails on a few broken byte sequences (a character cut in half by
 * a truncated link title), the file is read leniently under the declared or guessed charset, or
 * GB18030, with a replacement character for each; more than a few, and it is not taken as text.
 * Line ends become {@code \n}.
 */
public final class Decoder {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5-HKSCS");
    /** At most this many broken sequences are repaired, and at most one per this many bytes. */
    private static final int MAX_REPAIRS = 16;
    private static final int REPAIRS_PER_BYTES = 500;
    private static final char REPLACEMENT = '\uFFFD';
    private static final Pattern DECLARED = Pattern.compile(
            "(?:charset|encoding)\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-.:]+)", Pattern.CASE_INSENSITIVE);

    private Decoder() {
    }

    /** Decodes a file's bytes, or tells why they are not text. */
    public static Result decode(byte[] bytes) {
        Optional<String> binary = BinarySniffer.describe(bytes);
        if (binary.isPresent()) {
            return new Result.NotText(Reason.because(binary.get(), "import.binary"));
        }
        Optional<Decoded> decoded = byBom(bytes)
                .or(() -> utf16WithoutBom(bytes))
                .or(() -> strict(bytes, StandardCharsets.UTF_8))
                .or(() -> declared(bytes).flatMap(charset -> strict(bytes, charset)))
                .or(() -> guessed(bytes).flatMap(charset -> strict(bytes, charset)))
                .or(() -> strict(bytes, GB18030))
                .or(() -> strict(bytes, BIG5))
                .or(() -> lenient(bytes));
        if (decoded.isEmpty()) {
            return new Result.NotText(Reason.because("cannot tell the text encoding (not UTF-8, GB18030/GBK or Big5)",
                    "import.encoding"));
        }
        Decoded text = decoded.get();
        if (BinarySniffer.hasControlCharacters(text.text())) {
            return new Result.NotText(Reason.because("binary file (control characters in the text)",
                    "import.controlCharacters"));
        }
        return new Result.Text(text);
    }

    /** What decoding gave: text, or the reason there is none. */
    public sealed interface Result {
        record Text(Decoded decoded) implements Result {
        }

        record NotText(Reason reason) implements Result {
        }
    }

    private static Optional<Decoded> byBom(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(ByteBuffer.wrap(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8, "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(ByteBuffer.wrap(bytes, 2, bytes.length - 2), StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(ByteBuffer.wrap(bytes, 2, bytes.length - 2), StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        return Optional.empty();
    }

    /**
     * UTF-16 text without a BOM: ASCII in it has a zero byte in every other place, and Chinese
     * text has the high byte of a Han character, CJK punctuation or a full-width form in every
     * other place, which neither UTF-8 nor GB18030 text comes close to.
     */
    private static Optional<Decoded> utf16WithoutBom(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 4) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        int littleHan = 0;
        int bigHan = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
            littleHan += isHighByteOfChineseText(bytes[i + 1], bytes[i]) ? 1 : 0;
            bigHan += isHighByteOfChineseText(bytes[i], bytes[i + 1]) ? 1 : 0;
        }
        int pairs = sample / 2;
        boolean little = oddZeros > pairs / 4 && evenZeros < pairs / 20 || littleHan * 10 >= pairs * 9;
        boolean big = evenZeros > pairs / 4 && oddZeros < pairs / 20 || bigHan * 10 >= pairs * 9;
        if (little && (!big || littleHan >= bigHan)) {
            return strict(bytes, StandardCharsets.UTF_16LE);
        }
        if (big) {
            return strict(bytes, StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Tells whether a UTF-16 unit with these bytes is common in Chinese text: a Han character, CJK or general punctuation, a full-width form, or ASCII. */
    private static boolean isHighByteOfChineseText(byte high, byte low) {
        int h = high & 0xff;
        int l = low & 0xff;
        return h >= 0x34 && h <= 0x9F || h == 0x30 || h == 0x20 || h == 0xFF || h == 0 && (l >= 0x20 && l < 0x7F || l == '\n' || l == '\r' || l == '\t');
    }

    private static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED.matcher(head);
        return matcher.find() ? charsetNamed(matcher.group(1)) : Optional.empty();
    }

    private static Optional<Charset> guessed(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return Optional.ofNullable(detector.getDetectedCharset()).flatMap(Decoder::charsetNamed);
    }

    /** Maps a charset name to the charset to read it with; GB2312 and GBK become GB18030. */
    static Optional<Charset> charsetNamed(String name) {
        String key = name.trim().toUpperCase(Locale.ROOT);
        if (key.startsWith("GB") || key.equals("X-GBK") || key.equals("CP936") || key.equals("HZ-GB-2312")) {
            return Optional.of(GB18030);
        }
        if (key.startsWith("BIG5") || key.equals("BIG-5") || key.equals("CP950")) {
            return Optional.of(BIG5);
        }
        try {
            return Optional.of(Charset.forName(key));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /**
     * Reads the bytes under the likeliest charset, each broken sequence becoming U+FFFD, if no more
     * than a few are broken; a file with many is in another encoding or is not text.
     */
    private static Optional<Decoded> lenient(byte[] bytes) {
        Charset charset = declared(bytes).or(() -> guessed(bytes)).orElse(GB18030);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // Neither GB18030, Big5 nor UTF-8 gives more characters than it reads bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int repairs = 0;
        for (CoderResult result = decoder.decode(in, out, true); result.isError();
                result = decoder.decode(in, out, true)) {
            repairs++;
            if (repairs > MAX_REPAIRS || repairs * REPAIRS_PER_BYTES > bytes.length) {
                return Optional.empty();
            }
            in.position(in.position() + result.length());
            out.put(REPLACEMENT);
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(new Decoded(normalizeLineEnds(out), charset.name(), repairs));
    }

    private static Optional<Decoded> strict(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return strictUtf8(bytes);
        }
        return strict(ByteBuffer.wrap(bytes), charset, charset.name());
    }

    /**
     * Strict UTF-8, as most files are, by the string's own decoding: it puts U+FFFD for each
     * malformed sequence, so a text without one is exactly what the strict decoder gives, without
     * its buffer copied again character by character. A text with one, broken or written so in
     * the file, goes through the strict decoder.
     */
    private static Optional<Decoded> strictUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) >= 0) {
            return strict(ByteBuffer.wrap(bytes), StandardCharsets.UTF_8, StandardCharsets.UTF_8.name());
        }
        return Optional.of(new Decoded(normalizeLineEnds(text), StandardCharsets.UTF_8.name()));
    }

    private static Optional<Decoded> strict(ByteBuffer bytes, Charset charset, String label) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return Optional.of(new Decoded(normalizeLineEnds(chars), label));
        } catch (CharacterCodingException notThisCharset) {
            return Optional.empty();
        }
    }

    /** Turns CRLF and lone CR into LF and drops a BOM character left at the start. */
    static String normalizeLineEnds(CharSequence text) {
        int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        if (start == 0 && text instanceof String plain && plain.indexOf('\r') < 0) {
            return plain;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
