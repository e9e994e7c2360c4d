package com.flagmark.library;

import com.flagmark.model.ArticleDate;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import com.flagmark.model.FlagmarkException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How an article's body and date are written into their columns and read back. The body is
 * kept as the canonical text plus one kind per line: block text never holds a line feed, so
 * the blocks come back exactly.
 */
final class ArticleRows {

    private static final String KIND_SEPARATOR = ",";

    private ArticleRows() {
    }

    /** Returns the {@code block_kinds} column: each block's kind id, comma-separated. */
    static String kinds(List<Block> blocks) {
        return blocks.stream().map(block -> block.kind().id()).collect(Collectors.joining(KIND_SEPARATOR));
    }

    /** Rebuilds the blocks from the {@code text} and {@code block_kinds} columns. */
    static List<Block> blocks(long articleId, String text, String kinds) {
        if (kinds.isEmpty()) {
            if (!text.isEmpty()) {
                throw damaged(articleId);
            }
            return List.of();
        }
        String[] kindIds = kinds.split(KIND_SEPARATOR, -1);
        String[] lines = text.split("\n", -1);
        if (kindIds.length != lines.length) {
            throw damaged(articleId);
        }
        List<Block> blocks = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            BlockKind kind = BlockKind.fromId(kindIds[i]).orElseThrow(() -> damaged(articleId));
            if (lines[i].isBlank()) {
                throw damaged(articleId);
            }
            blocks.add(new Block(kind, lines[i]));
        }
        return blocks;
    }

    /**
     * Returns the {@code date_key} column: the date and time as the source's own clock shows
     * them, which sorts as text ({@code 2023-02-14} before {@code 2023-02-14T08:00:00}). The
     * zone offset is left out: nearly every source is on Beijing time, and converting would
     * move dates across midnight for those that are not.
     */
    static String dateKey(ArticleDate date) {
        return date.time()
                .map(time -> LocalDateTime.of(date.date(), time).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .orElse(date.date().toString());
    }

    private static FlagmarkException damaged(long articleId) {
        return new FlagmarkException("The library is damaged: the text of article " + articleId
                + " does not match its blocks.");
    }
}
