package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FocusCycleTest {

    private static final List<String> FIELDS = List.of("add code", "note", "value", "unit", "delete");

    @Test
    void tabMovesToTheNextFieldInOrder() {
        assertThat(FocusCycle.next(FIELDS, "note", false)).isEqualTo("value");
    }

    @Test
    void tabOnTheLastFieldGoesRoundToTheFirstRatherThanLeavingThePane() {
        assertThat(FocusCycle.next(FIELDS, "delete", false)).isEqualTo("add code");
    }

    @Test
    void shiftTabOnTheFirstFieldGoesRoundToTheLast() {
        assertThat(FocusCycle.next(FIELDS, "add code", true)).isEqualTo("delete");
    }

    @Test
    void fromOutsideTheFieldsTabStartsAtTheFirstAndShiftTabAtTheLast() {
        assertThat(FocusCycle.next(FIELDS, "search box", false)).isEqualTo("add code");
        assertThat(FocusCycle.next(FIELDS, "search box", true)).isEqualTo("delete");
    }

    @Test
    void withNoFieldsThereIsNowhereToGo() {
        assertThat(FocusCycle.next(List.<String>of(), "note", false)).isNull();
    }
}
