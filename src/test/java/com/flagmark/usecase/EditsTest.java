package com.flagmark.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.flagmark.annotate.Anchors;
import com.flagmark.annotate.Codebook;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.Code;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change to annotations and the codebook can be undone and redone, on a real library. */
class EditsTest {

    @TempDir
    Path temp;

    private Library library;
    private Edits edits;
    private History history;
    private long articleId;
    private String text;

    @BeforeEach
    void openLibraryWithASeed() {
        library = Library.open(temp.resolve("library.sqlite"));
        new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore())
                .importPath(Path.of("seeds/000_d6d82f7171e0354b.txt"), Progress.NONE);
        articleId = library.articles().list().get(0).id();
        text = library.articles().find(articleId).orElseThrow().article().text();
        edits = new Edits(library, "tester");
        history = new History(() -> { });
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void undoingAnAnnotationRemovesItAndRedoingBringsItBackWithItsId() {
        history.perform(edits.annotate(articleId, anchorOf("约谈"), List.of(code("措施/约谈问责").id()), "", Map.of()));
        Annotation created = library.annotations().of(articleId).get(0);

        history.undo();
        assertThat(library.annotations().of(articleId)).isEmpty();
        history.redo();

        assertThat(library.annotations().of(articleId)).singleElement()
                .satisfies(annotation -> assertThat(annotation.id()).isEqualTo(created.id()));
    }

    @Test
    void undoingADeletedCodeBringsBackItsAnnotations() {
        Code flags = code("措施/亮旗评比");
        history.perform(edits.annotate(articleId, anchorOf("红旗"), List.of(flags.id()), "先进", Map.of("colour", "红")));
        List<Annotation> before = library.annotations().all();
        List<Code> codesBefore = library.codebook().all();

        history.perform(edits.deleteCode(flags, Optional.empty()));
        assertThat(library.annotations().all()).isEmpty();
        history.undo();

        assertThat(library.annotations().all()).isEqualTo(before);
        assertThat(library.codebook().all()).isEqualTo(codesBefore);
    }

    @Test
    void undoingAMergeGivesBackBothCodes() {
        Code flags = code("措施/亮旗评比");
        Code badges = code("措施/蓝黄红督导");
        history.perform(edits.annotate(articleId, anchorOf("红旗"), List.of(flags.id()), "", Map.of()));
        List<Code> codesBefore = library.codebook().all();

        history.perform(edits.mergeCodes(flags, badges));
        assertThat(library.annotations().all().get(0).codeIds()).containsExactly(badges.id());
        history.undo();

        assertThat(library.codebook().all()).isEqualTo(codesBefore);
        assertThat(library.annotations().all().get(0).codeIds()).containsExactly(flags.id());
    }

    @Test
    void undoingAMoveAndAnAddPutsTheCodebookBackAsItWas() {
        List<Code> codesBefore = library.codebook().all();
        Code talks = code("措施/约谈问责");

        history.perform(edits.moveCode(talks, Optional.empty(), 0));
        assertThat(new Codebook(library.codebook().all()).path(code("约谈问责"))).isEqualTo("约谈问责");
        history.perform(edits.addCode(new Code(0, Optional.of(talks.id()), "集体约谈", "Group interview", "#8E24AA",
                Optional.empty(), "", true, List.of(), List.of(), 0)));
        history.undo();
        history.undo();

        assertThat(library.codebook().all()).isEqualTo(codesBefore);
    }

    private Code code(String path) {
        return new Codebook(library.codebook().all()).resolve(path).orElseThrow();
    }

    private Anchor anchorOf(String quote) {
        int start = text.codePointCount(0, text.indexOf(quote));
        return Anchors.of(text, start, start + quote.codePointCount(0, quote.length()));
    }
}
