package com.flagmark.export;

/**
 * How much an imported file may hold. Each limit is checked while the file is read, so a file
 * past one is refused with a message before it can exhaust memory or the thread's stack, at
 * any heap; the defaults are far beyond real projects.
 *
 * @param mostFileBytes the largest file
 * @param mostUnpackedBytes the most an archive's entries may unpack to, together
 * @param mostEntries the most entries an archive may hold
 * @param mostCodeDepth the deepest a codebook may nest its codes
 * @param mostTextLength the longest one text may be (a source's text, a note, a description,
 *        a JSON string), in characters
 * @param mostNameLength the longest a code's name may be, in characters
 * @param mostNoteLength the most characters a project's notes may hold together
 */
public record ImportLimits(long mostFileBytes, long mostUnpackedBytes, int mostEntries, int mostCodeDepth,
        int mostTextLength, int mostNameLength, long mostNoteLength) {

    /** The limits of every import: far beyond real projects. */
    public static final ImportLimits DEFAULT = new ImportLimits(4L << 30, 4L << 30, 1_000_000, 100, 10_000_000, 200,
            50_000_000);

    /** How deep elements of a file may nest: the codebook's depth and the few levels around it. */
    int mostDepth() {
        return mostCodeDepth + 10;
    }
}
