package com.flagmark.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.model.ArticleDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "2022-02-08 09:28:12 +0800 | 2022-02-08T09:28:12+08:00",
        "2021-12-08 10:18:31       | 2021-12-08T10:18:31",
        "2019-09-18T10:00:00+08:00 | 2019-09-18T10:00:00+08:00",
        "2021/6/9                  | 2021-06-09",
        "2020年07月04日 12:10       | 2020-07-04T12:10:00",
        "2023年2月14日              | 2023-02-14",
        "2019-03-06                | 2019-03-06",
        "3/1/2005 12:12:05 PM      | 2005-03-01T12:12:05",
        "3/1/2005 1:05:00 PM       | 2005-03-01T13:05:00",
        "12/31/2008 12:30:00 AM    | 2008-12-31T00:30:00",
        "6/9/2021                  | 2021-06-09",
        "2020-01-1417:58           | 2020-01-14T17:58:00",
    })
    void readsTheDateFormsOfChineseNews(String text, String iso) {
        assertThat(Dates.parse(text).map(ArticleDate::iso)).contains(iso);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"+0800", "2022-13-40", "ID 202205262391921712", "''"})
    void findsNoDateWhereThereIsNone(String text) {
        assertThat(Dates.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "发稿时间：2021/6/9 | 2021-06-09",
        "2022-03-01 16:59:26 金华市人民政府 | 2022-03-01T16:59:26",
        "十一月 6th, 2009 | 2009-11-06",
        "三月 1st, 2010 at 9:05 下午 | 2010-03-01T21:05:00",
        "十月 22nd, 2008 at 12:40 上午 | 2008-10-22T00:40:00",
    })
    void findsTheDateInAHeaderLine(String line, String iso) {
        assertThat(Dates.find(line).map(found -> found.date().iso())).contains(iso);
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "10-08 12:00   | 2019 | 2019-10-08T12:00:00",
        "10-0812:00    | 2019 | 2019-10-08T12:00:00",
        "10月8日       | 2019 | 2019-10-08",
        "18-03-08 23:16 | 2025 | 2018-03-08T23:16:00",
    })
    void completesADateShownWithoutItsYear(String shown, int year, String iso) {
        assertThat(Dates.findYearless(shown).flatMap(date -> date.completed(OptionalInt.of(year)))
                .map(found -> found.date().iso())).contains(iso);
    }

    @Test
    void leavesADateWithoutItsYearIncompleteWhenNoYearIsKnown() {
        assertThat(Dates.findYearless("10-08 12:00").flatMap(date -> date.completed(OptionalInt.empty()))).isEmpty();
    }

    @Test
    void findsDatesOfEveryOrderInOneTextInTheOrderTheyStand() {
        String text = "十一月 6th, 2009 首发，2021年3月5日修订，转载于3/1/2005 12:12:05 PM";
        assertThat(Dates.findAll(text).stream().map(found -> found.date().iso()))
                .containsExactly("2009-11-06", "2021-03-05", "2005-03-01T12:12:05");
    }

    @Test
    void findsNoDateInATextWithoutAYear() {
        assertThat(Dates.findAll("3月5日上午10时，11/12 两场会议，十一月 6th, 09")).isEmpty();
    }
}
