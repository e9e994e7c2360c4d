package com.flagmark.model;

/**
 * Where an article sits on the page it came from: story {@code index} (from 1) of
 * {@code count}. A file holding a single article is story 1 of 1.
 */
public record StoryRef(int index, int count) {

    public static final StoryRef SINGLE = new StoryRef(1, 1);

    public StoryRef {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("No story " + index + " of " + count);
        }
    }

    /** Tells whether the page held more than this one story. */
    public boolean isPartOfPage() {
        return count > 1;
    }
}
