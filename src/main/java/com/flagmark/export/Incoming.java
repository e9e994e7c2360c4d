package com.flagmark.export;

import com.flagmark.model.Anchor;
import com.flagmark.model.Article;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an annotation file holds, read and checked but not yet matched to the library: codes
 * by path, the articles a project brings (its sources), and the annotations with the article
 * each names.
 *
 * @param format the format's name for the report, such as {@code W3C Web Annotation JSON}
 * @param skipped what was in the file but cannot be imported, each with why
 */
record Incoming(String format, List<IncomingCode> codes, List<IncomingSource> sources,
        List<IncomingAnnotation> annotations, List<AnnotationImportReport.Unmatched> skipped) {

    Incoming {
        Objects.requireNonNull(format, "format");
        codes = List.copyOf(codes);
        sources = List.copyOf(sources);
        annotations = List.copyOf(annotations);
        skipped = List.copyOf(skipped);
    }

    /**
     * A code as a file gives it.
     *
     * @param path its names from the root down, such as {@code [措施, 亮旗评比]}
     * @param colour its colour, where the file gives one
     */
    record IncomingCode(List<String> path, boolean codable, Optional<String> colour, RefiQda.CodeDetails details) {

        IncomingCode {
            path = List.copyOf(path);
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(details, "details");
        }
    }

    /**
     * A text a project brings, as an article; its key is how the project's annotations name it.
     */
    record IncomingSource(String key, Article article) {

        IncomingSource {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(article, "article");
        }
    }

    /**
     * The article an annotation names: a source of the same file, or an article of the
     * library found by fingerprint, URL or title.
     */
    record ArticleReference(Optional<String> sourceKey, Optional<String> fingerprint, Optional<String> url,
            Optional<String> title) {

        ArticleReference {
            Objects.requireNonNull(sourceKey, "sourceKey");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(title, "title");
        }

        /** How the report names the article. */
        String describe() {
            return title.or(() -> url).or(() -> fingerprint.map(hash -> "sha256:" + hash.substring(0, 12)))
                    .or(() -> sourceKey).orElse("an unnamed article");
        }
    }

    /**
     * An annotation as a file gives it: its anchor in the text the file knew, its codes by
     * path, note, attribute values and coder.
     *
     * @param positioned whether the file gave the anchor's offsets, or only its quote
     */
    record IncomingAnnotation(ArticleReference article, Anchor anchor, boolean positioned, List<List<String>> codePaths,
            String note, Map<String, String> attributes, String coder) {

        IncomingAnnotation {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(anchor, "anchor");
            codePaths = codePaths.stream().map(List::copyOf).toList();
            Objects.requireNonNull(note, "note");
            attributes = Map.copyOf(attributes);
            Objects.requireNonNull(coder, "coder");
        }
    }
}
