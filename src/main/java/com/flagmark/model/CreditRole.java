package com.flagmark.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The part a credited person played, told from the word a credit gives (记者, 通讯员, 责任编辑, 摄影…).
 * Reporters, correspondents and authors wrote the article and count as its authors; editors,
 * photographers and compilers are credited but did not write it, so lists and exports can choose.
 */
public enum CreditRole {
    REPORTER("reporter"),
    CORRESPONDENT("correspondent"),
    AUTHOR("author"),
    EDITOR("editor"),
    PHOTOGRAPHER("photographer"),
    COMPILER("compiler");

    private static final Pattern EDITOR_WORDS = Pattern.compile(".*(编辑|责编|主编|编审)$");
    private static final Pattern PHOTOGRAPHER_WORDS = Pattern.compile(".*(摄影|摄|图|供图|摄影记者)$");
    private static final Pattern COMPILER_WORDS = Pattern.compile(".*(编译|整理|整合|综合|编)$");
    private static final Pattern CORRESPONDENT_WORDS = Pattern.compile(".*(通讯员|实习生)$");
    private static final Pattern REPORTER_WORDS = Pattern.compile(".*记者$");

    private final String id;

    CreditRole(String id) {
        this.id = id;
    }

    /** Returns the English name written in JSON and exports: reporter, correspondent, author, editor… */
    public String id() {
        return id;
    }

    /** Tells whether a person credited in this role wrote the article and counts as one of its authors. */
    public boolean isAuthor() {
        return this == REPORTER || this == CORRESPONDENT || this == AUTHOR;
    }

    /**
     * Tells the role from the word a credit gives: 本报记者 → reporter, 责任编辑 → editor, 摄 →
     * photographer, 整理 → compiler; a name credited with no word, or with 作者, 文 or 执笔, is an author.
     */
    public static CreditRole of(Optional<String> word) {
        String text = word.map(String::strip).orElse("");
        if (text.isEmpty()) {
            return AUTHOR;
        }
        for (CreditRole role : values()) {
            if (role.id.equals(text.toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        if (PHOTOGRAPHER_WORDS.matcher(text).matches()) {
            return PHOTOGRAPHER;
        }
        if (EDITOR_WORDS.matcher(text).matches()) {
            return EDITOR;
        }
        if (COMPILER_WORDS.matcher(text).matches()) {
            return COMPILER;
        }
        if (CORRESPONDENT_WORDS.matcher(text).matches()) {
            return CORRESPONDENT;
        }
        return REPORTER_WORDS.matcher(text).matches() ? REPORTER : AUTHOR;
    }
}
