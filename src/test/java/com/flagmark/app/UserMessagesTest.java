package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Reason;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserMessagesTest {

    @AfterEach
    void backToTheSystemLanguage() {
        Messages.use(Locale.getDefault());
    }

    @Test
    void aReasonWithAKeyIsWordedInTheUisLanguage() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);

        assertThat(UserMessages.reason("positionsOutside", List.of("3", "9"), "Not imported: …"))
                .isEqualTo("未导入：位置 3–9 不在原文范围内。");
    }

    @Test
    void anEnglishReasonKeepsItsQuotesAroundTheValues() {
        Messages.use(Locale.ENGLISH);

        assertThat(UserMessages.reason("positionsNotNumbers", List.of("a", "b"), "…"))
                .isEqualTo("Not imported: its positions 'a'–'b' are not whole numbers.");
    }

    @Test
    void aReasonWithoutAKeyIsShownAsGiven() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);

        assertThat(UserMessages.reason("", List.of(), "As the file said.")).isEqualTo("As the file said.");
    }

    @Test
    void anExportFailureWithAKeyIsWordedInChineseInTheChineseUi() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        FlagmarkException failure = new FlagmarkException("Cannot write /x/out.csv: the folder /x does not exist.", null,
                "export.folderMissing", "/x/out.csv", "/x");

        assertThat(UserMessages.of(failure)).isEqualTo("无法写入 /x/out.csv：文件夹 /x 不存在。");
    }

    @Test
    void aFailureWithoutAKeyKeepsItsOwnMessage() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);

        assertThat(UserMessages.of(new FlagmarkException("The library is locked."))).isEqualTo("The library is locked.");
    }

    @Test
    void aValueTheLibraryRefusesIsWordedInChineseWithItsChineseLabel() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        Reason refused = new Reason("数值 (value) must be a number, such as 98 or 2.5, not '九成八'.", "attribute.notNumber",
                List.of("数值", "Value", "九成八", "", ""));

        assertThat(UserMessages.reason(refused)).isEqualTo("数值必须是数字，例如 98 或 2.5，而不是“九成八”。");
    }

    @Test
    void aCheckProblemIsWordedInChinese() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);

        assertThat(UserMessages.reason(new Reason("Page 7: btreeInitPage() returns error code 11", "check.file.page",
                List.of("7")))).isEqualTo("第 7 页已损坏。");
    }
}
