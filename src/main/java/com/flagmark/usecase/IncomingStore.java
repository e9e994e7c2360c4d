package com.flagmark.usecase;

import com.flagmark.export.Incoming;
import com.flagmark.export.Incoming.IncomingAnnotation;
import com.flagmark.export.Incoming.IncomingCode;
import com.flagmark.export.Incoming.IncomingSource;
import com.flagmark.export.NotImported;
import com.flagmark.export.Unmatched;
import com.flagmark.usecase.ArticleMatch.Found;
import com.flagmark.library.Library;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stores what a reader hands on, inside the import's transaction: codes merged by path, a
 * project's sources as articles, and each annotation on its article's passage, with its coder
 * and times as the file gives them. An annotation is refused, with why, when no article holds
 * its passage or the library refuses it as it refuses one coded by hand (a code that is a
 * category here, an attribute value that does not fit its type); one the library already has is
 * counted, not added.
 */
final class IncomingStore implements Incoming {

    private final Library library;
    private final Progress progress;
    private final CodeMerge codes;
    private final ArticleMatch articles;
    /** For each article met, the keys of the annotations it has, including those added by this import. */
    private final Map<Long, Set<String>> present = new HashMap<>();
    private final List<Unmatched> unmatched = new ArrayList<>();
    private final List<NotImported> notImported = new ArrayList<>();
    private int read;
    private int added;
    private int alreadyPresent;
    private int reanchored;
    private int notes;

    IncomingStore(Library library, String fileName, Progress progress) {
        this.library = library;
        this.progress = progress;
        this.codes = new CodeMerge(library.codebook());
        this.articles = new ArticleMatch(library, fileName);
    }

    @Override
    public void code(IncomingCode code) {
        codes.add(code);
    }

    @Override
    public void source(IncomingSource source, List<IncomingAnnotation> annotations) {
        articles.addSource(source);
        annotations.forEach(this::annotation);
    }

    @Override
    public void annotation(IncomingAnnotation annotation) {
        read++;
        checkCancelled(progress);
        Found found = articles.find(annotation.article(), annotation.anchor()).orElse(null);
        if (found == null) {
            unmatched.add(Unmatched.because(annotation.anchor().exact(), annotation.article().describe(),
                    "No article in the library holds this passage.", "noArticle"));
            return;
        }
        List<Long> codeIds = new ArrayList<>();
        for (List<String> path : annotation.codePaths()) {
            codeIds.add(codes.ensure(path).id());
        }
        String key = key(found.anchor(), codeIds);
        Set<String> there = present.computeIfAbsent(found.articleId(), this::keysOf);
        if (!there.add(key)) {
            alreadyPresent++;
            return;
        }
        try {
            library.annotations().create(found.articleId(), found.anchor(), codeIds, annotation.note(),
                    annotation.attributes(), annotation.coder(), annotation.created(), annotation.modified());
        } catch (FlagmarkException refusedByLibrary) {
            // The library refuses as it refuses a passage coded by hand: a category, a value that does not fit.
            there.remove(key);
            refuse(annotation, refusedByLibrary);
            return;
        }
        added++;
        notes += annotation.notes();
        if (annotation.givenStart().isPresent() && found.anchor().start() != annotation.givenStart().getAsInt()) {
            reanchored++;
        }
    }

    @Override
    public void unmatched(Unmatched skipped) {
        read++;
        unmatched.add(skipped);
    }

    @Override
    public void notImported(NotImported item) {
        notImported.add(item);
    }

    /**
     * Stops the import if the user asked it to: the exception rolls back the import's
     * transaction, so nothing of it is kept.
     *
     * @throws FlagmarkException if the user cancelled
     */
    static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new FlagmarkException("Cancelled; nothing was imported.");
        }
    }

    /** What the import did, once the reader is done. */
    AnnotationImportReport report(String format) {
        return new AnnotationImportReport(format, read, added, alreadyPresent, reanchored, articles.added(),
                codes.added(), notes, unmatched, notImported);
    }

    /** Reports an annotation the library refused, with the refusal's wording for a window where it has one. */
    private void refuse(IncomingAnnotation annotation, FlagmarkException refusal) {
        unmatched.add(new Unmatched(annotation.anchor().exact(), annotation.article().describe(), refusal.getMessage(),
                refusal.key().orElse(""), refusal.arguments()));
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
}
