package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private final List<String> state = new ArrayList<>();
    private int notifications;
    private final History history = new History(() -> notifications++);

    @Test
    void undoesAndRedoesChangesInOrder() {
        history.perform(add("甲"));
        history.perform(add("乙"));

        history.undo();
        assertThat(state).containsExactly("甲");
        history.undo();
        assertThat(state).isEmpty();
        history.redo();
        assertThat(state).containsExactly("甲");
        assertThat(history.nextUndo()).map(Change::subject).contains("甲");
        assertThat(history.nextRedo()).map(Change::subject).contains("乙");
        assertThat(notifications).isEqualTo(5);
    }

    @Test
    void aNewChangeClearsWhatCouldBeRedone() {
        history.perform(add("甲"));
        history.undo();
        history.perform(add("丙"));

        assertThat(history.nextRedo()).isEmpty();
        history.redo();
        assertThat(state).containsExactly("丙");
    }

    @Test
    void aChangeThatFailsIsNotRecorded() {
        Change failing = new Change() {
            @Override
            public String action() {
                return "fail";
            }

            @Override
            public String subject() {
                return "";
            }

            @Override
            public void apply() {
                throw new IllegalStateException("refused");
            }

            @Override
            public void revert() {
            }
        };

        assertThatThrownBy(() -> history.perform(failing)).hasMessage("refused");
        assertThat(history.nextUndo()).isEmpty();
    }

    @Test
    void undoingWithNothingToUndoDoesNothing() {
        history.undo();
        history.redo();

        assertThat(notifications).isZero();
    }

    private Change add(String item) {
        return new Change() {
            @Override
            public String action() {
                return "add";
            }

            @Override
            public String subject() {
                return item;
            }

            @Override
            public void apply() {
                state.add(item);
            }

            @Override
            public void revert() {
                state.remove(item);
            }
        };
    }
}
