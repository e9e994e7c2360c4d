package com.flagmark.usecase;

/**
 * Called before a change that writes many annotations at once is applied, such as accepting a
 * category's suggestions across the library: the place where an automatic safety copy of the
 * library is taken, so that a bulk change can be taken back even beyond the undo history.
 */
@FunctionalInterface
public interface BulkChangeGuard {

    /** Takes no copy. */
    BulkChangeGuard NONE = (what, count) -> { };

    /**
     * Runs before the change; a failure it throws stops the change, which then writes nothing.
     *
     * @param what the change's action, as {@link Change#action()} names it
     * @param count how many annotations it will write
     */
    void beforeBulkChange(String what, int count);
}
