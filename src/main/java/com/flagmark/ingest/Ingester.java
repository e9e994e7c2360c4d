package com.flagmark.ingest;

import com.flagmark.model.Reason;
import com.flagmark.ingest.decode.ArticleDraft;
import com.flagmark.ingest.decode.Decoded;
import com.flagmark.ingest.decode.Decoder;
import com.flagmark.ingest.decode.Format;
import com.flagmark.ingest.text.RawBlock;
import com.flagmark.ingest.text.TextArticles;
import com.flagmark.ingest.web.WebPages;
import com.flagmark.model.Article;
import com.flagmark.model.BlockKind;
import com.flagmark.nlp.WordSegmenter;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads one file into articles: finds its charset and format from its content
 * ({@link Decoder}), finds the article in a web page ({@link WebPages}), and reads text and
 * posts ({@link TextArticles}): gathers the metadata, cleans and repairs the text, and splits a
 * page of several stories. Pure: bytes in, articles out, no database. A file that is not an article comes back as
 * {@link IngestResult.Skipped} with the reason; it never throws for bad content.
 */
public final class Ingester {

    /**
     * The version of the cleaner, recorded with every article it makes. Raise it with every
     * change that makes something else of some file, so that libraries made before can be
     * re-cleaned: 1 was the cleaner before versions were recorded; 3 reads a plain-text headline
     * as the title, drops the e-paper's □ bullet and takes no source from 本报.
     */
    public static final int CLEANER_VERSION = 3;

    /** The formats the cleaner reads; an article of a file of another format came whole from an exchange file. */
    private static final Set<String> CLEANED_FORMATS = Set.of("html", "markdown", "text");

    /** Files larger than this are not articles. */
    static final int MAX_BYTES = 50 * 1024 * 1024;
    /**
     * Texts of more lines than this are not articles: the longest page of the corpus has under
     * 5,000, and reading a text line by line costs memory for each line, so a file of a million
     * one-character lines is passed over before it is read.
     */
    static final int MAX_LINES = 50_000;
    private static final int MIN_TEXT = 10;
    private static final int MIN_CHINESE = 10;
    private static final Set<String> NOT_ARTICLES = Set.of("css", "js", "mjs", "json", "xml", "rss", "atom", "csv",
            "tsv", "py", "java", "c", "h", "cpp", "sh", "bat", "ps1", "yml", "yaml", "toml", "ini", "cfg", "conf",
            "log", "sql", "lock", "map", "svg", "properties", "gradle", "kt", "rb", "go", "rs", "php");

    private final TextArticles texts;

    /** Creates an ingester that asks {@code segmenter} about words across broken lines. */
    public Ingester(WordSegmenter segmenter) {
        this.texts = new TextArticles(Objects.requireNonNull(segmenter, "segmenter"));
    }

    /** Reads a file's bytes; {@code fileName} names it in messages and breaks format ties. */
    public IngestResult read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            return new IngestResult.Skipped(Reason.because("empty file", "import.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            return new IngestResult.Skipped(tooLarge(bytes.length));
        }
        Decoder.Result decoded = Decoder.decode(bytes);
        if (decoded instanceof Decoder.Result.NotText notText) {
            return new IngestResult.Skipped(notText.reason());
        }
        Decoded text = ((Decoder.Result.Text) decoded).decoded();
        if (text.text().isBlank()) {
            return new IngestResult.Skipped(Reason.because("empty file (only white space)", "import.whiteSpace"));
        }
        // A text of fewer characters than the most lines cannot have more lines: most files are
        // not counted at all.
        long lines = text.text().length() < MAX_LINES ? 0 : lines(text.text());
        if (lines > MAX_LINES) {
            return new IngestResult.Skipped(Reason.because(String.format(
                    "not an article (%,d lines; an article has at most %,d)", lines, MAX_LINES), "import.tooManyLines",
                    String.format("%,d", lines), String.format("%,d", MAX_LINES)));
        }
        String extension = Format.extension(fileName);
        if (NOT_ARTICLES.contains(extension)) {
            return new IngestResult.Skipped(Reason.because("not an article (a ." + extension + " file)",
                    "import.notArticleFile", extension));
        }
        Format format = Format.detect(text.text(), fileName);
        List<Article> articles = articles(format, text.text(), fileName).stream().filter(Ingester::hasText).toList();
        if (articles.isEmpty()) {
            return new IngestResult.Skipped(Reason.because("no article text found", "import.noText"));
        }
        articles = articles.stream().filter(Ingester::isChinese).toList();
        if (articles.isEmpty()) {
            return new IngestResult.Skipped(Reason.because("not a Chinese article (no Chinese text)",
                    "import.notChinese"));
        }
        return new IngestResult.Articles(articles, format.id(), text.charset(), text.repairNote());
    }

    /** The reason a file of this many bytes is skipped. */
    public static Reason tooLarge(long bytes) {
        return Reason.because(String.format("too large for an article (%.0f MB)", bytes / 1e6), "import.tooLarge",
                String.format("%.0f", bytes / 1e6));
    }

    /** Tells whether the articles of a file stored with this format were made by the cleaner, so can be made again. */
    public static boolean cleans(String format) {
        return CLEANED_FORMATS.contains(format);
    }

    private List<Article> articles(Format format, String text, String fileName) {
        return switch (format) {
            case FRONT_MATTER -> List.of(texts.post(text, fileName));
            case MARKDOWN -> List.of(texts.markdown(text));
            case HTML_PAGE -> {
                ArticleDraft draft = new ArticleDraft();
                yield List.of(texts.webPage(WebPages.read(text, draft), draft));
            }
            case HTML_FRAGMENT -> fragment(text);
            case PLAIN_TEXT -> texts.plainText(text);
        };
    }

    /**
     * A piece of a saved page (its layout without the html, head and body around it) is read as a
     * page, so that its navigation and footers are left out as on a whole page; a fragment of
     * bare paragraphs, or one where no article is found that way, is read line by line.
     */
    private List<Article> fragment(String text) {
        if (Format.hasPageLayout(text)) {
            ArticleDraft draft = new ArticleDraft();
            List<RawBlock> lines = WebPages.read(text, draft);
            if (!lines.isEmpty()) {
                return List.of(texts.webPage(lines, draft));
            }
        }
        return texts.htmlFragment(text);
    }

    /** Counts lines ended by \n, \r\n or a lone \r, as the readers split them. */
    private static long lines(String text) {
        long lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return lines;
    }

    /** Flagmark reads Chinese news; a README or an English page in the folder is not one of them. */
    private static boolean isChinese(Article article) {
        String text = article.text();
        return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .limit(MIN_CHINESE).count() >= MIN_CHINESE;
    }

    private static boolean hasText(Article article) {
        int length = article.blocks().stream()
                .filter(block -> block.kind() != BlockKind.BYLINE && block.kind() != BlockKind.DATELINE)
                .mapToInt(block -> block.text().codePointCount(0, block.text().length()))
                .sum();
        return length >= MIN_TEXT;
    }
}
