package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SQLite's check results, some over two lines, as one line each and under the key of what they touch. */
class FileCheckTest {

    @Test
    void aProblemUnderSQLitesHeadingIsOneLineAboutItsPage() {
        Reason reason = FileCheck.reason("*** in database main ***\nPage 7: btreeInitPage() returns error code 11");

        assertThat(reason).isEqualTo(new Reason("Page 7: btreeInitPage() returns error code 11", "check.file.page",
                List.of("7")));
    }

    @Test
    void aCellOfATreePageNamesTheFirstPage() {
        Reason reason = FileCheck.reason("On tree page 12 cell 3: 2nd reference to page 40");

        assertThat(reason.key()).isEqualTo("check.file.page");
        assertThat(reason.arguments()).containsExactly("12");
    }

    @Test
    void aRowMissingFromAnIndexNamesTheIndex() {
        Reason reason = FileCheck.reason("row 3 missing from index articles_by_date");

        assertThat(reason).isEqualTo(new Reason("row 3 missing from index articles_by_date", "check.file.index",
                List.of("articles_by_date")));
    }

    @Test
    void aProblemOverTwoLinesWithoutAPageIsOneLineAboutTheStructure() {
        Reason reason = FileCheck.reason("Freelist: size is 9 but should be 8\nFreelist: invalid page number 900");

        assertThat(reason).isEqualTo(new Reason("Freelist: size is 9 but should be 8; Freelist: invalid page number 900",
                "check.file.structure", List.of()));
    }
}
