package com.flagmark.usecase;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * The hooks of work that changes articles' texts, such as re-cleaning and its undo: what must
 * happen once before it writes anything (a backup of the library), and what must follow each
 * article whose text changed (its suggestions worked out again).
 */
public final class TextChanges {

    private final List<Runnable> beforeWriting = new CopyOnWriteArrayList<>();
    private final List<LongConsumer> afterChange = new CopyOnWriteArrayList<>();

    /** Runs {@code safeguard} once before a re-cleaning writes anything; a safeguard that throws stops it first. */
    public void beforeWriting(Runnable safeguard) {
        beforeWriting.add(Objects.requireNonNull(safeguard, "safeguard"));
    }

    /**
     * Calls {@code listener}, on the thread that wrote, with the id of each article whose text has
     * changed, after the change is committed.
     */
    public void afterTextChanged(LongConsumer listener) {
        afterChange.add(Objects.requireNonNull(listener, "listener"));
    }

    void aboutToWrite() {
        beforeWriting.forEach(Runnable::run);
    }

    void textChanged(long articleId) {
        afterChange.forEach(listener -> listener.accept(articleId));
    }
}
