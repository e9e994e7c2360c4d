package com.flagmark.nlp;

import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import java.util.Arrays;
import java.util.List;

/**
 * Where each block of an article stands in its canonical text (the blocks joined with
 * {@code \n}), in UTF-16 indices, so a finder can tell a heading from a paragraph at any point.
 */
public final class BlockMap {

    private final int[] starts;
    private final int[] ends;
    private final BlockKind[] kinds;

    private BlockMap(int[] starts, int[] ends, BlockKind[] kinds) {
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
    }

    /** Returns the map of an article's blocks. */
    public static BlockMap of(List<Block> blocks) {
        int[] starts = new int[blocks.size()];
        int[] ends = new int[blocks.size()];
        BlockKind[] kinds = new BlockKind[blocks.size()];
        int at = 0;
        for (int i = 0; i < blocks.size(); i++) {
            starts[i] = at;
            ends[i] = at + blocks.get(i).text().length();
            kinds[i] = blocks.get(i).kind();
            at = ends[i] + 1;
        }
        return new BlockMap(starts, ends, kinds);
    }

    /** Returns the index of the block that holds {@code charIndex}, or of the block before a line break. */
    public int blockAt(int charIndex) {
        int found = Arrays.binarySearch(starts, charIndex);
        return Math.max(0, found >= 0 ? found : -found - 2);
    }

    /** Returns the number of blocks. */
    public int size() {
        return starts.length;
    }

    /** Returns the kind of the block with this index. */
    public BlockKind kind(int block) {
        return kinds[block];
    }

    /** Returns where the block with this index starts. */
    public int start(int block) {
        return starts[block];
    }

    /** Returns where the block with this index ends (its line break or the end of the text). */
    public int end(int block) {
        return ends[block];
    }
}
