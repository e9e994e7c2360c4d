package com.flagmark.usecase;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import com.flagmark.nlp.Pinyin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds codes as the user types in the code popup: by Chinese name or path (约谈), English name
 * (interview), pinyin initials (ytwz for 约谈问责) or pinyin (yuetan). Codes whose name starts
 * with what was typed come first. Categories that cannot be applied are left out.
 */
public final class CodeFilter {

    private final Codebook codebook;
    private final Map<Long, String> initials = new HashMap<>();
    private final Map<Long, String> spelled = new HashMap<>();

    public CodeFilter(Codebook codebook) {
        this.codebook = codebook;
        for (Code code : codebook.all()) {
            initials.put(code.id(), Pinyin.initials(code.name()));
            spelled.put(code.id(), Pinyin.spelled(code.name()));
        }
    }

    /** Returns the codable codes that match the typed text, best first; all of them for an empty text. */
    public List<Code> matching(String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        List<Code> starts = new ArrayList<>();
        List<Code> contains = new ArrayList<>();
        for (Code code : codebook.all()) {
            if (!code.codable()) {
                continue;
            }
            if (wanted.isEmpty() || startsWith(code, wanted)) {
                starts.add(code);
            } else if (contains(code, wanted)) {
                contains.add(code);
            }
        }
        starts.addAll(contains);
        return starts;
    }

    private boolean startsWith(Code code, String wanted) {
        return code.name().startsWith(wanted) || code.englishName().toLowerCase(Locale.ROOT).startsWith(wanted)
                || initials.get(code.id()).startsWith(wanted) || spelled.get(code.id()).startsWith(wanted);
    }

    private boolean contains(Code code, String wanted) {
        return codebook.path(code).contains(wanted) || code.englishName().toLowerCase(Locale.ROOT).contains(wanted)
                || initials.get(code.id()).contains(wanted) || spelled.get(code.id()).contains(wanted);
    }
}
