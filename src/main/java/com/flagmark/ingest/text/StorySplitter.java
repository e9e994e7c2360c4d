package com.flagmark.ingest.text;

import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the blocks of an e-paper page into its stories. A story starts at a headline group
 * followed by an opening byline ("寒亭打响项目建设发令枪" then "本报记者 张蓓 …"), or, for a photo
 * story without a headline, at an opening byline that follows a paragraph. Closing bylines
 * ("… 整理") and bylines with nothing after them end a story instead. Headings without a byline
 * after them, such as the city names that head the sections of one article, stay headings.
 */
final class StorySplitter {

    private StorySplitter() {
    }

    /** One story: the lines of its headline (possibly none) and its body. */
    record Story(List<Block> headline, List<Block> body) {
    }

    /** Returns the stories in page order; a page of one article gives one story. */
    static List<Story> split(List<Block> blocks) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int floor = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (!isOpeningByline(blocks, i)) {
                continue;
            }
            int start = i;
            while (start > floor && BlockClassifier.isHeadlineCandidate(blocks.get(start - 1))) {
                start--;
            }
            boolean headless = start == i && i > 0 && blocks.get(i - 1).kind() != BlockKind.BYLINE;
            if ((start < i || headless) && start > starts.get(starts.size() - 1)) {
                starts.add(start);
            }
            floor = i + 1;
        }
        List<Story> stories = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int end = s + 1 < starts.size() ? starts.get(s + 1) : blocks.size();
            stories.add(story(blocks.subList(starts.get(s), end)));
        }
        return stories;
    }

    private static boolean isOpeningByline(List<Block> blocks, int index) {
        Block block = blocks.get(index);
        if (block.kind() != BlockKind.BYLINE || Bylines.isClosing(block.text()) || block.text().endsWith("摄")
                || index + 1 >= blocks.size()) {
            return false;
        }
        BlockKind next = blocks.get(index + 1).kind();
        return next == BlockKind.PARAGRAPH || next == BlockKind.DATELINE;
    }

    /** Takes the headline group off the front of a story: the candidates before its first byline. */
    private static Story story(List<Block> blocks) {
        int firstByline = 0;
        while (firstByline < blocks.size() && blocks.get(firstByline).kind() != BlockKind.BYLINE) {
            firstByline++;
        }
        int headlineEnd = 0;
        if (firstByline < blocks.size()) {
            while (headlineEnd < firstByline && BlockClassifier.isHeadlineCandidate(blocks.get(headlineEnd))) {
                headlineEnd++;
            }
            if (headlineEnd < firstByline) {
                headlineEnd = 0;
            }
        }
        return new Story(List.copyOf(blocks.subList(0, headlineEnd)),
                List.copyOf(blocks.subList(headlineEnd, blocks.size())));
    }
}
