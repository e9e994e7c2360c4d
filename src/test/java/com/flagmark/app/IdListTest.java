package com.flagmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The list's ids held as an array: what the table and its listeners see of it. */
class IdListTest {

    @Test
    void holdsTheIdsItWasGivenInTheirOrder() {
        IdList list = new IdList();

        list.replace(new long[] {42, 7, 19});

        assertThat(list).containsExactly(42L, 7L, 19L);
        assertThat(list.indexOf(7L)).isEqualTo(1);
        assertThat(list.contains(19L)).isTrue();
    }

    @Test
    void findsNoIdItDoesNotHold() {
        IdList list = new IdList();
        list.replace(new long[] {42, 7});

        assertThat(list.indexOf(8L)).isEqualTo(-1);
        assertThat(list.indexOf(7)).as("an Integer is no article id").isEqualTo(-1);
        assertThat(list.contains(null)).isFalse();
        assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void tellsItsListenersOfOneReplacementWithTheIdsRemoved() {
        IdList list = new IdList();
        list.replace(new long[] {1, 2, 3});
        List<String> heard = new ArrayList<>();
        list.addListener((ListChangeListener<Long>) change -> {
            while (change.next()) {
                heard.add(change.wasReplaced() + " removed " + change.getRemoved() + " added "
                        + change.getAddedSubList());
            }
        });

        list.replace(new long[] {9, 8});

        assertThat(heard).containsExactly("true removed [1, 2, 3] added [9, 8]");
    }

    @Test
    void tellsOfAnAdditionAloneWhenItHeldNothingAndOfARemovalAloneWhenEmptied() {
        IdList list = new IdList();
        List<String> heard = new ArrayList<>();
        list.addListener((ListChangeListener<Long>) change -> {
            while (change.next()) {
                heard.add("added " + change.getAddedSize() + ", removed " + change.getRemoved());
            }
        });

        list.replace(new long[] {5, 6});
        list.replace(new long[0]);

        assertThat(heard).containsExactly("added 2, removed []", "added 0, removed [5, 6]");
        assertThat(list).isEmpty();
    }
}
