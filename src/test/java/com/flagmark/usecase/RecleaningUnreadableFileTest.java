package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.ImportStore.NewArticle;
import com.flagmark.ingest.ImportStore.NewFile;
import com.flagmark.library.OlderLibraries;
import com.flagmark.model.Article;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import com.flagmark.model.Fingerprint;
import com.flagmark.model.Progress;
import com.flagmark.model.StoryRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored file in which the current cleaner finds no article any more. */
class RecleaningUnreadableFileTest {

    private static final String OLD_TEXT = "县里召开重点项目推进会，要求各乡镇倒排工期、挂图作战。";

    @TempDir
    Path folder;

    @Test
    void itsArticleIsKeptAsItWasAndTheFileIsReported() throws IOException, SQLException {
        Path file = folder.resolve("library.sqlite");
        byte[] stub = "<html><body><p>返回首页</p></body></html>".getBytes(StandardCharsets.UTF_8);
        Article older = new Article(Optional.of("推进会"), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), List.of(new Block(BlockKind.PARAGRAPH, OLD_TEXT)), StoryRef.SINGLE);
        OlderLibraries.write(file, OlderLibraries.BEFORE_CLEANER_VERSIONS, new NewFile("stub.html", stub,
                Fingerprint.sha256(stub), "html", "UTF-8", List.of(new NewArticle(older, Fingerprint.of(older)))));

        try (LibrarySession session = LibrarySession.open(file, "tester")) {
            long id = session.articles().get(0).id();
            RecleanReport report = session.reclean(RecleanScope.outdated()).run(Progress.NONE);

            assertThat(report.changed()).isZero();
            assertThat(report.kept()).singleElement().satisfies(kept -> {
                assertThat(kept.file()).isEqualTo("stub.html");
                assertThat(kept.article()).isEmpty();
            });
            assertThat(session.article(id).orElseThrow().article().text()).isEqualTo(OLD_TEXT);
            assertThat(report.change()).isEmpty();
        }
    }
}
