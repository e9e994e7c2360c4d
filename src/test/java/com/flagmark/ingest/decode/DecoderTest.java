package com.flagmark.ingest.decode;

import com.flagmark.model.Reason;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {

    private static final String TEXT = "亮红黄旗，约谈问责。\n返岗率98%。";

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);

        assertThat(text(plain)).isEqualTo(TEXT);
        assertThat(text(withBom)).isEqualTo(TEXT);
    }

    @Test
    void readsUndeclaredGbkAsGb18030() {
        Decoded decoded = decoded(TEXT.getBytes(Charset.forName("GBK")));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.charset()).isEqualTo("GB18030");
    }

    @Test
    void believesUtf8BytesOverAPageThatDeclaresGb2312() {
        String page = "<html><head><meta charset=\"gb2312\"></head><body>" + TEXT + "</body></html>";

        assertThat(text(page.getBytes(StandardCharsets.UTF_8))).isEqualTo(page);
    }

    @Test
    void readsDeclaredGb2312Page() {
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>" + TEXT + "</p>";

        assertThat(text(page.getBytes(Charset.forName("GB2312")))).isEqualTo(page);
    }

    @Test
    void readsBig5() {
        String traditional = "招商引資簽約儀式舉行，全縣新簽約項目十二個，總投資八十億元。會上各鎮街進行了表態發言。";

        assertThat(text(traditional.getBytes(Charset.forName("Big5")))).isEqualTo(traditional);
    }

    @Test
    void readsUtf16WithBomAndWithout() {
        byte[] little = TEXT.getBytes(StandardCharsets.UTF_16LE);

        assertThat(text(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, little))).isEqualTo(TEXT);
        assertThat(text(("<p>" + TEXT + " OLED 5G</p>").getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo("<p>" + TEXT + " OLED 5G</p>");
        assertThat(text(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(TEXT);
    }

    @Test
    void readsChineseUtf16WithoutBomAndWithoutAscii() {
        String chinese = "各地亮出红黄旗，约谈后进单位负责人。\r\n全县一季度重点项目开工率达百分之九十八。";

        assertThat(text(chinese.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(chinese.replace("\r\n", "\n"));
        assertThat(text(chinese.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(chinese.replace("\r\n", "\n"));
    }

    @Test
    void turnsCrlfAndLoneCrIntoLineFeeds() {
        assertThat(text("甲\r\n乙\r丙\n丁".getBytes(StandardCharsets.UTF_8))).isEqualTo("甲\n乙\n丙\n丁");
    }

    @Test
    void refusesImagesAndBinaryData() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        byte[] zeros = new byte[4096];
        zeros[100] = 'x';

        assertThat(Decoder.decode(png)).isEqualTo(new Decoder.Result.NotText(
                new Reason("binary file (PNG image)", "import.binary", List.of())));
        assertThat(Decoder.decode(zeros)).isInstanceOf(Decoder.Result.NotText.class);
    }

    @Test
    void readsAGbkPageWithACharacterCutInHalfLeniently() {
        String page = "<meta charset=\"gbk\"><a title=\"约谈\">链接</a><p>" + TEXT.repeat(40) + "</p>";
        byte[] whole = page.getBytes(Charset.forName("GBK"));
        byte[] cut = withoutByte(whole, page.substring(0, page.indexOf('谈')).getBytes(Charset.forName("GBK")).length);

        Decoded decoded = decoded(cut);

        assertThat(decoded.text()).contains("约\uFFFD").contains(TEXT.repeat(40));
        assertThat(decoded.repairs()).isEqualTo(1);
        assertThat(decoded.repairNote()).hasValueSatisfying(note -> assertThat(note.text()).contains("1 broken byte sequence"));
    }

    @Test
    void readsUtf8ThatHoldsAReplacementCharacterOfItsOwn() {
        String lost = "亮红黄旗\uFFFD，约谈问责。";
        Decoded decoded = decoded(lost.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(lost);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.repairNote()).isEmpty();
    }

    @Test
    void aSurrogateWrittenAsUtf8IsNotReadAsUtf8() {
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] bytes = concat(TEXT.getBytes(StandardCharsets.UTF_8), concat(surrogate, TEXT.getBytes(StandardCharsets.UTF_8)));

        Decoder.Result result = Decoder.decode(bytes);
        if (result instanceof Decoder.Result.Text text) {
            assertThat(text.decoded().charset()).isNotEqualTo("UTF-8");
        }
    }

    @Test
    void cleanTextNeedsNoRepairNote() {
        assertThat(decoded(TEXT.getBytes(StandardCharsets.UTF_8)).repairNote()).isEmpty();
    }

    @Test
    void refusesTextWithManyBrokenSequences() {
        byte[] bytes = TEXT.repeat(4).getBytes(Charset.forName("GBK"));
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0x81;
        }

        assertThat(Decoder.decode(bytes)).isInstanceOf(Decoder.Result.NotText.class);
    }

    private static byte[] withoutByte(byte[] bytes, int index) {
        byte[] shorter = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, shorter, 0, index);
        System.arraycopy(bytes, index + 1, shorter, index, bytes.length - index - 1);
        return shorter;
    }

    private static String text(byte[] bytes) {
        return decoded(bytes).text();
    }

    private static Decoded decoded(byte[] bytes) {
        Decoder.Result result = Decoder.decode(bytes);
        assertThat(result).isInstanceOf(Decoder.Result.Text.class);
        return ((Decoder.Result.Text) result).decoded();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
