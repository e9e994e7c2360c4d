package com.flagmark.usecase;

import com.flagmark.annotate.Reanchoring;
import com.flagmark.ingest.IngestResult;
import com.flagmark.ingest.Ingester;
import com.flagmark.library.ArticleRewrites;
import com.flagmark.library.ArticleRewrites.Place;
import com.flagmark.library.ArticleRewrites.Rewrite;
import com.flagmark.library.ArticleRewrites.Story;
import com.flagmark.library.ArticleRewrites.StoredFile;
import com.flagmark.library.ArticleRewrites.Version;
import com.flagmark.library.Library;
import com.flagmark.model.Anchor;
import com.flagmark.model.Annotation;
import com.flagmark.model.Article;
import com.flagmark.model.Fingerprint;
import com.flagmark.model.FlagmarkException;
import com.flagmark.model.Progress;
import com.flagmark.usecase.RecleanReport.Kept;
import com.flagmark.usecase.RecleanReport.Orphan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Re-cleaning: reads stored files again from their bytes with the current cleaner and writes
 * each file's articles anew, one transaction per file, re-anchoring every annotation by its quote
 * and context ({@link Reanchoring}); an annotation whose quote the new text no longer holds is
 * kept where it was and flagged orphaned. A page of several stories is read again as a whole and
 * its old stories paired with the new ones ({@link StoryMatching}); a story the cleaner now finds
 * that the library lacks is added. The whole run is one change that can be undone.
 */
final class Recleaning {

    private static final OptionalInt CURRENT = OptionalInt.of(Ingester.CLEANER_VERSION);

    private final Library library;
    private final ArticleRewrites rewrites;
    private final Ingester ingester;
    private final TextChanges hooks;

    Recleaning(Library library, Ingester ingester, TextChanges hooks) {
        this.library = library;
        this.rewrites = library.rewrites();
        this.ingester = ingester;
        this.hooks = hooks;
    }

    /** Re-cleans the files of the articles in scope, reporting each file as a step; stops between files when asked. */
    RecleanReport run(RecleanScope scope, Progress progress) {
        List<Long> files = files(scope);
        Tally tally = new Tally();
        List<RecleanChange.FileChange> done = new ArrayList<>();
        boolean cancelled = false;
        for (int i = 0; i < files.size(); i++) {
            if (progress.isCancelled()) {
                cancelled = true;
                break;
            }
            progress.update(i, files.size(), "");
            rewrites.file(files.get(i)).flatMap(file -> reclean(file, tally, done.isEmpty())).ifPresent(done::add);
        }
        progress.update(files.size() - (cancelled ? 1 : 0), files.size(), "");
        Optional<Change> change = done.isEmpty() ? Optional.empty()
                : Optional.of(new RecleanChange(library, hooks, done, tally.changed + tally.added));
        return new RecleanReport(tally.files, tally.changed, tally.unchanged, tally.added, tally.moved,
                tally.orphaned, tally.kept, cancelled, change);
    }

    private List<Long> files(RecleanScope scope) {
        return switch (scope.kind()) {
            case OUTDATED -> rewrites.filesCleanedBefore(Ingester.CLEANER_VERSION);
            case ALL -> rewrites.cleanedFiles();
            case ARTICLES -> rewrites.filesOf(scope.ids());
        };
    }

    private Optional<RecleanChange.FileChange> reclean(StoredFile file, Tally tally, boolean first) {
        tally.files++;
        IngestResult result = ingester.read(file.path(), file.bytes());
        if (result instanceof IngestResult.Skipped skipped) {
            tally.kept.add(new Kept(file.path(), Optional.empty(), "the cleaner now finds no article in it ("
                    + skipped.reason().text() + "); its articles are kept as they were"));
            return Optional.empty();
        }
        List<Article> fresh = ((IngestResult.Articles) result).articles();
        List<Story> stories = file.stories();
        int[] pairs = StoryMatching.pair(stories.stream().map(story -> story.version().article()).toList(), fresh);
        Set<Long> ownIds = stories.stream().map(story -> story.version().id()).collect(Collectors.toSet());
        Tally ofFile = new Tally();
        List<Version> after = new ArrayList<>();
        boolean[] used = new boolean[fresh.size()];
        for (int i = 0; i < stories.size(); i++) {
            Optional<Article> now = Optional.empty();
            if (pairs[i] >= 0) {
                now = Optional.of(fresh.get(pairs[i]));
                used[pairs[i]] = true;
            }
            after.add(next(file, stories.get(i), now, ownIds, ofFile));
        }
        for (int j = 0; j < fresh.size(); j++) {
            String fingerprint = Fingerprint.of(fresh.get(j));
            if (!used[j] && library.articleWithFingerprint(fingerprint).isEmpty()
                    && after.stream().noneMatch(version -> version.fingerprint().equals(fingerprint))) {
                after.add(new Version(0, fresh.get(j), fingerprint, CURRENT, List.of()));
                ofFile.added++;
            }
        }
        return write(file, after, ofFile, tally, first);
    }

    /** What becomes of one stored story: the new story paired with it, re-anchored, or itself as it was. */
    private Version next(StoredFile file, Story story, Optional<Article> now, Set<Long> ownIds, Tally tally) {
        Version before = story.version();
        if (now.isEmpty()) {
            tally.kept.add(new Kept(file.path(), Optional.of(before.id()),
                    "the cleaner no longer finds this story in its file; it is kept as it was"));
            return new Version(before.id(), before.article(), before.fingerprint(), CURRENT, before.places());
        }
        Article article = now.get();
        String fingerprint = Fingerprint.of(article);
        Optional<Long> same = library.articleWithFingerprint(fingerprint).filter(id -> !ownIds.contains(id));
        if (same.isPresent()) {
            tally.kept.add(new Kept(file.path(), Optional.of(before.id()),
                    "its new text is the text of article " + same.get() + "; it is kept as it was"));
            return new Version(before.id(), before.article(), before.fingerprint(), CURRENT, before.places());
        }
        boolean textChanged = !article.text().equals(before.article().text());
        if (textChanged) {
            tally.changed++;
        } else {
            tally.unchanged++;
        }
        List<Place> places = new ArrayList<>();
        for (Annotation annotation : story.annotations()) {
            places.add(place(annotation, article.text(), tally));
        }
        return new Version(before.id(), article, fingerprint, CURRENT, places);
    }

    private static Place place(Annotation annotation, String text, Tally tally) {
        Optional<Anchor> found = Reanchoring.find(annotation.anchor(), text);
        if (found.isEmpty()) {
            tally.orphaned.add(new Orphan(annotation.articleId(), annotation.id(), annotation.anchor().exact()));
            return new Place(annotation.id(), annotation.anchor(), true);
        }
        if (annotation.orphaned() || found.get().start() != annotation.anchor().start()) {
            tally.moved++;
        }
        return new Place(annotation.id(), found.get(), false);
    }

    private Optional<RecleanChange.FileChange> write(StoredFile file, List<Version> after, Tally ofFile, Tally tally,
            boolean first) {
        List<Long> ids;
        try {
            if (first) {
                hooks.aboutToWrite();
            }
            ids = rewrites.rewrite(new Rewrite(file.id(), after, List.of()));
        } catch (FlagmarkException refused) {
            tally.kept.add(new Kept(file.path(), Optional.empty(), refused.getMessage()));
            return Optional.empty();
        }
        tally.add(ofFile);
        List<Version> stored = new ArrayList<>();
        List<Long> added = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Version version = after.get(i);
            stored.add(new Version(ids.get(i), version.article(), version.fingerprint(), version.cleaner(), version.places()));
            if (version.id() == 0) {
                added.add(ids.get(i));
            }
        }
        List<Version> before = file.stories().stream().map(Story::version).toList();
        before.stream().filter(version -> textChanged(version, after)).forEach(version -> hooks.textChanged(version.id()));
        added.forEach(hooks::textChanged);
        return Optional.of(new RecleanChange.FileChange(new Rewrite(file.id(), before, added),
                new Rewrite(file.id(), stored, List.of())));
    }

    private static boolean textChanged(Version before, List<Version> after) {
        return after.stream().filter(version -> version.id() == before.id())
                .anyMatch(version -> !version.article().text().equals(before.article().text()));
    }

    /** What the run has done so far. */
    private static final class Tally {
        int files;
        int changed;
        int unchanged;
        int added;
        int moved;
        final List<Orphan> orphaned = new ArrayList<>();
        final List<Kept> kept = new ArrayList<>();

        /** Takes in what one file's rewrite did, once it is committed. */
        void add(Tally file) {
            changed += file.changed;
            unchanged += file.unchanged;
            added += file.added;
            moved += file.moved;
            orphaned.addAll(file.orphaned);
            kept.addAll(file.kept);
        }
    }
}
