package com.flagmark.ingest.text;

import java.util.Optional;
import java.util.regex.Pattern;

/** Photo captions: "图为…", photo credits such as "（刘通摄）", and a caption ending a paragraph. */
final class Captions {

    private static final Pattern CAPTION_LINE = Pattern.compile(
            "^(图为|图片为|上图|下图|左图|右图|图片来源|图片由).*|^[（(]?[\\p{IsHan}\\s·]{2,12}\\s*摄[）)]?$|^[（(][^（）()]{1,30}摄[）)]$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？].*");
    private static final String TRAILING_MARK = "。图为";

    private Captions() {
    }

    /** Tells whether a whole line is a photo caption or credit. */
    static boolean isCaption(String line) {
        return CAPTION_LINE.matcher(line).matches();
    }

    /**
     * Splits a caption off the end of a paragraph: "…经济高质量发展。图为山东新和盛…" gives the
     * paragraph up to 。 and the caption from 图为.
     */
    static Optional<Split> splitTrailing(String paragraph) {
        int mark = paragraph.lastIndexOf(TRAILING_MARK);
        if (mark < 0) {
            return Optional.empty();
        }
        String caption = paragraph.substring(mark + 1);
        if (caption.length() > 120 || SENTENCE_END.matcher(caption.substring(0, caption.length() - 1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Split(paragraph.substring(0, mark + 1), caption));
    }

    /** A paragraph and the caption that ended it. */
    record Split(String paragraph, String caption) {
    }
}
