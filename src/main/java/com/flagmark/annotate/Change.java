package com.flagmark.annotate;

/**
 * One change a user made to annotations or the codebook, which can be undone and redone. Each
 * application and each reversal is saved at once, in a transaction of its own.
 */
public interface Change {

    /** Says what the change does, for the Edit menu: "Apply 约谈问责". */
    String description();

    /** Makes the change, or makes it again after it was undone. */
    void apply();

    /** Undoes the change. */
    void revert();
}
