package com.flagmark.export;

import com.flagmark.annotate.Anchors;
import com.flagmark.model.Anchor;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import com.flagmark.model.StoryRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's plain text as an article: each line that is not blank a block, so the canonical
 * text is the source's text without blank lines and carriage returns, and the source's
 * metadata variables ({@link RefiQda#VARIABLES}) its metadata. Keeps where each of the
 * source's characters went, so a selection's positions in the source find the same characters
 * in the article. A text Flagmark wrote is its own canonical text: nothing moves.
 */
final class SourceText {

    private final Article article;
    /** For each code point of the source, its offset in the canonical text, or -1 if it was dropped. */
    private final int[] canonical;

    private SourceText(Article article, int[] canonical) {
        this.article = article;
        this.canonical = canonical;
    }

    /**
     * Reads a source's text with its variables; returns empty if it has no line that is not blank.
     *
     * @param name the title to give the article when its variables have none
     */
    static Optional<SourceText> of(String text, Map<String, String> variables, Optional<String> name) {
        int[] codePoints = text.codePoints().toArray();
        int[] canonical = new int[codePoints.length];
        Arrays.fill(canonical, -1);
        List<String> lines = new ArrayList<>();
        int length = 0;
        int lineStart = 0;
        for (int i = 0; i <= codePoints.length; i++) {
            boolean lineEnds = i == codePoints.length || codePoints[i] == '\n' || codePoints[i] == '\r';
            if (!lineEnds) {
                continue;
            }
            String line = new String(codePoints, lineStart, i - lineStart);
            if (!line.isBlank()) {
                if (!lines.isEmpty()) {
                    length++;
                }
                for (int j = lineStart; j < i; j++) {
                    canonical[j] = length++;
                }
                lines.add(line);
            }
            lineStart = i + 1;
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SourceText(article(lines, variables, name), canonical));
    }

    Article article() {
        return article;
    }

    /**
     * Returns the anchor of the source's characters from {@code start} to {@code end} (code
     * points, end exclusive) in the article, or empty if they are out of the text or only
     * white space.
     */
    Optional<Anchor> anchor(int start, int end) {
        int from = Math.max(0, start);
        int to = Math.min(canonical.length, end);
        while (from < to && canonical[from] < 0) {
            from++;
        }
        while (to > from && canonical[to - 1] < 0) {
            to--;
        }
        if (from >= to) {
            return Optional.empty();
        }
        String text = article.text();
        return Anchors.trimmed(text, canonical[from], canonical[to - 1] + 1)
                .map(span -> Anchors.of(text, span.start(), span.end()));
    }

    private static Article article(List<String> lines, Map<String, String> variables, Optional<String> name) {
        List<BlockKind> kinds = Arrays.stream(variables.getOrDefault(RefiQda.BLOCKS, "").split(","))
                .map(String::strip).map(BlockKind::fromId).flatMap(Optional::stream).toList();
        boolean kindsFit = kinds.size() == lines.size();
        List<Block> blocks = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            blocks.add(new Block(kindsFit ? kinds.get(i) : BlockKind.PARAGRAPH, lines.get(i)));
        }
        return new Article(value(variables, RefiQda.TITLE).or(() -> name), value(variables, RefiQda.KICKER),
                value(variables, RefiQda.DATE).flatMap(ArticleDate::parseIso), value(variables, RefiQda.SOURCE),
                value(variables, RefiQda.AUTHORS).map(RefiQda::parseAuthors).orElse(List.of()),
                value(variables, RefiQda.URL), blocks, story(variables.getOrDefault(RefiQda.STORY, "")));
    }

    private static Optional<String> value(Map<String, String> variables, String name) {
        return Optional.ofNullable(variables.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static StoryRef story(String text) {
        String[] parts = text.strip().split("/");
        try {
            return parts.length == 2 ? new StoryRef(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])) : StoryRef.SINGLE;
        } catch (IllegalArgumentException notAStory) {
            return StoryRef.SINGLE;
        }
    }
}
