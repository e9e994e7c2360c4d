package com.flagmark.usecase;

/**
 * One change a user made to annotations or the codebook, which can be undone and redone. Each
 * application and each reversal is saved at once, in a transaction of its own.
 */
public interface Change {

    /**
     * Says what kind of change this is, as a stable name the user interface words in its
     * language: {@code annotate}, {@code recode}, {@code note}, {@code attributes},
     * {@code delete-annotation}, {@code add-code}, {@code edit-code}, {@code move-code},
     * {@code merge-codes}, {@code delete-code}, {@code reclean}, {@code edit-metadata}.
     */
    String action();

    /** Says what the change is about, such as the code's name or the passage's first words. */
    String subject();

    /** Makes the change, or makes it again after it was undone. */
    void apply();

    /** Undoes the change. */
    void revert();
}
