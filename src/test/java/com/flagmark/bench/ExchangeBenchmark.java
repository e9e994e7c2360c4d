package com.flagmark.bench;

import com.flagmark.annotate.Anchors;
import com.flagmark.annotate.Codebook;
import com.flagmark.export.ExportFormat;
import com.flagmark.export.ExportScope;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.Code;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import com.flagmark.usecase.AnnotationImportReport;
import com.flagmark.usecase.LibrarySession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How long exports and imports of annotations take on a large library, and in how much heap:
 * a synthetic corpus of N articles with two coded passages each (a quarter with a note,
 * outcomes with values), written in every export format, then the JSON brought back into a
 * library of the same articles and the REFI-QDA project into an empty one. Prints seconds,
 * items per second, file size and peak heap of each step, and the peak heap of all at each N.
 *
 * <p>Two runs: {@code prepare SIZES CORPUS WORK} builds the coded libraries (in a JVM with room
 * for the folder import), {@code measure SIZES WORK} exports and imports them, in a JVM capped
 * at {@code -Xmx512m} by {@code ./mvnw -q -Pbench verify}, then deletes WORK.
 */
public final class ExchangeBenchmark {

    private static final long SEED = 4_2024;
    private static final int PER_ARTICLE = 2;

    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = Arrays.stream(args[1].split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        if (args[0].equals("prepare")) {
            Path work = Path.of(args[3]);
            SyntheticCorpus material = SyntheticCorpus.from(SEED, Path.of("seeds"), Path.of(args[2]));
            for (int size : sizes) {
                prepare(material, size, Files.createDirectories(work.resolve(String.valueOf(size))));
            }
            return;
        }
        Path work = Path.of(args[2]);
        try {
            System.out.printf("JVM heap at most %,d MB%n%n", Runtime.getRuntime().maxMemory() >> 20);
            long[] peaks = new long[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                peaks[i] = measure(work.resolve(String.valueOf(sizes[i])));
            }
            for (int i = 0; i < sizes.length; i++) {
                System.out.printf("peak heap, exchange of %,d articles: %,d MB%n", sizes[i], peaks[i] >> 20);
            }
        } finally {
            Folders.delete(work);
        }
    }

    /** Imports N synthetic articles, keeps a copy uncoded, and codes two passages of each. */
    private static void prepare(SyntheticCorpus material, int size, Path work) throws IOException {
        material.write(work.resolve("input"), size);
        Path coded = work.resolve("coded.sqlite");
        try (Library library = Library.open(coded)) {
            new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore())
                    .importPath(work.resolve("input"), Progress.NONE);
        }
        Folders.delete(work.resolve("input"));
        Files.copy(coded, work.resolve("uncoded.sqlite"), StandardCopyOption.REPLACE_EXISTING);
        try (Library library = Library.open(coded)) {
            int annotations = code(library);
            System.out.printf("prepared %,d articles with %,d annotations%n", library.articles().count(), annotations);
        }
    }

    /** Exports the coded library in every format and imports two of them back; returns the peak heap of all. */
    private static long measure(Path work) throws IOException {
        System.out.println("| step | items | s | items/s | file MB | peak heap MB |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        Map<ExportFormat, Path> written = new EnumMap<>(ExportFormat.class);
        long peak = 0;
        try (Library library = Library.open(work.resolve("coded.sqlite"))) {
            System.out.printf("| %,d articles coded | | | | | |%n", library.articles().count());
            for (ExportFormat format : ExportFormat.values()) {
                Path out = work.resolve("export." + format.id() + "." + format.extension());
                Measured measured = measure(() -> format.write(library, out, ExportScope.ALL, Progress.NONE));
                written.put(format, out);
                System.out.println(measured.row("export " + format.id(), Files.size(out)));
                peak = Math.max(peak, measured.peakHeap());
            }
        }
        try (LibrarySession session = LibrarySession.open(work.resolve("uncoded.sqlite"), "bench")) {
            peak = Math.max(peak, importRow("import json (same articles)", session, written.get(ExportFormat.JSON)));
        }
        try (LibrarySession session = LibrarySession.open(work.resolve("empty.sqlite"), "bench")) {
            peak = Math.max(peak, importRow("import qdpx (empty library)", session, written.get(ExportFormat.QDPX)));
        }
        System.out.println();
        return peak;
    }

    private static long importRow(String step, LibrarySession session, Path file) throws IOException {
        AnnotationImportReport[] report = new AnnotationImportReport[1];
        Measured measured = measure(() -> {
            report[0] = session.importAnnotations(file).run(Progress.NONE);
            return report[0].added();
        });
        System.out.println(measured.row(step, Files.size(file)) + String.format(" %,d new articles, %,d not imported",
                report[0].articlesAdded(), report[0].unmatched().size()));
        return measured.peakHeap();
    }

    /** Codes two passages of every article, in one transaction, and returns how many. */
    private static int code(Library library) {
        Random random = new Random(SEED);
        Codebook codebook = new Codebook(library.codebook().all());
        List<Code> codable = codebook.all().stream().filter(Code::codable).toList();
        Code outcome = codebook.resolve("成效/复工复产").orElseThrow();
        List<ArticleSummary> articles = library.articles().list();
        return library.transaction(() -> {
            int count = 0;
            for (ArticleSummary summary : articles) {
                String text = library.articles().find(summary.id()).orElseThrow().article().text();
                int length = text.codePointCount(0, text.length());
                for (int i = 0; i < PER_ARTICLE && length > 30; i++) {
                    int start = random.nextInt(length - 25);
                    int end = start + 4 + random.nextInt(20);
                    var span = Anchors.trimmed(text, start, end);
                    if (span.isEmpty()) {
                        continue;
                    }
                    Code code = random.nextInt(5) == 0 ? outcome : codable.get(random.nextInt(codable.size()));
                    Map<String, String> attributes = code == outcome ? Map.of("value", "98", "unit", "%") : Map.of();
                    library.annotations().create(summary.id(), Anchors.of(text, span.get().start(), span.get().end()),
                            List.of(code.id()), random.nextInt(4) == 0 ? "复核：" + summary.id() : "", attributes, "bench");
                    count++;
                }
            }
            return count;
        });
    }

    private static Measured measure(Work work) throws IOException {
        System.gc();
        HeapWatch heap = HeapWatch.begin();
        long start = System.nanoTime();
        int items = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measured(items, seconds, heap.finish());
    }

    @FunctionalInterface
    private interface Work {
        int run() throws IOException;
    }

    private record Measured(int items, double seconds, long peakHeap) {

        String row(String step, long fileBytes) {
            return String.format("| %s | %,d | %.2f | %,.0f | %.1f | %d |", step, items, seconds, items / seconds,
                    fileBytes / 1e6, peakHeap >> 20);
        }
    }
}
