package com.flagmark.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a block of an article's body is, which decides how the reader shows it. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    QUOTE,
    /** A photo caption, such as "图为…". */
    CAPTION,
    /** A reporter's or author's line, such as "□记者 张鹏 报道" or "YMG全媒体记者 衣文萍 整理". */
    BYLINE,
    /** The place line that opens a report, such as "本报潍坊讯". */
    DATELINE,
    /** The editor's note (编者按) that introduces an article. */
    EDITORS_NOTE;

    /** Made once: every stored block writes its kind's id. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** Returns the lower-case name used in JSON and in the library, such as {@code editors_note}. */
    public String id() {
        return id;
    }

    /** Returns the kind with the given {@link #id()}, if there is one. */
    public static Optional<BlockKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
    }
}
