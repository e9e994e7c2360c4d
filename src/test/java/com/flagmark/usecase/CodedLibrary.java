package com.flagmark.usecase;

import com.flagmark.annotate.Anchors;
import com.flagmark.annotate.Codebook;
import com.flagmark.ingest.FolderImporter;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.Library;
import com.flagmark.library.StoredArticle;
import com.flagmark.model.Annotation;
import com.flagmark.model.Article;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.AttributeType;
import com.flagmark.model.Code;
import com.flagmark.model.Fingerprint;
import com.flagmark.model.Progress;
import com.flagmark.nlp.HanlpSegmenter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Libraries for the exchange tests, built by the real importer from real files: the sample
 * articles plus a short article whose first character (𠮷) lies outside the Basic Multilingual
 * Plane, coded with every kind of thing an export must carry: several codes, a note with a line
 * break and quotes, attribute values, a code added by the user with attributes of its own.
 */
final class CodedLibrary {

    /** A short article: 𠮷 is one code point but two Java chars, so offsets after it differ by one. */
    static final String SHORT = "𠮷野家项目开工\n\n2023-02-14 09:00 某某日报\n\n𠮷野家项目现场，对后进的亮黄旗，市领导进行约谈。\n";

    private CodedLibrary() {
    }

    /** Writes the articles' files into {@code folder}: the sample articles and the short one. */
    static Path articleFiles(Path folder) {
        try {
            Files.createDirectories(folder);
            try (var seeds = Files.list(Path.of("seeds"))) {
                for (Path seed : seeds.filter(file -> file.toString().endsWith(".txt")).toList()) {
                    Files.copy(seed, folder.resolve(seed.getFileName()));
                }
            }
            Files.writeString(folder.resolve("short.txt"), SHORT, StandardCharsets.UTF_8);
            return folder;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Opens a library holding the articles of {@code files}, uncoded. */
    static Library withArticles(Path file, Path files) {
        Library library = Library.open(file);
        new FolderImporter(new Ingester(HanlpSegmenter.get()), library.importStore()).importPath(files, Progress.NONE);
        return library;
    }

    /** Opens a library holding the articles of {@code files}, coded. */
    static Library coded(Path file, Path files) {
        Library library = withArticles(file, files);
        Codebook codebook = new Codebook(library.codebook().all());
        Code measures = codebook.resolve("措施").orElseThrow();
        Code own = library.codebook().add(new Code(0, Optional.of(measures.id()), "挂图作战", "Battle maps", "#3366CC",
                Optional.empty(), "Wall charts of project progress.", true,
                List.of(new AttributeDefinition("wall", "地点", "Where", AttributeType.TEXT, List.of())),
                List.of("挂图", "作战图"), 99));
        long shortArticle = articleHolding(library, "𠮷野家项目现场");
        annotate(library, shortArticle, "亮黄旗", List.of("措施/亮旗评比", "地区"),
                "对后进的\n亮\"黄\"旗", Map.of("colour", "黄", "gazetteer", "𠮷野家"));
        annotate(library, shortArticle, "市领导进行约谈", List.of("措施/约谈问责"), "", Map.of());
        long seed = articleHolding(library, "返岗率");
        annotate(library, seed, "返岗率", List.of("成效/复工复产"), "", Map.of("value", "98", "unit", "%"));
        annotate(library, articleHolding(library, "项目建设"), "项目建设", List.of("措施/" + own.name()), "第一处",
                Map.of("wall", "指挥部"));
        return library;
    }

    /** Codes the first place {@code quote} occurs in the article. */
    static Annotation annotate(Library library, long articleId, String quote, List<String> codes, String note,
            Map<String, String> attributes) {
        Codebook codebook = new Codebook(library.codebook().all());
        String text = library.articles().find(articleId).orElseThrow().article().text();
        int start = text.codePointCount(0, text.indexOf(quote));
        List<Long> codeIds = codes.stream().map(path -> codebook.resolve(path).orElseThrow().id()).toList();
        return library.annotations().create(articleId, Anchors.of(text, start, start + quote.codePointCount(0,
                quote.length())), codeIds, note, attributes, "王老师");
    }

    /** The id of the first article whose text holds {@code words}. */
    static long articleHolding(Library library, String words) {
        return library.articles().list().stream().map(summary -> library.articles().find(summary.id()).orElseThrow())
                .filter(stored -> stored.article().text().contains(words)).findFirst().map(StoredArticle::id)
                .orElseThrow(() -> new AssertionError("No article holds " + words));
    }

    /**
     * The library's annotations as text, without ids or times: article (by fingerprint), anchor,
     * codes by path, note, attribute values and coder, in a stable order.
     */
    static List<String> annotations(Library library) {
        Codebook codebook = new Codebook(library.codebook().all());
        List<String> lines = new ArrayList<>();
        for (Annotation annotation : library.annotations().all()) {
            Article article = library.articles().find(annotation.articleId()).orElseThrow().article();
            lines.add(String.join(" | ", Fingerprint.of(article).substring(0, 16),
                    annotation.anchor().toString(),
                    annotation.codeIds().stream().map(id -> codebook.path(codebook.find(id).orElseThrow())).sorted()
                            .collect(Collectors.joining(",")),
                    annotation.note(), new TreeMap<>(annotation.attributes()).toString(), annotation.coder()));
        }
        lines.sort(null);
        return lines;
    }

    /** The codebook as text, without ids or positions: path and every detail, in tree order. */
    static List<String> codes(Library library) {
        Codebook codebook = new Codebook(library.codebook().all());
        return codebook.all().stream().map(code -> String.join(" | ", codebook.path(code), code.englishName(),
                code.colour().toUpperCase(), code.shortcut().orElse("-"), code.description(),
                String.valueOf(code.codable()), code.attributes().toString(), code.cues().toString())).toList();
    }
}
