package com.flagmark.ingest.text;

import com.flagmark.ingest.decode.ArticleDraft;
import com.flagmark.model.Article;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import com.flagmark.model.StoryRef;
import com.flagmark.nlp.WordSegmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of a body and the metadata gathered so far into articles: takes metadata lines
 * and chrome out, repairs broken lines, tells blocks apart, and, on a page of several stories,
 * splits it into one article per story.
 */
final class ArticleAssembler {

    private final LineRepair repair;

    ArticleAssembler(WordSegmenter segmenter) {
        this.repair = new LineRepair(segmenter);
    }

    /**
     * Reads the lines as one article, such as a post or a web page. Its markup ends every
     * paragraph where the author did, so no line is joined to the next.
     */
    Article single(List<RawBlock> lines, ArticleDraft draft) {
        List<Block> blocks = BlockClassifier.classify(BodyMetadata.extract(lines, draft));
        List<Block> body = withoutRepeatedTitle(blocks, draft);
        credit(body, draft);
        return draft.build(body, StoryRef.SINGLE);
    }

    /**
     * Reads the lines as a page that may hold several stories, one article for each, joining the
     * lines its layout broke in mid-sentence.
     */
    List<Article> page(List<RawBlock> lines, ArticleDraft draft) {
        List<Block> blocks = BlockClassifier.classify(repair.repair(BodyMetadata.extract(lines, draft)));
        List<StorySplitter.Story> stories = StorySplitter.split(blocks);
        List<Article> articles = new ArrayList<>(stories.size());
        for (int i = 0; i < stories.size(); i++) {
            StorySplitter.Story story = stories.get(i);
            ArticleDraft storyDraft = i == 0 ? draft.copy() : draft.copyOfPage();
            headline(story, storyDraft);
            credit(story.body(), storyDraft);
            articles.add(storyDraft.build(story.body(), new StoryRef(i + 1, stories.size())));
        }
        return articles;
    }

    private static void headline(StorySplitter.Story story, ArticleDraft draft) {
        List<Block> headline = story.headline();
        if (headline.isEmpty()) {
            return;
        }
        draft.title(headline.get(headline.size() - 1).text());
        if (headline.size() > 1) {
            List<String> kicker = headline.subList(0, headline.size() - 1).stream().map(Block::text).toList();
            draft.kicker(String.join(" ", kicker));
        }
    }

    /**
     * Takes authors from the bylines, and the source from a dateline that names one (新华社).
     * "本报" (this paper) names none: the provincial and the city paper both write 本报潍坊讯, so
     * the paper comes from what the user says at import, or stays unknown.
     */
    private static void credit(List<Block> body, ArticleDraft draft) {
        for (Block block : body) {
            if (block.kind() == BlockKind.BYLINE) {
                Bylines.read(block.text()).ifPresent(draft::authors);
            } else if (block.kind() == BlockKind.DATELINE) {
                Datelines.split(block.text()).ifPresent(dateline -> {
                    if (!Datelines.isThisPaper(dateline.source())) {
                        draft.source(dateline.source());
                    }
                    dateline.byline().flatMap(Bylines::read).ifPresent(draft::authors);
                });
            }
        }
    }

    /** Drops a first heading or paragraph that only repeats the title. */
    private static List<Block> withoutRepeatedTitle(List<Block> blocks, ArticleDraft draft) {
        if (blocks.size() < 2 || draft.title().isEmpty()) {
            return blocks;
        }
        String first = blocks.get(0).text();
        if (first.equals(draft.title().get()) && blocks.get(0).kind() == BlockKind.HEADING) {
            return blocks.subList(1, blocks.size());
        }
        return blocks;
    }
}
