package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Codebook;
import com.flagmark.model.Code;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeFilterTest {

    private final CodeFilter filter = new CodeFilter(new Codebook(List.of(
            code(1, null, "措施", "Measure", false),
            code(2, 1L, "亮旗评比", "Red/yellow flag ranking", true),
            code(3, 1L, "约谈问责", "Accountability interview", true),
            code(4, 1L, "台账调度", "Ledgers and scheduling", true))));

    @Test
    void findsCodesByChineseNameEnglishNameOrPinyin() {
        assertThat(names("约谈")).containsExactly("约谈问责");
        assertThat(names("interview")).containsExactly("约谈问责");
        assertThat(names("ytwz")).containsExactly("约谈问责");
        assertThat(names("yuetan")).containsExactly("约谈问责");
        assertThat(names("LQ")).containsExactly("亮旗评比");
    }

    @Test
    void putsCodesThatStartWithTheTextFirstAndLeavesCategoriesOut() {
        assertThat(names("")).containsExactly("亮旗评比", "约谈问责", "台账调度");
        assertThat(names("t")).containsExactly("台账调度", "约谈问责");
    }

    private List<String> names(String typed) {
        return filter.matching(typed).stream().map(Code::name).toList();
    }

    private static Code code(long id, Long parent, String name, String english, boolean codable) {
        return new Code(id, Optional.ofNullable(parent), name, english, "#336699", Optional.empty(), "", codable,
                List.of(), List.of(), (int) id);
    }
}
