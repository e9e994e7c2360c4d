package com.flagmark.export;

import com.flagmark.export.AnnotationImportReport.Unmatched;
import com.flagmark.export.ArticleMatch.Found;
import com.flagmark.export.Incoming.IncomingAnnotation;
import com.flagmark.library.Library;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Imports annotations from a W3C Web Annotation JSON file, a REFI-QDA project ({@code .qdpx})
 * or codebook ({@code .qdc}). The file is read and checked whole first: a malformed or hostile
 * file is refused with a message and changes nothing. Then, in one transaction, its codes are
 * merged into the codebook by path, a project's sources the library lacks become articles, and
 * each annotation is matched to its article and passage ({@link ArticleMatch}). An annotation
 * the library already has (same passage, same codes) is not added again, so importing a file
 * twice adds nothing; one that cannot be placed is reported, never dropped silently.
 */
public final class AnnotationImport {

    /** The largest file read; annotation files of real projects are far smaller. */
    static final long MOST_BYTES = 1L << 30;

    private final Library library;

    public AnnotationImport(Library library) {
        this.library = library;
    }

    /**
     * Reads the file, then stores what it holds; returns what was done.
     *
     * @throws RefusedFile if the file cannot be read or is not one of the formats, having changed nothing
     * @throws FlagmarkException if the library cannot be written or the user cancelled, having changed nothing
     */
    public AnnotationImportReport run(Path file, Progress progress) {
        byte[] bytes = bytes(file);
        Incoming incoming = read(bytes, file.getFileName().toString());
        Steps.checkCancelled(progress);
        return library.transaction(() -> store(incoming, file.getFileName().toString(), bytes, progress));
    }

    /** Reads a file's bytes as the format they are in. */
    static Incoming read(byte[] bytes, String fileName) {
        int first = firstSignificant(bytes);
        if (first < 0) {
            throw new RefusedFile(fileName + " is empty; nothing was imported.");
        }
        if (bytes.length - first >= 4 && bytes[first] == 'P' && bytes[first + 1] == 'K') {
            return QdaReader.project(bytes, fileName);
        }
        if (bytes[first] == '<') {
            return QdaReader.xml(bytes, fileName);
        }
        if (bytes[first] == '{' || bytes[first] == '[') {
            return WebAnnotationReader.read(bytes, fileName);
        }
        throw new RefusedFile(fileName + " is neither W3C Web Annotation JSON nor a REFI-QDA project (.qdpx) or"
                + " codebook (.qdc); nothing was imported.");
    }

    private AnnotationImportReport store(Incoming incoming, String fileName, byte[] bytes, Progress progress) {
        CodeMerge codes = new CodeMerge(library.codebook());
        codes.addAll(incoming.codes());
        ArticleMatch articles = new ArticleMatch(library);
        articles.addSources(incoming.sources(), fileName, bytes, "qdpx");
        List<Unmatched> unmatched = new ArrayList<>(incoming.skipped());
        Map<Long, Set<String>> present = new HashMap<>();
        int added = 0;
        int alreadyPresent = 0;
        int reanchored = 0;
        Steps steps = new Steps(progress, incoming.annotations().size(), "Matching annotations");
        for (IncomingAnnotation annotation : incoming.annotations()) {
            steps.step();
            Found found = articles.find(annotation.article(), annotation.anchor()).orElse(null);
            if (found == null) {
                unmatched.add(unmatched(annotation, "No article in the library holds this passage."));
                continue;
            }
            List<Long> codeIds = new ArrayList<>();
            for (List<String> path : annotation.codePaths()) {
                codeIds.add(codes.ensure(path).id());
            }
            String key = key(found.anchor(), codeIds);
            Set<String> there = present.computeIfAbsent(found.articleId(), this::keysOf);
            if (!there.add(key)) {
                alreadyPresent++;
                continue;
            }
            try {
                library.annotations().create(found.articleId(), found.anchor(), codeIds, annotation.note(),
                        annotation.attributes(), annotation.coder());
            } catch (FlagmarkException refusedByLibrary) {
                there.remove(key);
                unmatched.add(unmatched(annotation, refusedByLibrary.getMessage()));
                continue;
            }
            added++;
            if (annotation.positioned() && found.anchor().start() != annotation.anchor().start()) {
                reanchored++;
            }
        }
        return new AnnotationImportReport(incoming.format(), incoming.annotations().size() + incoming.skipped().size(),
                added, alreadyPresent, reanchored, articles.added(), codes.added(), unmatched);
    }

    private Set<String> keysOf(long articleId) {
        Set<String> keys = new HashSet<>();
        for (Annotation annotation : library.annotations().of(articleId)) {
            keys.add(key(annotation.anchor(), annotation.codeIds()));
        }
        return keys;
    }

    /** What makes two annotations of an article the same: the passage and the set of codes. */
    private static String key(Anchor anchor, List<Long> codeIds) {
        return anchor.start() + ":" + anchor.end() + ":" + new TreeSet<>(codeIds);
    }

    private static Unmatched unmatched(IncomingAnnotation annotation, String reason) {
        return new Unmatched(annotation.anchor().exact(), annotation.article().describe(), reason);
    }

    private static byte[] bytes(Path file) {
        try {
            if (Files.size(file) > MOST_BYTES) {
                throw new RefusedFile(file + " is larger than " + (MOST_BYTES >> 20) + " MB; nothing was imported.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readAllBytes();
            }
        } catch (NoSuchFileException missing) {
            throw new RefusedFile("There is no file " + file + ".");
        } catch (IOException unreadable) {
            throw new RefusedFile("Cannot read " + file + ": " + unreadable.getMessage());
        }
    }

    /** The index of the first byte that is not white space or a UTF-8 byte-order mark, or -1. */
    private static int firstSignificant(byte[] bytes) {
        int at = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (at < bytes.length && Character.isWhitespace(bytes[at])) {
            at++;
        }
        return at < bytes.length ? at : -1;
    }
}
