package com.flagmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates and papers people put in the names of files and folders, and the ids that are neither. */
class FileNamesTest {

    private static final LocalDate JANUARY_31 = LocalDate.of(2023, 1, 31);

    @ParameterizedTest
    @ValueSource(strings = {"2023-01-31", "20230131_01", "2023_01_31", "2023.1.31", "2023年1月31日",
        "nw.D110000renmrb_20230131_1-01", "wfrb20230131", "潍坊日报2023-01-31第2版"})
    void readsADateWrittenAsPeopleNameFiles(String name) {
        assertThat(FileNames.date(name)).contains(JANUARY_31);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-202205262391921712", "000_d6d82f7171e0354b", "3c20230131ab", "20231399",
        "NW2022020822691640", "2023-01-31至2023-02-05", "1485c1450ca8f693"})
    void readsNoDateFromIdsImpossibleDatesOrTwoDates(String name) {
        assertThat(FileNames.date(name)).isEmpty();
    }

    @Test
    void readsADateSplitOverNestedFoldersAsEPaperSitesLayThemOut() {
        assertThat(FileNames.read(List.of("epaper", "2023", "01", "31", "page1")).date()).contains(JANUARY_31);
        assertThat(FileNames.read(List.of("html", "2023-01", "31", "nbs.D110000renmrb_01")).date()).contains(JANUARY_31);
        assertThat(FileNames.read(List.of("202301", "31", "content_1")).date()).contains(JANUARY_31);
    }

    @Test
    void theNearestNameSpeaksFirst() {
        FileNames.Named named = FileNames.read(List.of("大众日报", "2023-01-30", "潍坊日报_20230131"));
        assertThat(named.date()).contains(JANUARY_31);
        assertThat(named.paper()).contains("潍坊日报");
    }

    @ParameterizedTest
    @ValueSource(strings = {"潍坊日报", "齐鲁晚报_2023", "现代快报", "经济观察报", "2023-01-31 大众日报"})
    void readsThePaperAFolderNames(String name) {
        assertThat(FileNames.paper(name)).contains(name.replaceAll("[^\\p{IsHan}]", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"本报", "关于项目建设情况的通报", "工作简报", "新闻", "articles", "2023年报", "本报潍坊讯"})
    void readsNoPaperFromWordsThatNameNone(String name) {
        assertThat(FileNames.paper(name)).isEmpty();
    }
}
