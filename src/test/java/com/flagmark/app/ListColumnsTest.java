package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The article list's columns at the widths the library pane takes. */
class ListColumnsTest {

    @Test
    void aWideListShowsEveryColumn() {
        // 16 of scroll bar and padding, 92 date, 56 source, 40 count: 204 beside a title of 140 or more.
        assertThat(ListColumns.at(344)).isEqualTo(new ListColumns(true, true));
        assertThat(ListColumns.at(500)).isEqualTo(new ListColumns(true, true));
    }

    @Test
    void theCountGivesWayFirstWhenTheTitleWouldGetLessThanItsRoom() {
        // The library pane's default 340 pixels, less its padding: a title of 121 with every column.
        assertThat(ListColumns.at(325)).isEqualTo(new ListColumns(true, false));
        assertThat(ListColumns.at(343)).isEqualTo(new ListColumns(true, false));
        assertThat(ListColumns.at(304)).isEqualTo(new ListColumns(true, false));
    }

    @Test
    void theSourceGivesWayNextAndTheDateStays() {
        // The library pane at its least, 250 pixels, as at 1024×700.
        assertThat(ListColumns.at(238)).isEqualTo(new ListColumns(false, false));
        assertThat(ListColumns.at(303)).isEqualTo(new ListColumns(false, false));
    }
}
