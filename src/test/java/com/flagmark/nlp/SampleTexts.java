package com.flagmark.nlp;

import com.flagmark.ingest.IngestResult;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.model.Article;
import com.flagmark.model.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The sample articles as the importer reads them, and the codebook a new library starts with. */
public final class SampleTexts {

    private SampleTexts() {
    }

    /** Returns every article of the sample files in {@code seeds/}, in file order. */
    public static List<Article> articles() throws IOException {
        Ingester ingester = new Ingester(HanlpSegmenter.get());
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.sorted().toList()) {
                if (ingester.read(file.toString(), Files.readAllBytes(file)) instanceof IngestResult.Articles read) {
                    articles.addAll(read.articles());
                }
            }
        }
        return articles;
    }

    /** Returns the default codebook, read from a new library made in {@code folder}. */
    public static List<Code> defaultCodebook(Path folder) {
        try (Library library = Library.open(folder.resolve("library.sqlite"))) {
            return library.codebook().all();
        }
    }
}
