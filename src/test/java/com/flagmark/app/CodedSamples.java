package com.flagmark.app;

import com.flagmark.annotate.Anchors;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A library of the sample articles with one passage coded, for the export and import tests. */
final class CodedSamples {

    private CodedSamples() {
    }

    /** Imports the samples into the library and codes the first three characters of the first one 约谈问责. */
    static void fill(Library library) {
        new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore()).importPath(Path.of("seeds"),
                Progress.NONE);
        long articleId = library.articles().list().get(0).id();
        String text = library.articles().find(articleId).orElseThrow().article().text();
        long codeId = library.codebook().all().stream().filter(code -> code.name().equals("约谈问责")).findFirst()
                .orElseThrow().id();
        library.annotations().create(articleId, Anchors.of(text, 0, 3), List.of(codeId), "", Map.of(), "tester");
    }
}
