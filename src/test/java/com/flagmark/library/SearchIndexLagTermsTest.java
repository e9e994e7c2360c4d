package com.flagmark.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.ingest.ImportStore.NewFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an article puts in the index does not depend on how far behind the store the index
 * was when it took the article: an index that followed every stored batch at once and one
 * built long after, from the whole log, hold the same terms, in the same articles, with the
 * same counts and positions.
 */
class SearchIndexLagTermsTest {

    @TempDir
    Path folder;

    @Test
    void indexThatKeptUpAndIndexBuiltFarBehindHoldTheSameTerms() throws IOException {
        Path keptUp = folder.resolve("kept-up.sqlite");
        try (Library library = Library.open(keptUp)) {
            for (List<NewFile> batch : batches()) {
                library.importStore().store(batch);
                // A search catches the index up with everything stored so far.
                library.search().search("约谈", 1);
            }
        }
        Path farBehind = folder.resolve("far-behind.sqlite");
        try (Library library = Library.open(farBehind)) {
            for (List<NewFile> batch : batches()) {
                library.importStore().store(batch);
            }
        }
        deleteIndexFiles(farBehind);
        try (Library library = Library.open(farBehind)) {
            library.search().search("约谈", 1);
        }

        Map<String, String> kept = postings(keptUp);
        assertThat(kept).containsKeys("body 约谈 1", "body_characters 旗 1", "body oled 2", "title 𠮷野 3");
        assertThat(postings(farBehind)).isEqualTo(kept);
    }

    private static List<List<NewFile>> batches() {
        return List.of(
                List.of(TestArticles.file("1.html", TestArticles.flags()),
                        TestArticles.file("2.html", TestArticles.projects())),
                List.of(TestArticles.file("3.html", TestArticles.withBody("𠮷野家开业",
                        "５Ｇ基站“开门红”！约，谈 2.5万元；稳定。枣庄项目建设。"))),
                List.of(TestArticles.file("4.html", TestArticles.withParagraphs("市纪委约谈了项目负责人。",
                        "寒亭区项目建设全面起势，OLED盖板。"))));
    }

    private static void deleteIndexFiles(Path file) throws IOException {
        try (Stream<Path> indexFiles = Files.list(IndexFolder.folderOf(file))) {
            for (Path indexFile : indexFiles.toList()) {
                Files.delete(indexFile);
            }
        }
    }

    /** Every term of every text field, by article: "field term articleId" to its count and positions. */
    private static Map<String, String> postings(Path file) throws IOException {
        Map<String, String> postings = new TreeMap<>();
        try (Directory directory = FSDirectory.open(IndexFolder.folderOf(file));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (FieldInfo field : leaf.reader().getFieldInfos()) {
                    if (field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS) >= 0) {
                        read(leaf.reader(), field, postings);
                    }
                }
            }
        }
        return postings;
    }

    private static void read(LeafReader reader, FieldInfo field, Map<String, String> postings) throws IOException {
        Terms terms = reader.terms(field.name);
        if (terms == null) {
            return; // a field every entry of the segment has empty
        }
        TermsEnum each = terms.iterator();
        boolean positions = field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            String text = term.utf8ToString();
            PostingsEnum docs = each.postings(null, positions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (reader.getLiveDocs() != null && !reader.getLiveDocs().get(doc)) {
                    continue;
                }
                List<Integer> at = new ArrayList<>();
                for (int i = 0; positions && i < docs.freq(); i++) {
                    at.add(docs.nextPosition());
                }
                postings.put(field.name + " " + text + " " + articleId(reader, doc), docs.freq() + " " + at);
            }
        }
    }

    private static long articleId(LeafReader reader, int doc) throws IOException {
        NumericDocValues ids = reader.getNumericDocValues(SearchFields.ID);
        ids.advanceExact(doc);
        return ids.longValue();
    }
}
