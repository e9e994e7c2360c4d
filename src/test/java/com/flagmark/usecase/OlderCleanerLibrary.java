package com.flagmark.usecase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flagmark.annotate.Anchors;
import com.flagmark.ingest.ImportStore.NewArticle;
import com.flagmark.ingest.ImportStore.NewFile;
import com.flagmark.library.OlderLibraries;
import com.flagmark.model.Article;
import com.flagmark.model.Block;
import com.flagmark.model.BlockKind;
import com.flagmark.model.CanonicalText;
import com.flagmark.model.Fingerprint;
import com.flagmark.model.Progress;
import com.flagmark.model.StoryRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A library an older Flagmark made of {@code reclean/page.html}: the schema before articles
 * recorded their cleaner, and the article as the older cleaner read it
 * ({@code reclean/older-cleaner.json}, written by hand), with the page's own bytes stored.
 */
public final class OlderCleanerLibrary {

    static final Path PAGE = Path.of("src/test/resources/reclean/page.html");
    private static final Path OLD_OUTPUT = Path.of("src/test/resources/reclean/older-cleaner.json");

    private OlderCleanerLibrary() {
    }

    /** Writes the library to {@code file}. */
    public static void write(Path file) throws IOException, SQLException {
        byte[] bytes = Files.readAllBytes(PAGE);
        Article article = olderArticle();
        NewFile page = new NewFile("page.html", bytes, Fingerprint.sha256(bytes), "html", "UTF-8",
                List.of(new NewArticle(article, Fingerprint.of(article))));
        OlderLibraries.write(file, OlderLibraries.BEFORE_CLEANER_VERSIONS, page);
    }

    /**
     * Writes the library, codes {@code quote} in its article with 措施/约谈问责 and the note 评论,
     * and re-cleans it: the new cleaner's text no longer holds the quote, so the annotation is
     * left orphaned.
     */
    public static void writeWithAnOrphan(Path file, String quote) throws IOException, SQLException {
        write(file);
        try (LibrarySession session = LibrarySession.open(file, "tester")) {
            long id = session.articles().get(0).id();
            String text = session.article(id).orElseThrow().article().text();
            int start = CanonicalText.offsetOf(text, text.indexOf(quote));
            session.annotate(id, Anchors.of(text, start, start + CanonicalText.length(quote)),
                    List.of(session.codebook().resolve("措施/约谈问责").orElseThrow().id()), "评论", Map.of());
            session.reclean(RecleanScope.outdated()).run(Progress.NONE);
        }
    }

    /** The article the older cleaner made of the page. */
    static Article olderArticle() throws IOException {
        JsonNode json = new ObjectMapper().readTree(OLD_OUTPUT.toFile());
        List<Block> blocks = new ArrayList<>();
        for (JsonNode block : json.get("blocks")) {
            blocks.add(new Block(BlockKind.fromId(block.get("kind").asText()).orElseThrow(), block.get("text").asText()));
        }
        return new Article(Optional.of(json.get("title").asText()), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), blocks, StoryRef.SINGLE);
    }
}
