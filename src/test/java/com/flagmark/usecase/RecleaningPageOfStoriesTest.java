package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Anchors;
import com.flagmark.ingest.ImportStore.NewArticle;
import com.flagmark.ingest.ImportStore.NewFile;
import com.flagmark.ingest.IngestResult;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.OlderLibraries;
import com.flagmark.model.Article;
import com.flagmark.model.Block;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.Fingerprint;
import com.flagmark.model.Progress;
import com.flagmark.model.StoryRef;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of three stories (seeds/004, a column of three officials' pieces) that an older cleaner
 * read as two: the third story first, the first with a stray line of the page's layout above it,
 * and the second missed. Re-cleaned as a whole, each old story keeps its id and annotations.
 */
class RecleaningPageOfStoriesTest {

    private static final Path PAGE = Path.of("seeds/004_a8757718cbd1636b.txt");
    private static final String FIRST = "实干争春，奋力跑出项目建设“加速度”";
    private static final String SECOND = "围绕中心服务大局 为高质量发展凝聚职工力量";
    private static final String THIRD = "推动青年发展与现代化新莱山建设有机融合";
    private static final String QUOTE = "火红的激情成就火热的项目";

    @TempDir
    Path folder;

    @Test
    void oldStoriesKeepTheirIdsAndTheMissedStoryIsAdded() throws IOException, SQLException {
        Path file = folder.resolve("library.sqlite");
        byte[] bytes = Files.readAllBytes(PAGE);
        List<Article> now = ((IngestResult.Articles) new Ingester(HanlpSegmenter.get()).read(PAGE.toString(), bytes))
                .articles();
        Article third = story(now, THIRD, 1);
        Article first = withStrayLine(story(now, FIRST, 2));
        OlderLibraries.write(file, OlderLibraries.BEFORE_CLEANER_VERSIONS, new NewFile("004.txt", bytes,
                Fingerprint.sha256(bytes), "text", "UTF-8", List.of(stored(third), stored(first))));

        try (LibrarySession session = LibrarySession.open(file, "tester")) {
            long thirdId = idOf(session, THIRD);
            long firstId = idOf(session, FIRST);
            long annotationId = annotate(session, thirdId, QUOTE);

            RecleanReport report = session.reclean(RecleanScope.outdated()).run(Progress.NONE);

            assertThat(report.added()).isEqualTo(1);
            assertThat(report.orphaned()).isEmpty();
            assertThat(session.articles()).extracting(summary -> summary.title().orElse(""))
                    .containsExactly(THIRD, FIRST, SECOND);
            assertThat(idOf(session, THIRD)).isEqualTo(thirdId);
            assertThat(idOf(session, FIRST)).isEqualTo(firstId);
            assertThat(session.article(firstId).orElseThrow().article().text()).doesNotContain("第３版");
            assertThat(session.annotations(thirdId)).singleElement().satisfies(annotation -> {
                assertThat(annotation.id()).isEqualTo(annotationId);
                assertThat(annotation.anchor().exact()).isEqualTo(QUOTE);
                assertThat(annotation.orphaned()).isFalse();
            });
        }
    }

    private static Article story(List<Article> stories, String title, int index) {
        Article story = stories.stream().filter(article -> article.title().orElse("").equals(title)).findFirst()
                .orElseThrow();
        return new Article(story.title(), story.kicker(), story.date(), story.source(), story.credits(), story.url(),
                story.blocks(), new StoryRef(index, 2));
    }

    /** The story with a line of the page's layout above it, as a cleaner that kept such lines gave it. */
    private static Article withStrayLine(Article story) {
        List<Block> blocks = new ArrayList<>(List.of(Block.paragraph("第３版 理论 2023年2月8日")));
        blocks.addAll(story.blocks());
        return new Article(story.title(), story.kicker(), story.date(), story.source(), story.credits(), story.url(),
                blocks, story.story());
    }

    private static NewArticle stored(Article article) {
        return new NewArticle(article, Fingerprint.of(article));
    }

    private static long idOf(LibrarySession session, String title) {
        return session.articles().stream().filter(summary -> summary.title().orElse("").equals(title))
                .mapToLong(ArticleSummary::id).findFirst().orElseThrow();
    }

    private static long annotate(LibrarySession session, long articleId, String quote) {
        String text = session.article(articleId).orElseThrow().article().text();
        int start = CanonicalText.offsetOf(text, text.indexOf(quote));
        long code = session.codebook().resolve("措施/约谈问责").orElseThrow().id();
        return session.annotate(articleId, Anchors.of(text, start, start + CanonicalText.length(quote)), List.of(code),
                "", Map.of()).id();
    }
}
