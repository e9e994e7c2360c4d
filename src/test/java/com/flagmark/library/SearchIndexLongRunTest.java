package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.ImportStore.NewFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article holding a run of letters or digits longer than the index can take as one term (a
 * pasted hexadecimal dump, a key) is indexed like any other, without that run, and does not
 * stop the index from taking the articles stored after it.
 */
class SearchIndexLongRunTest {

    /** Lucene's limit on one term is 32,766 bytes of UTF-8. */
    private static final String DUMP = "0123456789abcdef".repeat(2_100);

    @TempDir
    Path folder;

    @Test
    void articleWithARunTooLongForOneTermIsFoundByItsWords() {
        Path file = folder.resolve("library.sqlite");
        try (Library library = Library.open(file)) {
            library.importStore().store(List.of(
                    article(1, "第1篇：市纪委约谈了项目负责人。"),
                    article(2, "第2篇：市纪委约谈了项目负责人，附件 " + DUMP + " 完。"),
                    article(3, "第3篇：市纪委约谈了项目负责人。")));

            assertThat(library.search().search("约谈", 20).total()).isEqualTo(3);
            assertThat(library.search().search("附件", 20).total()).isEqualTo(1);
            assertThat(library.search().search("完", 20).total()).isEqualTo(1);
        }
    }

    private static NewFile article(int number, String body) {
        return TestArticles.file(number + ".html", TestArticles.withBody("第" + number + "篇", body));
    }
}
