package com.flagmark.export;

import com.flagmark.annotate.Codebook;
import com.flagmark.library.ArticleSummary;
import com.flagmark.library.Library;
import com.flagmark.model.Annotation;
import com.flagmark.model.ArticleDate;
import com.flagmark.model.AttributeDefinition;
import com.flagmark.model.Author;
import com.flagmark.model.Code;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV exports, for spreadsheets and statistics: annotations (one row per annotation and
 * code), articles (metadata and annotation counts) and the codebook. UTF-8 with a byte-order
 * mark, so Excel reads Chinese text; RFC 4180 quoting, so commas, quotes and line breaks in a
 * field survive. Each file is written whole or not at all.
 */
public final class CsvExport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LIST = "; ";

    private final Library library;

    public CsvExport(Library library) {
        this.library = library;
    }

    /** Writes one row per annotation and code; returns how many rows were written. */
    public int annotations(Path out, ExportScope scope) {
        return annotations(out, scope, Progress.NONE);
    }

    /**
     * Writes one row per annotation and code, telling the progress how far it got; returns how
     * many rows were written.
     *
     * @throws FlagmarkException if the user cancels, having written nothing
     */
    public int annotations(Path out, ExportScope scope, Progress progress) {
        Codebook codebook = new Codebook(library.codebook().all());
        ExportSelection selection = new ExportSelection(library, codebook, scope);
        List<Long> articleIds = selection.articleIds();
        Set<String> attributeNames = new TreeSet<>();
        for (long articleId : articleIds) {
            selection.annotationsOf(articleId).forEach(annotation -> attributeNames.addAll(annotation.attributes().keySet()));
        }
        List<String> header = new ArrayList<>(List.of("annotation_id", "article_id", "title", "date", "source", "authors",
                "url", "code_path", "code_name", "code_english", "exact", "start", "end", "prefix", "suffix", "note"));
        attributeNames.forEach(name -> header.add("attr:" + name));
        header.addAll(List.of("coder", "created", "modified", "orphaned"));
        int[] rows = {0};
        write(out, header, printer -> {
            Steps steps = new Steps(progress, articleIds.size(), "Writing annotations");
            for (long articleId : articleIds) {
                steps.step();
                List<Annotation> annotations = selection.annotationsOf(articleId);
                if (annotations.isEmpty()) {
                    continue;
                }
                for (ArticleSummary article : library.articles().summaries(List.of(articleId))) {
                    for (Annotation annotation : annotations) {
                        rows[0] += print(printer, article, annotation, codebook, attributeNames);
                    }
                }
            }
        });
        return rows[0];
    }

    /** Prints an annotation's rows, one per code; returns how many. */
    private static int print(CSVPrinter printer, ArticleSummary article, Annotation annotation, Codebook codebook,
            Set<String> attributeNames) throws IOException {
        for (long codeId : annotation.codeIds()) {
            Code code = codebook.find(codeId).orElseThrow();
            List<Object> row = new ArrayList<>(List.of(annotation.id(), annotation.articleId(),
                    article.title().orElse(""), article.date().map(ArticleDate::iso).orElse(""),
                    article.source().orElse(""), names(article.authors()), article.url().orElse(""),
                    codebook.path(code), code.name(), code.englishName(), annotation.anchor().exact(),
                    offset(annotation, annotation.anchor().start()), offset(annotation, annotation.anchor().end()),
                    annotation.anchor().prefix(), annotation.anchor().suffix(), annotation.note()));
            attributeNames.forEach(name -> row.add(annotation.attributes().getOrDefault(name, "")));
            row.addAll(List.of(annotation.coder(), annotation.created(), annotation.modified(), annotation.orphaned()));
            printer.printRecord(row);
        }
        return annotation.codeIds().size();
    }

    /** Writes one row per article with its metadata and number of annotations; returns the rows. */
    public int articles(Path out, ExportScope scope) {
        Codebook codebook = new Codebook(library.codebook().all());
        List<ArticleSummary> articles = new ExportSelection(library, codebook, scope).articles();
        write(out, List.of("article_id", "title", "date", "source", "authors", "url", "file", "annotations"), printer -> {
            for (ArticleSummary article : articles) {
                printer.printRecord(article.id(), article.title().orElse(""), article.date().map(ArticleDate::iso).orElse(""),
                        article.source().orElse(""), names(article.authors()), article.url().orElse(""), article.file(),
                        article.annotationCount());
            }
        });
        return articles.size();
    }

    /** Writes one row per code, parents first; returns the rows. */
    public int codebook(Path out) {
        Codebook codebook = new Codebook(library.codebook().all());
        List<Code> codes = codebook.all();
        write(out, List.of("code_id", "path", "name", "english_name", "parent_path", "colour", "shortcut", "codable",
                "description", "attributes", "cues"), printer -> {
                    for (Code code : codes) {
                        printer.printRecord(code.id(), codebook.path(code), code.name(), code.englishName(),
                                code.parentId().flatMap(codebook::find).map(codebook::path).orElse(""), code.colour(),
                                code.shortcut().orElse(""), code.codable(), code.description(),
                                code.attributes().stream().map(CsvExport::describe).collect(Collectors.joining(LIST)),
                                String.join(LIST, code.cues()));
                    }
                });
        return codes.size();
    }

    private static String describe(AttributeDefinition attribute) {
        String choices = attribute.choices().isEmpty() ? "" : "[" + String.join("|", attribute.choices()) + "]";
        return attribute.name() + ":" + attribute.type().id() + choices;
    }

    private static String names(List<Author> authors) {
        return authors.stream().map(Author::name).collect(Collectors.joining(LIST));
    }

    private static void write(Path out, List<String> header, Rows rows) {
        AtomicFile.write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(header);
            rows.print(printer);
            printer.flush();
        });
    }

    @FunctionalInterface
    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    /** An orphaned annotation's offsets point into a text that no longer holds it: they are left empty. */
    private static Object offset(Annotation annotation, int offset) {
        return annotation.orphaned() ? "" : offset;
    }
}
