package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flagmark.ingest.ImportStore;
import com.flagmark.ingest.ImportStore.NewArticle;
import com.flagmark.ingest.ImportStore.NewFile;
import com.flagmark.model.Article;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.Author;
import com.flagmark.model.Block;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.StoryRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportStoreTest {

    @TempDir
    Path folder;

    private Library library;
    private ImportStore store;

    @BeforeEach
    void openLibrary() {
        library = Library.open(folder.resolve("library.sqlite"));
        store = library.importStore();
    }

    @AfterEach
    void closeLibrary() {
        library.close();
    }

    @Test
    void storedArticleComesBackExactly() {
        Article article = TestArticles.flags();
        long id = storeOne("seeds/000_d6d82f7171e0354b.txt", article);

        StoredArticle stored = library.articles().find(id).orElseThrow();

        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.file()).isEqualTo("seeds/000_d6d82f7171e0354b.txt");
        assertThat(stored.article()).isEqualTo(article);
        assertThat(stored.article().authors())
                .containsExactly(Author.of("张鹏", "记者"), Author.of("于志君", "通讯员"), Author.of("王磊", null));
        assertThat(stored.article().story()).isEqualTo(new StoryRef(2, 3));
    }

    @Test
    void editorIsStoredAsACreditButNotListedAsAnAuthor() {
        Article flags = TestArticles.flags();
        Article edited = new Article(flags.title(), flags.kicker(), flags.date(), flags.source(),
                List.of(Author.of("张鹏", "记者"), Author.of("杨倩", "责任编辑")), flags.url(), flags.blocks(),
                flags.story());
        long id = storeOne("edited.html", edited);

        assertThat(library.articles().find(id).orElseThrow().article().credits())
                .containsExactly(Author.of("张鹏", "记者"), Author.of("杨倩", "责任编辑"));
        assertThat(library.articles().list().get(0).authors()).containsExactly(Author.of("张鹏", "记者"));
    }

    @Test
    void articleWithNoTitleNoAuthorsAndADateOnlyComesBackExactly() {
        long id = storeOne("jinhua.html", TestArticles.photoStory());

        assertThat(library.articles().find(id).orElseThrow().article()).isEqualTo(TestArticles.photoStory());
    }

    @Test
    void characterOutsideTheBasicPlaneSurvivesTheRoundTrip() {
        Article article = TestArticles.withBody("𠮷野家开门红", "𠮷野家的𠮷字，上面是“土”。");
        long id = storeOne("yoshinoya.md", article);

        assertThat(library.articles().find(id).orElseThrow().article()).isEqualTo(article);
    }

    @Test
    void missingArticleIsEmpty() {
        assertThat(library.articles().find(42)).isEmpty();
    }

    @Test
    void listShowsMetadataInTheOrderArticlesWereStored() {
        List<List<Long>> ids = store.store(List.of(
                TestArticles.file("b.html", TestArticles.projects(), TestArticles.flags()),
                TestArticles.file("a.html", TestArticles.photoStory())));

        List<ArticleSummary> list = library.articles().list();

        assertThat(list).extracting(ArticleSummary::id)
                .containsExactly(ids.get(0).get(0), ids.get(0).get(1), ids.get(1).get(0));
        assertThat(list.get(1)).isEqualTo(new ArticleSummary(ids.get(0).get(1),
                Optional.of("动起来 跑起来 干起来"), TestArticles.flags().date(), Optional.of("大众日报"),
                TestArticles.flags().authors(), TestArticles.flags().url(), "b.html", 0));
        assertThat(list.get(2).title()).isEmpty();
        assertThat(library.articles().count()).isEqualTo(3);
    }

    @Test
    void storeReturnsEachFilesNewIdsInOrder() {
        List<List<Long>> ids = store.store(List.of(
                TestArticles.file("a.html", TestArticles.flags(), TestArticles.projects()),
                TestArticles.file("b.html", TestArticles.photoStory())));

        assertThat(ids).hasSize(2);
        assertThat(ids.get(0)).hasSize(2);
        assertThat(ids.get(0).get(0)).isLessThan(ids.get(0).get(1));
        assertThat(ids.get(0).get(1)).isLessThan(ids.get(1).get(0));
    }

    @Test
    void sameBytesAreRecognisedWithTheirArticles() {
        NewFile file = TestArticles.file("a.html", TestArticles.flags(), TestArticles.projects());
        List<Long> ids = store.store(List.of(file)).get(0);

        assertThat(store.articlesFromFile(file.sha256())).contains(ids);
        assertThat(store.articlesFromFile(TestArticles.sha256(new byte[] {1}))).isEmpty();
    }

    @Test
    void fileWhoseStoriesWereAllDuplicatesIsStillRecognised() {
        NewFile copy = new NewFile("copy/a.html", "<p>约谈</p>".getBytes(StandardCharsets.UTF_8),
                TestArticles.sha256("<p>约谈</p>".getBytes(StandardCharsets.UTF_8)), "html", "UTF-8", List.of());

        assertThat(store.store(List.of(copy))).containsExactly(List.of());

        assertThat(store.articlesFromFile(copy.sha256())).contains(List.of());
    }

    @Test
    void fingerprintFindsTheStoredArticle() {
        long id = storeOne("a.html", TestArticles.flags());

        assertThat(store.articleWithFingerprint(TestArticles.fingerprint(TestArticles.flags()))).contains(id);
        assertThat(store.articleWithFingerprint("no such fingerprint")).isEmpty();
    }

    @Test
    void importedBytesAreKeptExactly() {
        NewFile file = TestArticles.file("a.html", TestArticles.flags());
        long id = store.store(List.of(file)).get(0).get(0);

        assertThat(library.articles().originalBytes(id)).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(file.bytes()));
    }

    @Test
    void incompressibleBytesAreKeptExactly() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        NewFile file = new NewFile("noise.bin", bytes, TestArticles.sha256(bytes), "text", null,
                List.of(new NewArticle(TestArticles.photoStory(), "noise")));
        long id = store.store(List.of(file)).get(0).get(0);

        assertThat(library.articles().originalBytes(id)).hasValueSatisfying(
                stored -> assertThat(stored).isEqualTo(bytes));
    }

    @Test
    void duplicateFingerprintInABatchStoresNothing() {
        NewFile first = TestArticles.file("a.html", TestArticles.flags());
        NewFile second = TestArticles.file("b.html", TestArticles.projects(), TestArticles.flags());

        assertThatThrownBy(() -> store.store(List.of(first, second)))
                .isInstanceOf(FlagmarkException.class)
                .hasMessageStartingWith("Nothing from this import was stored");

        assertThat(library.articles().count()).isZero();
        assertThat(store.articlesFromFile(first.sha256())).isEmpty();
        assertThat(library.search().search("约谈", 10).hits()).isEmpty();
    }

    @Test
    void fingerprintAlreadyInTheLibraryStoresNothingOfTheBatch() {
        storeOne("a.html", TestArticles.flags());
        NewFile fresh = TestArticles.file("b.html", TestArticles.projects());
        NewFile again = TestArticles.file("c.html", TestArticles.flags());

        assertThatThrownBy(() -> store.store(List.of(fresh, again))).isInstanceOf(FlagmarkException.class);

        assertThat(library.articles().count()).isEqualTo(1);
        assertThat(library.search().search("OLED", 10).hits()).isEmpty();
    }

    @Test
    void articleWithoutAFingerprintIsRefusedBeforeAnythingIsWritten() {
        NewFile file = new NewFile("a.html", new byte[] {1}, "abc", "html", "UTF-8",
                List.of(new NewArticle(TestArticles.flags(), null)));

        assertThatThrownBy(() -> store.store(List.of(file))).isInstanceOf(IllegalArgumentException.class);
        assertThat(library.articles().count()).isZero();
    }

    @Test
    void dateKeepsItsPrecision() {
        Article article = new Article(Optional.of("离岸人民币"), Optional.empty(),
                ArticleDate.parseIso("2021-12-08T10:18:31"), Optional.empty(), List.of(), Optional.empty(),
                List.of(Block.paragraph("离岸人民币兑美元较周二纽约尾盘涨。")), StoryRef.SINGLE);
        long id = storeOne("finews/2021-12-08-202112082206672930.md", article);

        assertThat(library.articles().find(id).orElseThrow().article().date().orElseThrow().iso())
                .isEqualTo("2021-12-08T10:18:31");
    }

    private long storeOne(String path, Article article) {
        return store.store(List.of(TestArticles.file(path, article))).get(0).get(0);
    }
}
