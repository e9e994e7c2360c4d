package com.flagmark.ingest.text;

import com.flagmark.ingest.text.RawBlock.Hint;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides what each cleaned line of a body is: an editor's note, byline, dateline (split off the
 * paragraph it opens), caption, quote, heading or paragraph. Short lines that head a section,
 * such as "保障用工谋划早" or "济南", become headings.
 */
final class BlockClassifier {

    private static final int HEADING_MAX = 30;
    private static final int HEADLINE_MAX = 60;
    /** A line wholly in brackets, such as a credit "(作者：方敏北京大学经济学院教授)", heads nothing. */
    private static final Pattern BRACKETED = Pattern.compile("^[（(【\\[].*[）)】\\]]$");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，。；！？,;!?]");

    private BlockClassifier() {
    }

    /** Returns the blocks for the lines, in order. */
    static List<Block> classify(List<RawBlock> lines) {
        List<Block> blocks = new ArrayList<>(lines.size() + 4);
        for (RawBlock line : lines) {
            add(line, blocks);
        }
        return blocks;
    }

    private static void add(RawBlock line, List<Block> blocks) {
        String text = line.text();
        Optional<String> note = EditorsNote.text(text);
        if (note.isPresent()) {
            blocks.add(new Block(BlockKind.EDITORS_NOTE, note.get()));
            return;
        }
        if (Bylines.isByline(text)) {
            blocks.add(new Block(BlockKind.BYLINE, text));
            return;
        }
        Optional<Datelines.Split> dateline = Datelines.split(text);
        if (dateline.isPresent()) {
            blocks.add(new Block(BlockKind.DATELINE, dateline.get().dateline()));
            if (!dateline.get().rest().isEmpty()) {
                addParagraph(dateline.get().rest(), blocks);
            }
            return;
        }
        if (line.hint() == Hint.CAPTION || Captions.isCaption(text)) {
            blocks.add(new Block(BlockKind.CAPTION, text));
        } else if (line.hint() == Hint.QUOTE) {
            blocks.add(new Block(BlockKind.QUOTE, text));
        } else if (line.hint() == Hint.HEADING || (line.hint() != Hint.CELL && isHeadingShaped(text))) {
            blocks.add(Block.heading(text));
        } else {
            addParagraph(text, blocks);
        }
    }

    private static void addParagraph(String text, List<Block> blocks) {
        Optional<Captions.Split> caption = Captions.splitTrailing(text);
        if (caption.isPresent()) {
            blocks.add(Block.paragraph(caption.get().paragraph()));
            blocks.add(new Block(BlockKind.CAPTION, caption.get().caption()));
        } else {
            blocks.add(Block.paragraph(text));
        }
    }

    /** A short line that ends no sentence and holds no clause: "保障用工谋划早", "现场“解题”". */
    static boolean isHeadingShaped(String text) {
        return text.codePointCount(0, text.length()) <= HEADING_MAX && !BRACKETED.matcher(text).matches() && !LineRepair.endsSentence(text)
                && !SENTENCE_PUNCTUATION.matcher(text).find() && text.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * Tells whether a block could be a line of a headline: a heading, or a paragraph short enough
     * and ending no sentence, such as "以项目支撑高质量发展，奋力实现首季开门红 探索城市更新".
     */
    static boolean isHeadlineCandidate(Block block) {
        String text = block.text();
        return block.kind() == BlockKind.HEADING || block.kind() == BlockKind.PARAGRAPH
                && text.codePointCount(0, text.length()) <= HEADLINE_MAX && !LineRepair.endsSentence(text)
                && !text.contains("。");
    }
}
