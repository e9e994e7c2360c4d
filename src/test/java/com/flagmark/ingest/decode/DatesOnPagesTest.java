package com.flagmark.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.ArticleDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The dates that web pages print, as the page extractor meets them. */
class DatesOnPagesTest {

    private static ArticleDate first(String text) {
        return Dates.find(text).orElseThrow().date();
    }

    @Test
    void readsTheFormsNewsPagesPrint() {
        assertThat(first("2019-03-06 10:12")).isEqualTo(ArticleDate.of(LocalDateTime.of(2019, 3, 6, 10, 12)));
        assertThat(first("2020年07月04日 12:10　来源：求是网"))
                .isEqualTo(ArticleDate.of(LocalDateTime.of(2020, 7, 4, 12, 10)));
        assertThat(first("2019年06月15日08:18")).isEqualTo(ArticleDate.of(LocalDateTime.of(2019, 6, 15, 8, 18)));
        assertThat(first("发稿时间：2021/6/9")).isEqualTo(ArticleDate.of(LocalDate.of(2021, 6, 9)));
        assertThat(first("2020-07-04 12:10:24")).isEqualTo(ArticleDate.of(LocalDateTime.of(2020, 7, 4, 12, 10, 24)));
    }

    @Test
    void keepsTheZoneOnlyWhenWritten() {
        assertThat(first("2019-09-07T09:59:22+08:00"))
                .isEqualTo(ArticleDate.of(OffsetDateTime.of(2019, 9, 7, 9, 59, 22, 0, ZoneOffset.ofHours(8))));
        assertThat(first("2021-12-08 10:18:31 +0800"))
                .isEqualTo(ArticleDate.of(OffsetDateTime.of(2021, 12, 8, 10, 18, 31, 0, ZoneOffset.ofHours(8))));
        assertThat(first("2019-03-06T10:12:00.000Z"))
                .isEqualTo(ArticleDate.of(OffsetDateTime.of(2019, 3, 6, 10, 12, 0, 0, ZoneOffset.UTC)));
        assertThat(first("2019-03-06T10:12:00").offset()).isEmpty();
    }

    @Test
    void ranksPrecision() {
        assertThat(Dates.find("2019-03-06").orElseThrow().precision()).isZero();
        assertThat(Dates.find("2019-03-06 10:12").orElseThrow().precision()).isEqualTo(1);
        assertThat(Dates.find("2019-03-06 10:12:30").orElseThrow().precision()).isEqualTo(2);
        assertThat(Dates.find("2019-03-06 10:12:30+08:00").orElseThrow().precision()).isEqualTo(3);
    }

    @Test
    void ignoresNumbersThatAreNotDates() {
        assertThat(Dates.findAll("电话：010-64870663，占比1.1:50.3:48.6，1-10月完成投资")).isEmpty();
        assertThat(Dates.findAll("2019-13-45")).isEmpty();
        assertThat(Dates.findAll("1880-01-01")).isEmpty();
    }
}
